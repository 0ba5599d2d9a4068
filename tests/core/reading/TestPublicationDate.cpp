#include "core/reading/DocumentReader.h"
#include "core/reading/PublicationDateResolver.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

class TestPublicationDate : public QObject {
    Q_OBJECT

private:
    static DocumentReader reader() {
        DocumentReader::Options options;
        options.latestYear = 2025;
        return DocumentReader(options);
    }

private slots:
    void resolves_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("published"); ///< ISO, or "" for unknown
        QTest::addColumn<QString>("warning");   ///< a word of the expected warning, or ""

        const int plain = static_cast<int>(Format::PlainText);
        const int html = static_cast<int>(Format::Html);
        QTest::newRow("html meta")
            << "<html><head><meta property=\"article:published_time\" "
               "content=\"2017-05-09T10:00:00Z\">"
               "</head><body><p>The council adopted the plan on Tuesday after a long debate.</p>"
               "</body></html>"
            << html << "2017-05-09"
            << "";
        QTest::newRow("json-ld datePublished")
            << "<html><head><script type=\"application/ld+json\">{\"datePublished\": "
               "\"2016-02-01\"}"
               "</script></head><body><p>The council adopted the plan on Tuesday after a "
               "debate.</p>"
               "</body></html>"
            << html << "2016-02-01"
            << "";
        QTest::newRow("spanish date line in capitals")
            << "Cumbre regional\n\n12 ABRIL DE 2023\n\nLos presidentes se reunieron este miércoles "
               "en la capital para hablar de comercio."
            << plain << "2023-04-12"
            << "";
        QTest::newRow("date at the start of the first paragraph")
            << "27 de julio de 2021.- El canciller recibió a su homólogo y firmaron dos acuerdos."
            << plain << "2021-07-27"
            << "";
        QTest::newRow("a historical date opening the text is no date line")
            << "On 12 March 2003, the talks collapsed. Twenty years later the ministers met "
               "again on Friday and agreed on a timetable."
            << plain << ""
            << "no publication date";
        QTest::newRow("iso date line with time")
            << "Harbour deal\n2016-09-30 11:42:10\nThe port authority signed the contract on "
               "Friday with two shipping firms."
            << plain << "2016-09-30"
            << "";
        QTest::newRow("dotted date line")
            << "Gipfel\n08.10.2020\nDie Außenminister haben am Donnerstag eine Erklärung "
               "unterzeichnet."
            << plain << "2020-10-08"
            << "";
        QTest::newRow("russian date line")
            << "Переговоры\n3 февраля 2021 года\nМинистры обсудили в среду вопросы торговли и "
               "транспорта."
            << plain << "2021-02-03"
            << "";
        QTest::newRow("dateline with a year")
            << "PARIS, 5 mars 2019 (AFP) - Les ministres se sont réunis mardi pour préparer le "
               "sommet."
            << plain << "2019-03-05"
            << "";
        QTest::newRow("date in the url path")
            << "Source: https://news.example.org/world/2023/06/22/talks-resume\n\nThe delegations "
               "met on Thursday and agreed to continue."
            << plain << "2023-06-22"
            << "";
        QTest::newRow("compact date in the url")
            << "The delegations met on Thursday and agreed to continue the talks.\n\n"
               "<https://example.org/world/20230316-talks>"
            << plain << "2023-03-16"
            << "";
        QTest::newRow("dateline year from weekday and a future year")
            << "Geneva, June 7 (XYZ) -- The delegations met on Friday and agreed on a timetable.\n"
               "The next round is expected to take place in 2020, officials said."
            << plain << "2019-06-07"
            << "";
        QTest::newRow("bound weekday and a future year")
            << "Geneva, June 7 (XYZ) -- The delegations met to agree on a timetable.\n"
               "The talks end on Saturday, June 8, and a new round is planned for 2020."
            << plain << "2019-06-07"
            << "";
        QTest::newRow("dateline year from the url")
            << "Source: https://news.example.org/2017/world/talks-resume\n\n"
               "Geneva, June 7 (XYZ) -- The delegations met and agreed on a timetable."
            << plain << "2017-06-07"
            << "";
        QTest::newRow("russian dateline with a period and a bound weekday")
            << "КАЗАНЬ, 9 мая. Делегации встретились в четверг и подписали протокол.\n"
               "Переговоры завершатся в пятницу, 10 мая, а новый раунд будет в 2025 году."
            << plain << "2024-05-09"
            << "";
        QTest::newRow("a past year bounds the dateline's year")
            << "Geneva, June 7 (XYZ) -- The delegations met on Friday and agreed on a timetable.\n"
               "The two countries have had no talks since 2020, officials said."
            << plain << "2024-06-07"
            << "";
        QTest::newRow("a year without a preposition is no bound")
            << "Geneva, June 7 (XYZ) -- The delegations met on Friday and discussed the Vision "
               "2024 plan."
            << plain << ""
            << "ambiguous";
        QTest::newRow("weekday alone leaves the year ambiguous")
            << "Geneva, June 7 (XYZ) -- The delegations met on Friday and agreed on a timetable."
            << plain << ""
            << "ambiguous";
        QTest::newRow("conflicting evidence stays unknown")
            << "Geneva, June 7 (XYZ) -- The delegations met on Monday and agreed on a "
               "timetable.\n\n\u00a9 XYZ 2019"
            << plain << ""
            << "conflicts";
        // Filed the day after: the lead's weekday may be the day before the dateline's.
        QTest::newRow("lead weekday the day before the dateline")
            << "Geneva, June 7 (XYZ) -- The delegations met on Thursday and agreed on a "
               "timetable.\n\n\u00a9 XYZ 2019"
            << plain << "2019-06-07"
            << "";
        // A copyright line: the year of a copy of the story (plain text), a tie-breaker only on
        // a web page, where it is the site's.
        QTest::newRow("copyright year of a wire copy")
            << "Geneva, June 7 (XYZ) -- The delegations met and agreed on a timetable.\n\n"
               "\u00a9 XYZ 2019"
            << plain << "2019-06-07"
            << "";
        QTest::newRow("copyright with a comma and a range")
            << QString::fromUtf8("КАЗАНЬ, 9 мая. Делегации встретились и подписали протокол.\n\n"
                                 "© ТАСС, 2016-2018")
            << plain << "2018-05-09"
            << "";
        QTest::newRow("site copyright breaks a weekday tie")
            << "<html><head><title>Talks</title></head><body><article><p>Geneva, June 7 (XYZ) "
               "-- The delegations met on Friday and agreed on a timetable.</p></article>"
               "<footer>&copy; 2019 Example News</footer></body></html>"
            << html << "2019-06-07"
            << "";
        QTest::newRow("site copyright alone is no evidence")
            << "<html><head><title>Talks</title></head><body><article><p>Geneva, June 7 (XYZ) "
               "-- The delegations met and agreed on a timetable.</p></article>"
               "<footer>&copy; 2019 Example News</footer></body></html>"
            << html << ""
            << "ambiguous";
        QTest::newRow("nothing to go on")
            << "The delegations met on Friday and agreed on a timetable for the next round."
            << plain << ""
            << "no publication date";
        QTest::newRow("furniture dates are not evidence")
            << "The delegations met on Friday and agreed on a timetable for the talks.\n"
               "Most Read\n- Storm hits coast on May 2, 2011\n"
            << plain << ""
            << "no publication date";
        // Date lines with labels, times, weekdays and bylines around the date.
        const QString lead = "The delegations met on Friday and agreed on a timetable for the "
                             "next round of talks.";
        QTest::newRow("published label and time")
            << "Summit ends\n\nPublished 12 June 2018, 14:10\n\n" + lead << plain << "2018-06-12"
            << "";
        QTest::newRow("updated label and time zone")
            << "Summit ends\n\nUpdated: 3 March 2021 09:15 GMT\n\n" + lead << plain << "2021-03-03"
            << "";
        QTest::newRow("spanish abbreviated month")
            << "Cumbre regional\n\nPublicado el 24 ago 2022\n\nLos presidentes se reunieron "
               "este miércoles en la capital para hablar de comercio."
            << plain << "2022-08-24"
            << "";
        QTest::newRow("russian label and time")
            << "Переговоры\n\nОпубликовано 3 февраля 2020, 12:00\n\nМинистры обсудили в среду "
               "вопросы торговли и транспорта."
            << plain << "2020-02-03"
            << "";
        QTest::newRow("german label with ordinal day")
            << "Gipfel\n\nVeröffentlicht am 9. Dezember 2019\n\nDie Außenminister haben am "
               "Montag eine Erklärung unterzeichnet."
            << plain << "2019-12-09"
            << "";
        QTest::newRow("german numeric date, time and outlet")
            << "Gipfel\n\nVeröffentlicht am 16.02.2024 um 19:05 Uhr · Rhein-Agentur\n\nDie "
               "Außenminister haben am Freitag eine Erklärung unterzeichnet."
            << plain << "2024-02-16"
            << "";
        QTest::newRow("weekday abbreviation and time zone")
            << "Summit ends\n\nSat 24 Apr 2021 16:40 WIB\n\n" + lead << plain << "2021-04-24"
            << "";
        QTest::newRow("outlet before the date")
            << "Cumbre\n\nPrensa del Caribe · 21 MARZO DE 2016\n\nLos presidentes se reunieron "
               "este lunes en la capital para hablar de comercio."
            << plain << "2016-03-21"
            << "";
        QTest::newRow("byline before the date")
            << "Summit ends\n\nBy Levant Newswire staff | August 13, 2020\n\n" + lead << plain
            << "2020-08-13"
            << "";
        QTest::newRow("date line with a time in p.m.")
            << "Summit ends\n\nPublished March 3, 2022, 9:15 p.m. ET\n\nThe ministers "
               "met on Monday and signed a declaration."
            << plain << "2022-03-03"
            << "";
        QTest::newRow("byline with the author's post after the date")
            << "Gipfel\n\nStand: 30.01.2023 21:47 Uhr – Von Jana Beck, Korrespondentin in "
               "Asien\n\nDie Außenminister haben am Montag eine Erklärung unterzeichnet."
            << plain << "2023-01-30"
            << "";
        QTest::newRow("markdown date line with outlet")
            << "# Summit ends\n\n*Published 12 June 2018, 14:10 SGT · Straits Wire staff*\n\n" +
                   lead
            << static_cast<int>(Format::Markdown) << "2018-06-12"
            << "";
        QTest::newRow("a spanish date line is no timestamp of another headline")
            << "Cumbre regional\n\n24 AGOSTO DE 2021\n\nLos presidentes se reunieron este "
               "martes en la capital para hablar de comercio."
            << plain << "2021-08-24"
            << "";
        QTest::newRow("numeric date line read the way the dateline confirms")
            << "Published: 10/03/2023\n\nSummit ends\n\nDUBAI, March 10 (Gulf Desk) -- " + lead
            << plain << "2023-03-10"
            << "";
        QTest::newRow("numeric date line keeps its order without a dateline")
            << "Published: 10/03/2023\n\nSummit ends\n\n" + lead << plain << "2023-10-03"
            << "";
        QTest::newRow("a sentence with a date is no date line")
            << "Summit ends\n\nThe treaty was signed on 12 June 2018, officials said.\n\n" + lead
            << plain << ""
            << "no publication date";
    }

    void resolves() {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(QString, published);
        QFETCH(QString, warning);
        const Document document =
            reader().readText(test::u32(text), "snippet", static_cast<Format>(format));
        QCOMPARE(QString::fromStdString(document.published.toIso()), published);
        if (!warning.isEmpty()) {
            QStringList warnings;
            for (const auto& w : document.warnings)
                warnings << QString::fromStdString(w);
            QVERIFY2(warnings.join('\n').contains(warning), qPrintable(warnings.join('\n')));
        }
    }

    void urlDates_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("date");
        QTest::newRow("slashes") << "https://a.example/2023/06/22/x"
                                 << "2023-06-22";
        QTest::newRow("dashes") << "https://a.example/news/2021-01-05-summit"
                                << "2021-01-05";
        QTest::newRow("compact") << "https://a.example/n/20230316_talks"
                                 << "2023-03-16";
        QTest::newRow("underscore prefix") << "https://a.example/video_20240220.html"
                                           << "2024-02-20";
        QTest::newRow("month only") << "https://a.example/2019/11/story"
                                    << "2019-11";
        QTest::newRow("id number is no date") << "https://a.example/news/347578-story"
                                              << "";
        QTest::newRow("host digits are ignored") << "https://20230316.example/x"
                                                 << "";
    }

    void urlDates() {
        QFETCH(QString, url);
        QFETCH(QString, date);
        QCOMPARE(
            QString::fromStdString(PublicationDateResolver::dateInUrl(url.toStdString()).toIso()),
            date);
    }
};

QTEST_GUILESS_MAIN(TestPublicationDate)
#include "TestPublicationDate.moc"
