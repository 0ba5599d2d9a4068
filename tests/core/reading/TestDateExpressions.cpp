#include "core/reading/DateExpressionFinder.h"
#include "core/reading/DateMentionResolver.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

namespace {

/// "kind y-m-d w<weekday> o<offset>" for compact expectations.
QString describe(const DateExpression& e) {
    static const char* kinds[] = {"abs", "day", "weekday", "month", "year"};
    return QStringLiteral("%1 %2-%3-%4 w%5 o%6")
        .arg(kinds[static_cast<int>(e.kind)])
        .arg(e.year)
        .arg(e.month)
        .arg(e.day)
        .arg(e.weekday)
        .arg(e.offset);
}

} // namespace

class TestDateExpressions : public QObject {
    Q_OBJECT

private:
    DateExpressionFinder m_finder;

private slots:
    void finds_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("written"); ///< the expression's text
        QTest::addColumn<QString>("parts");

        QTest::newRow("iso with time") << "Updated 2019-07-14 08:15:02 by the desk"
                                       << "en"
                                       << "2019-07-14 08:15:02"
                                       << "abs 2019-7-14 w-1 o0";
        QTest::newRow("dotted numeric") << "Berlin, 05.03.2021. Die Regierung"
                                        << "de"
                                        << "05.03.2021"
                                        << "abs 2021-3-5 w-1 o0";
        QTest::newRow("english slashes, month first") << "Posted 4/7/2016 at noon"
                                                      << "en"
                                                      << "4/7/2016"
                                                      << "abs 2016-4-7 w-1 o0";
        QTest::newRow("spanish slashes, day first") << "Publicado el 4/7/2016"
                                                    << "es"
                                                    << "4/7/2016"
                                                    << "abs 2016-7-4 w-1 o0";
        QTest::newRow("spanish capitals") << "MADRID\n21 MARZO DE 2022\nTexto"
                                          << "es"
                                          << "21 MARZO DE 2022"
                                          << "abs 2022-3-21 w-1 o0";
        QTest::newRow("spanish date line with .-") << "14 de agosto de 2020.- El gobierno dijo"
                                                   << "es"
                                                   << "14 de agosto de 2020"
                                                   << "abs 2020-8-14 w-1 o0";
        QTest::newRow("russian genitive without year") << "Визит состоится 7 марта в Москве."
                                                       << "ru"
                                                       << "7 марта"
                                                       << "abs 0-3-7 w-1 o0";
        QTest::newRow("russian with year") << "Договор подписан 12 июня 2015 года."
                                           << "ru"
                                           << "12 июня 2015 года"
                                           << "abs 2015-6-12 w-1 o0";
        QTest::newRow("german day with period") << "Am 3. Oktober 2010 feierte man."
                                                << "de"
                                                << "3. Oktober 2010"
                                                << "abs 2010-10-3 w-1 o0";
        QTest::newRow("french ordinal") << "Le sommet du 1er juin a eu lieu."
                                        << "fr"
                                        << "1er juin"
                                        << "abs 0-6-1 w-1 o0";
        QTest::newRow("english month day year") << "On September 9, 2004, the talks ended."
                                                << "en"
                                                << "September 9, 2004"
                                                << "abs 2004-9-9 w-1 o0";
        QTest::newRow("english abbreviated dateline") << "Sept. 21 (AP) -- Officials said"
                                                      << "en"
                                                      << "Sept. 21"
                                                      << "abs 0-9-21 w-1 o0";
        QTest::newRow("english ordinal") << "They stay until the talks on June 3rd."
                                         << "en"
                                         << "June 3rd"
                                         << "abs 0-6-3 w-1 o0";
        QTest::newRow("weekday bound to a date") << "The forum closes on Sunday, May 8th."
                                                 << "en"
                                                 << "Sunday, May 8th"
                                                 << "abs 0-5-8 w0 o0";
        QTest::newRow("spanish weekday bound to a date") << "Llegará el jueves 9 de mayo."
                                                         << "es"
                                                         << "jueves 9 de mayo"
                                                         << "abs 0-5-9 w4 o0";
        QTest::newRow("month and year") << "Prices rose in October 2012 again."
                                        << "en"
                                        << "October 2012"
                                        << "abs 2012-10-0 w-1 o0";
        QTest::newRow("month alone after in") << "In March, the envoy resigned."
                                              << "en"
                                              << "March"
                                              << "abs 0-3-0 w-1 o0";
        QTest::newRow("year alone") << "The treaty of 1997 still holds."
                                    << "en"
                                    << "1997"
                                    << "abs 1997-0-0 w-1 o0";
        QTest::newRow("on weekday") << "The envoy arrived on Wednesday."
                                    << "en"
                                    << "on Wednesday"
                                    << "weekday 0-0-0 w3 o0";
        QTest::newRow("next weekday") << "Talks resume next Monday."
                                      << "en"
                                      << "next Monday"
                                      << "weekday 0-0-0 w1 o1";
        QTest::newRow("spanish este") << "El canciller viajó este martes a Lima."
                                      << "es"
                                      << "este martes"
                                      << "weekday 0-0-0 w2 o0";
        QTest::newRow("spanish el miércoles") << "Lo anunció el miércoles."
                                              << "es"
                                              << "el miércoles"
                                              << "weekday 0-0-0 w3 o0";
        QTest::newRow("russian accusative") << "Министр выступил в среду."
                                            << "ru"
                                            << "в среду"
                                            << "weekday 0-0-0 w3 o0";
        QTest::newRow("german am") << "Er sprach am Mittwoch."
                                   << "de"
                                   << "am Mittwoch"
                                   << "weekday 0-0-0 w3 o0";
        QTest::newRow("french weekday") << "Il a parlé vendredi soir."
                                        << "fr"
                                        << "vendredi"
                                        << "weekday 0-0-0 w5 o0";
        QTest::newRow("yesterday") << "The vote took place yesterday."
                                   << "en"
                                   << "yesterday"
                                   << "day 0-0-0 w-1 o-1";
        QTest::newRow("ayer") << "La votación fue ayer."
                              << "es"
                              << "ayer"
                              << "day 0-0-0 w-1 o-1";
        QTest::newRow("la víspera") << "Lo había dicho la víspera."
                                    << "es"
                                    << "la víspera"
                                    << "day 0-0-0 w-1 o-1";
        QTest::newRow("сегодня") << "Сегодня начались переговоры."
                                 << "ru"
                                 << "Сегодня"
                                 << "day 0-0-0 w-1 o0";
        QTest::newRow("heute") << "Heute beginnt der Gipfel."
                               << "de"
                               << "Heute"
                               << "day 0-0-0 w-1 o0";
        QTest::newRow("aujourd'hui") << "Il arrive aujourd'hui à Paris."
                                     << "fr"
                                     << "aujourd'hui"
                                     << "day 0-0-0 w-1 o0";
        QTest::newRow("earlier this month") << "Protests began earlier this month."
                                            << "en"
                                            << "this month"
                                            << "month 0-0-0 w-1 o0";
        QTest::newRow("el año pasado") << "Las exportaciones crecieron el año pasado."
                                       << "es"
                                       << "año pasado"
                                       << "year 0-0-0 w-1 o-1";
        QTest::newRow("в следующем году") << "Выборы пройдут в следующем году."
                                          << "ru"
                                          << "следующем году"
                                          << "year 0-0-0 w-1 o1";
        // Abbreviated month names, counted in their own language only.
        QTest::newRow("spanish ago") << "Publicado el 24 ago 2022 en Lima"
                                     << "es"
                                     << "24 ago 2022"
                                     << "abs 2022-8-24 w-1 o0";
        QTest::newRow("spanish ago. with year") << "Firmado el 24 ago. 2022 en Lima"
                                                << "es"
                                                << "24 ago. 2022"
                                                << "abs 2022-8-24 w-1 o0";
        QTest::newRow("spanish sept.") << "Llegó el 3 sept. a Quito."
                                       << "es"
                                       << "3 sept."
                                       << "abs 0-9-3 w-1 o0";
        QTest::newRow("spanish dic") << "Caracas, 12 dic 2019 (EFE)"
                                     << "es"
                                     << "12 dic 2019"
                                     << "abs 2019-12-12 w-1 o0";
        QTest::newRow("spanish may in lower case") << "Lima, 24 may 2022 (EFE)"
                                                   << "es"
                                                   << "24 may 2022"
                                                   << "abs 2022-5-24 w-1 o0";
        QTest::newRow("spanish nov in lower case") << "Caracas, 1 nov (EFE). - El presidente"
                                                   << "es"
                                                   << "1 nov"
                                                   << "abs 0-11-1 w-1 o0";
        QTest::newRow("german Okt.") << "Am 3. Okt. trafen sie sich."
                                     << "de"
                                     << "3. Okt."
                                     << "abs 0-10-3 w-1 o0";
        QTest::newRow("german Mär. with year") << "Am 3. Mär. 2024 trafen sie sich."
                                               << "de"
                                               << "3. Mär. 2024"
                                               << "abs 2024-3-3 w-1 o0";
        QTest::newRow("russian фев.") << "Встреча прошла 3 фев. в Москве."
                                      << "ru"
                                      << "3 фев."
                                      << "abs 0-2-3 w-1 o0";
        QTest::newRow("russian дек. with year") << "Договор подписан 12 дек. 2019 г."
                                                << "ru"
                                                << "12 дек. 2019 г"
                                                << "abs 2019-12-12 w-1 o0";
        QTest::newRow("french déc.") << "Le traité du 12 déc. 2019 reste en vigueur."
                                     << "fr"
                                     << "12 déc. 2019"
                                     << "abs 2019-12-12 w-1 o0";
        QTest::newRow("french févr.") << "Il est arrivé le 3 févr. à Paris."
                                      << "fr"
                                      << "3 févr."
                                      << "abs 0-2-3 w-1 o0";
        QTest::newRow("english capitalised abbreviation in any language")
            << "Caracas, 12 Dic 2019 (EFE)"
            << "es"
            << "12 Dic 2019"
            << "abs 2019-12-12 w-1 o0";
    }

    void finds() {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, written);
        QFETCH(QString, parts);
        const std::u32string input = test::u32(text);
        const auto found = m_finder.find(input, language.toStdString());
        QStringList seen;
        for (const auto& e : found) {
            const QString piece = test::qs(std::u32string_view(input).substr(
                static_cast<std::size_t>(e.span.start), static_cast<std::size_t>(e.span.length())));
            seen << piece + " = " + describe(e);
            if (piece == written) {
                QCOMPARE(describe(e), parts);
                return;
            }
        }
        QFAIL(qPrintable("not found; found: " + seen.join(" | ")));
    }

    void ignores_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("modal may") << "Officials may 3 times reconsider."
                                   << "en";
        QTest::newRow("money") << "The deal is worth $2019 million."
                               << "en";
        QTest::newRow("big number") << "Some 2,015 people came."
                                    << "en";
        QTest::newRow("Santo Domingo") << "La cumbre fue en Santo Domingo con los ministros."
                                       << "es";
        QTest::newRow("la mañana") << "Llegó por la mañana al palacio."
                                   << "es";
        QTest::newRow("German hier") << "Die Minister treffen sich hier im Saal."
                                     << "de";
        QTest::newRow("english ago is no August") << "The envoy left 2 days ago, and 24 ago too."
                                                  << "en";
        QTest::newRow("spanish abbreviation in an English text") << "He scored 12 dic points."
                                                                 << "en";
        QTest::newRow("german abbreviation in a Spanish text") << "Pasaron 3 okt por aquí."
                                                               << "es";
        QTest::newRow("english lower-case may and mar") << "We may 3 times mar 5 plans."
                                                        << "en";
    }

    void ignores() {
        QFETCH(QString, text);
        QFETCH(QString, language);
        const auto found = m_finder.find(test::u32(text), language.toStdString());
        QVERIFY2(found.empty(), qPrintable(QString::number(found.size()) + " found"));
    }

    void numericOrder_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("both orders") << "Published: 10/03/2023"
                                     << "en" << true;
        QTest::newRow("day above twelve") << "Published 14/03/2018"
                                          << "en" << false;
        QTest::newRow("same day and month") << "03.03.2021"
                                            << "de" << false;
    }

    void numericOrder() {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(bool, ambiguous);
        const auto found = m_finder.find(test::u32(text), language.toStdString());
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().ambiguousOrder, ambiguous);
    }

    void resolves_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("expected"); ///< ISO dates of the mentions, in order

        QTest::newRow("weekday before publication") << "They met on Tuesday."
                                                    << "en"
                                                    << "2021-06-11"
                                                    << "2021-06-08";
        QTest::newRow("weekday on the publication day") << "They met on Friday."
                                                        << "en"
                                                        << "2021-06-11"
                                                        << "2021-06-11";
        QTest::newRow("future weekday") << "They will meet on Monday."
                                        << "en"
                                        << "2021-06-11"
                                        << "2021-06-14";
        QTest::newRow("next weekday") << "Talks resume next Friday."
                                      << "en"
                                      << "2021-06-11"
                                      << "2021-06-18";
        QTest::newRow("next governs its own date only")
            << "Tariffs were to start next Monday, after the two sides agreed on Friday."
            << "en"
            << "2021-06-11"
            << "2021-06-14 2021-06-11";
        QTest::newRow("a future cue governs the whole sentence")
            << "They will meet on Monday, and sign the treaty on Tuesday."
            << "en"
            << "2021-06-11"
            << "2021-06-14 2021-06-15";
        QTest::newRow("last weekday") << "He spoke last Friday."
                                      << "en"
                                      << "2021-06-11"
                                      << "2021-06-04";
        QTest::newRow("russian weekday") << "Министр выступил в среду."
                                         << "ru"
                                         << "2021-06-11"
                                         << "2021-06-09";
        QTest::newRow("yesterday") << "The vote was yesterday."
                                   << "en"
                                   << "2021-03-01"
                                   << "2021-02-28";
        QTest::newRow("la víspera") << "Lo dijo la víspera."
                                    << "es"
                                    << "2021-01-01"
                                    << "2020-12-31";
        QTest::newRow("day and month across the new year") << "On December 30 he left."
                                                           << "en"
                                                           << "2022-01-02"
                                                           << "2021-12-30";
        QTest::newRow("day and month in the same year") << "Визит 7 марта."
                                                        << "ru"
                                                        << "2022-03-20"
                                                        << "2022-03-07";
        QTest::newRow("full date keeps its year") << "Signed on 2 May 1999."
                                                  << "en"
                                                  << "2022-03-20"
                                                  << "1999-05-02";
        QTest::newRow("last month") << "Prices fell last month."
                                    << "en"
                                    << "2022-01-15"
                                    << "2021-12";
        QTest::newRow("next year") << "Elections are due next year."
                                   << "en"
                                   << "2022-01-15"
                                   << "2023";
        QTest::newRow("month alone is the last such month") << "In November, he resigned."
                                                            << "en"
                                                            << "2022-02-10"
                                                            << "2021-11";
        QTest::newRow("no publication date") << "They met on Tuesday."
                                             << "en"
                                             << ""
                                             << "";
    }

    void resolves() {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, published);
        QFETCH(QString, expected);
        const FuzzyDate date = FuzzyDate::fromIso(published.toStdString()).value_or(FuzzyDate{});
        const auto found = m_finder.find(test::u32(text), language.toStdString());
        QVERIFY(!found.empty());
        QStringList dates;
        for (const auto& e : found)
            dates << QString::fromStdString(DateMentionResolver().resolve(e, date).date.toIso());
        QCOMPARE(dates.join(' '), expected);
    }
};

QTEST_GUILESS_MAIN(TestDateExpressions)
#include "TestDateExpressions.moc"
