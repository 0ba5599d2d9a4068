#include "LexiconTestSupport.h"

#include <QDir>
#include <QTest>

#include <thread>

using namespace dyad;
using namespace dyad::test;

/// Matching against the bundled lexicon: names, aliases, demonyms, places, institutions,
/// agencies and roles in the five languages, with sentences written for this test.
class TestLexicon : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mentions_data();
    void mentions();
    void nonMentions_data();
    void nonMentions();
    void longestMatchWins();
    void institutionWithoutCountryNeedsOne();
    void agenciesAreNotParticipants();
    void displayNames_data();
    void displayNames();
    void roleMatchesCarryTheRoleId();
    void spansAndTokenIndexesAgree();
    void concurrentUseGivesTheSameResults();

private:
    Lexicon m_lexicon;
};

void TestLexicon::initTestCase() {
    QVERIFY2(QDir(QString::fromStdString(bundledLexiconDir())).exists(),
             "DYAD_SOURCE_DIR must name the source tree (CTest sets it)");
    std::vector<std::string> errors;
    m_lexicon = Lexicon::load({bundledLexiconDir()}, errors);
    QVERIFY(m_lexicon.actor("CUB"));
}

void TestLexicon::mentions_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("expected"); // "text|kind|actor"

    // Country names from ICU and aliases
    QTest::newRow("en icu name") << "en"
                                 << "Officials in Havana praised ties with Vietnam."
                                 << "Vietnam|country|VNM";
    QTest::newRow("en U.S.") << "en"
                             << "The U.S. imposed new tariffs on steel."
                             << "U.S.|country|USA";
    QTest::newRow("en US caps") << "en"
                                << "A US delegation arrived on Monday."
                                << "US|country|USA";
    QTest::newRow("es EEUU") << "es"
                             << "EEUU y México firmaron un acuerdo comercial."
                             << "EEUU|country|USA";
    QTest::newRow("es Estados Unidos") << "es"
                                       << "El bloqueo de Estados Unidos continúa."
                                       << "Estados Unidos|country|USA";
    QTest::newRow("ru РФ") << "ru"
                           << "Делегация РФ прибыла в столицу."
                           << "РФ|country|RUS";
    QTest::newRow("ru КНР") << "ru"
                            << "Власти КНР ответили на заявление."
                            << "КНР|country|CHN";
    QTest::newRow("ru inflected name") << "ru"
                                       << "Посол прибыл из России в понедельник."
                                       << "России|country|RUS";
    QTest::newRow("ru Кубы") << "ru"
                             << "Делегация Кубы прибыла."
                             << "Кубы|country|CUB";
    QTest::newRow("ru Белоруссии") << "ru"
                                   << "Президент Белоруссии провёл переговоры."
                                   << "Белоруссии|country|BLR";
    QTest::newRow("de genitive") << "de"
                                 << "Die Regierung Russlands wies das zurück."
                                 << "Russlands|country|RUS";
    QTest::newRow("fr name") << "fr"
                             << "La France et l'Allemagne ont signé un traité."
                             << "Allemagne|country|DEU";
    QTest::newRow("Türkiye folded") << "en"
                                    << "Turkiye hosted the talks."
                                    << "Turkiye|country|TUR";
    QTest::newRow("Türkiye accented") << "en"
                                      << "Türkiye hosted the talks."
                                      << "Türkiye|country|TUR";
    QTest::newRow("en Myanmar part") << "en"
                                     << "Floods hit Burma last week."
                                     << "Burma|country|MMR";
    QTest::newRow("historical") << "en"
                                << "The Soviet Union collapsed in 1991."
                                << "Soviet Union|country|SUN";
    QTest::newRow("historical ru") << "ru"
                                   << "Распад СССР изменил мир."
                                   << "СССР|country|SUN";
    // Organisations
    QTest::newRow("en UN") << "en"
                           << "The UN called for a ceasefire."
                           << "UN|organisation|UNO";
    QTest::newRow("es ONU") << "es"
                            << "La ONU pidió un alto el fuego."
                            << "ONU|organisation|UNO";
    QTest::newRow("ru ЕАЭС") << "ru"
                             << "Страны ЕАЭС обсудили тарифы."
                             << "ЕАЭС|organisation|EAEU";
    QTest::newRow("de NATO") << "de"
                             << "Die NATO verlegt Truppen."
                             << "NATO|organisation|NATO";
    QTest::newRow("fr OTAN") << "fr"
                             << "L'OTAN a tenu un sommet."
                             << "OTAN|organisation|NATO";
    QTest::newRow("es ALBA") << "es"
                             << "Los países del ALBA-TCP se reunieron."
                             << "ALBA-TCP|organisation|ALBA";
    // Demonyms, inflected
    QTest::newRow("ru российской") << "ru"
                                   << "Заявление российской стороны было жёстким."
                                   << "российской|demonym|RUS";
    QTest::newRow("ru кубинских") << "ru"
                                  << "Группа кубинских врачей прибыла."
                                  << "кубинских|demonym|CUB";
    QTest::newRow("es cubanos") << "es"
                                << "Los médicos cubanos regresaron."
                                << "cubanos|demonym|CUB";
    QTest::newRow("de deutschen") << "de"
                                  << "Die deutschen Exporte sanken."
                                  << "deutschen|demonym|DEU";
    QTest::newRow("fr russes") << "fr"
                               << "Les diplomates russes ont quitté Paris."
                               << "russes|demonym|RUS";
    QTest::newRow("en Venezuelan") << "en"
                                   << "Venezuelan troops moved north."
                                   << "Venezuelan|demonym|VEN";
    // Places as metonyms
    QTest::newRow("en the Kremlin") << "en"
                                    << "The Kremlin rejected the proposal."
                                    << "Kremlin|place|RUS";
    QTest::newRow("en Moscow") << "en"
                               << "Moscow and Beijing agreed."
                               << "Moscow|place|RUS";
    QTest::newRow("en White House") << "en"
                                    << "A statement from the White House followed."
                                    << "White House|place|USA";
    QTest::newRow("es Miraflores") << "es"
                                   << "Desde Miraflores se anunció la medida."
                                   << "Miraflores|place|VEN";
    QTest::newRow("ru Минску") << "ru"
                               << "Москва предложила Минску кредит."
                               << "Минску|place|BLR";
    QTest::newRow("fr Élysée") << "fr"
                               << "L'Élysée a démenti."
                               << "Élysée|place|FRA";
    QTest::newRow("en region") << "en"
                               << "Talks in Northern Ireland resumed."
                               << "Northern Ireland|place|GBR";
    QTest::newRow("en Downing Street") << "en"
                                       << "Downing Street declined to comment."
                                       << "Downing Street|place|GBR";
    // Institutions
    QTest::newRow("en State Duma") << "en"
                                   << "The State Duma ratified the treaty."
                                   << "State Duma|institution|RUS";
    QTest::newRow("ru Госдума") << "ru"
                                << "Госдума приняла закон."
                                << "Госдума|institution|RUS";
    QTest::newRow("es MinRex") << "es"
                               << "El MINREX emitió una nota."
                               << "MINREX|institution|CUB";
    QTest::newRow("de Auswärtiges Amt") << "de"
                                        << "Das Auswärtige Amt warnte vor Reisen."
                                        << "Auswärtige Amt|institution|DEU";
    QTest::newRow("en Security Council") << "en"
                                         << "The Security Council met on Friday."
                                         << "Security Council|institution|UNO";
    QTest::newRow("en OHCHR body") << "en"
                                   << "The High Commissioner for Human Rights voiced concern."
                                   << "High Commissioner for Human Rights|institution|OHCHR";
    // Agencies
    QTest::newRow("en Reuters") << "en"
                                << "Reuters reported the talks."
                                << "Reuters|agency|REUTERS";
    QTest::newRow("es Prensa Latina") << "es"
                                      << "Según Prensa Latina, la visita fue breve."
                                      << "Prensa Latina|agency|PRELA";
    QTest::newRow("ru ТАСС") << "ru"
                             << "Об этом сообщает ТАСС."
                             << "ТАСС|agency|TASS";
    QTest::newRow("fr AFP") << "fr"
                            << "Selon l'AFP, le sommet est reporté."
                            << "AFP|agency|AFP";
    // Role words
    QTest::newRow("en role") << "en"
                             << "The Foreign Minister arrived."
                             << "Foreign Minister|role|";
    QTest::newRow("es canciller") << "es"
                                  << "El canciller viajó a Lima."
                                  << "canciller|role|";
    QTest::newRow("ru МИД role") << "ru"
                                 << "Министр иностранных дел выступил."
                                 << "Министр иностранных дел|role|";
    QTest::newRow("de Bundeskanzlerin") << "de"
                                        << "Die Bundeskanzlerin sprach."
                                        << "Bundeskanzlerin|role|";
    QTest::newRow("fr ambassadeur") << "fr"
                                    << "L'ambassadeur a été convoqué."
                                    << "ambassadeur|role|";
}

void TestLexicon::mentions() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, expected);
    const QStringList found = describe(m_lexicon, sentence, language);
    if (!found.contains(expected))
        qWarning() << "found:" << found;
    QVERIFY(found.contains(expected));
}

void TestLexicon::nonMentions_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("text"); // must not be part of any match

    QTest::newRow("pronoun us") << "en"
                                << "They told us nothing."
                                << "us";
    QTest::newRow("Us at start") << "en"
                                 << "Us and them, he said."
                                 << "Us";
    QTest::newRow("es article Un") << "es"
                                   << "Un acuerdo fue firmado."
                                   << "Un";
    QTest::newRow("turkey the bird") << "en"
                                     << "They ate turkey at dinner."
                                     << "turkey";
    QTest::newRow("es cubo") << "es"
                             << "El cubo estaba vacío."
                             << "cubo";
    QTest::newRow("de may") << "en"
                            << "The talks may resume soon."
                            << "may";
}

void TestLexicon::nonMentions() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, text);
    for (const QString& found : describe(m_lexicon, sentence, language))
        QVERIFY2(found.section('|', 0, 0) != text, qPrintable(found));
}

void TestLexicon::longestMatchWins() {
    const QStringList found =
        describe(m_lexicon,
                 "The Russian Foreign Minister met the Democratic Republic of the Congo "
                 "envoy.",
                 "en");
    QVERIFY(found.contains("Russian|demonym|RUS"));
    QVERIFY(found.contains("Foreign Minister|role|"));
    QVERIFY2(found.contains("Democratic Republic of the Congo|country|COD"),
             qPrintable(found.join(", ")));
    QVERIFY(!found.contains("Congo|country|COG"));
}

void TestLexicon::institutionWithoutCountryNeedsOne() {
    const std::u32string text = U"The Foreign Ministry summoned the ambassador.";
    const Tokenizer tokenizer("en");
    const auto matches = m_lexicon.findMentions(tokenizer.tokenize(text), "en");
    QVERIFY(!matches.empty());
    QCOMPARE(matches.front().kind, MentionKind::Institution);
    QVERIFY(matches.front().needsCountry);
    QVERIFY(matches.front().actor.empty());
    QCOMPARE(QString::fromStdString(matches.front().detail), QString("foreign_ministry"));
}

void TestLexicon::agenciesAreNotParticipants() {
    const ActorInfo* tass = m_lexicon.actor("TASS");
    QVERIFY(tass);
    QCOMPARE(tass->type, ActorType::NewsAgency);
    QCOMPARE(QString::fromStdString(tass->country), QString("RUS"));
    QVERIFY(!m_lexicon.isParticipant("TASS"));
    QVERIFY(m_lexicon.isParticipant("RUS"));
    QVERIFY(m_lexicon.isParticipant("NATO"));
    QVERIFY(!m_lexicon.isParticipant("NOPE"));
}

void TestLexicon::displayNames_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("name");
    QTest::newRow("state es") << "RUS"
                              << "es"
                              << "Rusia";
    QTest::newRow("state de") << "CUB"
                              << "de"
                              << "Kuba";
    QTest::newRow("state ru") << "DEU"
                              << "ru"
                              << "Германия";
    QTest::newRow("organisation ru") << "NATO"
                                     << "ru"
                                     << "НАТО";
    QTest::newRow("historical en") << "SUN"
                                   << "en"
                                   << "Soviet Union";
    QTest::newRow("organisation fallback to en") << "ALBA"
                                                 << "it"
                                                 << "ALBA";
    QTest::newRow("unknown code") << "QQQ"
                                  << "en"
                                  << "QQQ";
    QTest::newRow("language with region") << "FRA"
                                          << "es-MX"
                                          << "Francia";
}

void TestLexicon::displayNames() {
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(QString, name);
    QCOMPARE(
        QString::fromStdString(m_lexicon.displayName(code.toStdString(), language.toStdString())),
        name);
}

void TestLexicon::roleMatchesCarryTheRoleId() {
    const std::u32string text = U"Der Außenminister und der Botschafter trafen sich.";
    const Tokenizer tokenizer("de");
    const auto matches = m_lexicon.findMentions(tokenizer.tokenize(text), "de");
    QStringList roles;
    for (const LexiconMatch& match : matches)
        if (match.kind == MentionKind::Role)
            roles << QString::fromStdString(match.role);
    QCOMPARE(roles, QStringList({"foreign_minister", "ambassador"}));
}

void TestLexicon::spansAndTokenIndexesAgree() {
    const std::u32string text = U"Díaz-Canel and the Kremlin spoke with Ecuador's envoy.";
    const Tokenizer tokenizer("en");
    const auto tokens = tokenizer.tokenize(text);
    const auto matches = m_lexicon.findMentions(tokens, "en");
    QVERIFY(!matches.empty());
    for (const LexiconMatch& match : matches) {
        QVERIFY(match.firstToken < match.endToken && match.endToken <= tokens.size());
        QCOMPARE(match.span.start, tokens[match.firstToken].span.start);
        QCOMPARE(match.span.end, tokens[match.endToken - 1].span.end);
    }
}

void TestLexicon::concurrentUseGivesTheSameResults() {
    // A fresh lexicon, so that the phrase indexes are built while the threads race for them.
    std::vector<std::string> errors;
    const Lexicon lexicon = Lexicon::load({bundledLexiconDir()}, errors);
    const QList<QPair<QString, QString>> samples = {
        {"en", "The Kremlin and the U.S. State Department traded accusations over Cuba."},
        {"es", "El canciller cubano se reunió con el embajador de Rusia en La Habana."},
        {"ru", "Министр иностранных дел Белоруссии прибыл в Москву."},
        {"de", "Das Auswärtige Amt bestellte den russischen Botschafter ein."},
        {"fr", "L'ambassadeur d'Allemagne a rencontré le ministre russe."}};
    QList<QStringList> expected;
    for (const auto& [language, sentence] : samples)
        expected << describe(m_lexicon, sentence, language);
    std::vector<QList<QStringList>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 5; ++round) {
                results[t].clear();
                for (const auto& [language, sentence] : samples)
                    results[t] << describe(lexicon, sentence, language);
            }
        });
    for (std::thread& thread : threads)
        thread.join();
    for (const QList<QStringList>& result : results)
        QCOMPARE(result, expected);
    for (const QStringList& found : expected)
        QVERIFY(found.size() >= 3);
}

QTEST_GUILESS_MAIN(TestLexicon)
#include "TestLexicon.moc"
