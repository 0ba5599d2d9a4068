// The trigger lexicon as a mechanism: loading and its errors, phrase counts per language,
// flags, gaps and unknown languages. The phrases of each language are tested in
// TestTriggerPhrases.
#include "CameoTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <fstream>

using namespace dyad;
using namespace dyad::test;

class TestTriggerLexicon : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void phraseCounts_data();
    void phraseCounts();
    void flags_data();
    void flags();
    void gapTokensAreNotMatched();
    void gapsStopAtClauseEnds();
    void unknownLanguageFindsNothing();
    void malformedLines_data();
    void malformedLines();

private:
    Found find(const QString& language, const QString& sentence) {
        return m_triggers.find(language, sentence);
    }

    TriggerFixture m_triggers;
};

void TestTriggerLexicon::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DYAD_SOURCE_DIR"), "DYAD_SOURCE_DIR is not set");
    const QString problems = m_triggers.load();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestTriggerLexicon::phraseCounts_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimum");
    QTest::newRow("en") << "en" << 250;
    QTest::newRow("es") << "es" << 150;
    QTest::newRow("ru") << "ru" << 150;
    QTest::newRow("de") << "de" << 150;
}

void TestTriggerLexicon::phraseCounts() {
    QFETCH(QString, language);
    QFETCH(int, minimum);
    const auto count = m_triggers.lexicon().phraseCount(language.toStdString());
    QVERIFY2(count >= static_cast<std::size_t>(minimum), qPrintable(QString::number(count)));
}

void TestTriggerLexicon::flags_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("flag");
    const int recip = int(TriggerFlag::Reciprocal);
    const int noun = int(TriggerFlag::Noun);
    const int place = int(TriggerFlag::Place);
    const int host = int(TriggerFlag::Host);
    const int passive = int(TriggerFlag::Passive);
    QTest::newRow("en met recip") << "en"
                                  << "Chad met with Niger."
                                  << "040" << recip;
    QTest::newRow("en talks between noun") << "en"
                                           << "Talks between Chad and Niger ended."
                                           << "040" << noun;
    QTest::newRow("en arrived place") << "en"
                                      << "The envoy arrived in Accra."
                                      << "042" << place;
    QTest::newRow("en hosted host") << "en"
                                    << "Peru hosted the summit's guests."
                                    << "043" << host;
    QTest::newRow("en attacked passive") << "en"
                                         << "The convoy was attacked by rebels."
                                         << "190" << passive;
    QTest::newRow("es reunión recip") << "es"
                                      << "Chile y Perú celebraron una reunión."
                                      << "040" << recip;
    QTest::newRow("es recibió host") << "es"
                                     << "El rey recibió al presidente de Chile."
                                     << "043" << host;
    QTest::newRow("ru переговоры noun") << "ru"
                                        << "Переговоры между Россией и Китаем."
                                        << "040" << noun;
    QTest::newRow("ru принял host") << "ru"
                                    << "Президент принял в Кремле премьера Индии."
                                    << "043" << host;
    QTest::newRow("de Gespräche recip") << "de"
                                        << "Berlin und Paris führten Gespräche."
                                        << "040" << recip;
    QTest::newRow("de empfing host") << "de"
                                     << "Der Kanzler empfing den Premier in Berlin."
                                     << "043" << host;
    QTest::newRow("de reist place") << "de"
                                    << "Die Ministerin reist nach Rom."
                                    << "042" << place;
    QTest::newRow("de zu Haft verurteilt passive") << "de"
                                                   << "Er wurde zu zwei Jahren Haft verurteilt."
                                                   << "116" << passive;
    QTest::newRow("de einigten sich recip") << "de"
                                            << "Rom und Tunis einigten sich auf eine Waffenruhe."
                                            << "0871" << recip;
    QTest::newRow("ru прилетел place") << "ru"
                                       << "Канцлер прилетел в Пекин."
                                       << "042" << place;
    QTest::newRow("ru взят под стражу passive") << "ru"
                                                << "Консул взят под стражу."
                                                << "173" << passive;
    QTest::newRow("ru обсудили по телефону recip") << "ru"
                                                   << "Лидеры обсудили по телефону войну."
                                                   << "041" << recip;
    QTest::newRow("es aterrizó place") << "es"
                                       << "La ministra aterrizó en Lima."
                                       << "042" << place;
    QTest::newRow("es puesto en libertad passive") << "es"
                                                   << "El periodista fue puesto en libertad."
                                                   << "0841" << passive;
    QTest::newRow("es llegaron a un acuerdo recip") << "es"
                                                    << "Chile y Perú llegaron a un acuerdo."
                                                    << "057" << recip;
    QTest::newRow("ru вызван в МИД passive") << "ru"
                                             << "Посол Литвы вызван в МИД."
                                             << "114" << passive;
}

void TestTriggerLexicon::flags() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    QFETCH(int, flag);
    const Found found = find(language, sentence);
    bool seen = false;
    for (const auto& match : found.matches) {
        if (QString::fromStdString(match.code) == code)
            seen = seen || match.has(static_cast<TriggerFlag>(flag));
    }
    QVERIFY2(seen, qPrintable("found: " + found.describe()));
}

void TestTriggerLexicon::gapTokensAreNotMatched() {
    const Found found = find("de", "Die Ministerin kam mit Putin zusammen.");
    QCOMPARE(found.matches.size(), std::size_t(1));
    const TriggerMatch& match = found.matches.front();
    QCOMPARE(match.code, std::string("040"));
    // "kam" and "zusammen" are the phrase's words; "mit" may be one; "Putin" never is.
    const std::size_t putin = 4;
    QCOMPARE(QString::fromStdString(toUtf8(found.tokens[putin].folded)), QString("putin"));
    QVERIFY(std::find(match.matchedTokens.begin(), match.matchedTokens.end(), putin) ==
            match.matchedTokens.end());
    QCOMPARE(match.matchedTokens.front(), match.firstToken);
    QCOMPARE(match.matchedTokens.back() + 1, match.endToken);
}

void TestTriggerLexicon::gapsStopAtClauseEnds() {
    // "held" and "talks" are within three tokens, but a sentence end stands between them.
    const Found found = find("en", "They held. Talks resumed.");
    for (const auto& match : found.matches)
        QVERIFY2(match.firstToken >= 2, qPrintable(found.describe()));
}

void TestTriggerLexicon::unknownLanguageFindsNothing() {
    Tokenizer tokenizer("fi");
    const auto tokens = tokenizer.tokenize(U"Presidentit tapasivat Helsingissä.");
    QVERIFY(m_triggers.lexicon().findTriggers(tokens, "fi").empty());
}

void TestTriggerLexicon::malformedLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one column") << "040"
                                << "expected code, phrase";
    QTest::newRow("unknown code") << "999\tmeet"
                                  << "unknown CAMEO code '999'";
    QTest::newRow("unknown flag") << "040\tmeet\trecip,loud"
                                  << "unknown flag 'loud'";
    QTest::newRow("leading gap") << "040\t* talks"
                                 << "gap marker";
    QTest::newRow("trailing gap") << "040\ttalks *"
                                  << "gap marker";
    QTest::newRow("bad gap") << "040\thold *x talks"
                             << "'*x'";
    QTest::newRow("multi-token alternative") << "040\tmeet|get-together"
                                             << "not a single token";
    QTest::newRow("duplicate phrase") << "041\tHOLD talks"
                                      << "already listed at triggers_en.tsv:3";
    QTest::newRow("empty phrase") << "040\t \trecip"
                                  << "empty";
}

void TestTriggerLexicon::malformedLines() {
    QFETCH(QString, line);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("triggers_en.tsv").toStdString();
    {
        std::ofstream out(path);
        out << "# comment\n\n040\thold talks\trecip\n" << line.toStdString() << "\n";
    }
    std::vector<std::string> errors;
    const TriggerLexicon lexicon =
        TriggerLexicon::load(dir.path().toStdString(), m_triggers.catalog(), errors);
    QCOMPARE(errors.size(), std::size_t(1));
    const QString error = QString::fromStdString(errors.front());
    QVERIFY2(error.startsWith(QString::fromStdString(path) + ":4: "), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(lexicon.phraseCount("en"), std::size_t(1)); // the good line still loads
}

QTEST_GUILESS_MAIN(TestTriggerLexicon)
#include "TestTriggerLexicon.moc"
