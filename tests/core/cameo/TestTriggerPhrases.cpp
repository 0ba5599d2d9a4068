// Trigger phrases of every language on sentences written for them: each row of the phrase
// families finds its code and words (rows in TriggerRows<Language>.cpp), and ordinary sentences
// find nothing (blocking phrases and word senses that are no events).
#include "CameoTestSupport.h"
#include "TriggerRows.h"

#include <QTest>

using namespace dyad;
using namespace dyad::test;

class TestTriggerPhrases : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTriggers_data();
    void findsTriggers();
    void neutralSentences_data();
    void neutralSentences();

private:
    TriggerFixture m_triggers;
};

void TestTriggerPhrases::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DYAD_SOURCE_DIR"), "DYAD_SOURCE_DIR is not set");
    const QString problems = m_triggers.load();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestTriggerPhrases::findsTriggers_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("trigger");
    addEnglishTriggerRows();
    addSpanishTriggerRows();
    addRussianTriggerRows();
    addGermanTriggerRows();
}

void TestTriggerPhrases::findsTriggers() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    QFETCH(QString, trigger);
    const Found found = m_triggers.find(language, sentence);
    bool seen = false;
    for (const auto& match : found.matches) {
        if (QString::fromStdString(match.code) == code &&
            QString::fromStdString(sliceUtf8(found.text, match.span)) == trigger) {
            seen = true;
            QVERIFY(!match.phrase.empty());
            QVERIFY(!match.origin.empty());
            QCOMPARE(match.firstToken < match.endToken, true);
            QCOMPARE(found.tokens[match.firstToken].span.start, match.span.start);
        }
    }
    QVERIFY2(seen, qPrintable("found: " + found.describe()));
}

void TestTriggerPhrases::neutralSentences_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    // "zu" here is no particle at the end of the clause: "sagte ... Hilfe ... zu$" must not
    // match across it.
    QTest::newRow("de zu not clause-final")
        << "de"
        << "Der Minister sagte, die Hilfe komme zu spät für die Region.";
    QTest::newRow("en finance minister") << "en"
                                         << "The finance minister presented the budget.";
    QTest::newRow("en ministry of finance") << "en"
                                            << "A spokesman for the Ministry of Finance resigned.";
    QTest::newRow("en weather") << "en"
                                << "Heavy rain is expected across the north on Sunday.";
    QTest::newRow("en economy") << "en"
                                << "Oil prices rose by three percent in March.";
    QTest::newRow("en heart attack") << "en"
                                     << "The singer died of a heart attack at 71.";
    QTest::newRow("en signed law") << "en"
                                   << "The governor signed the bill into law.";
    QTest::newRow("en signs of") << "en"
                                 << "There are signs of recovery in the housing market.";
    QTest::newRow("en stems of nation and mobile")
        << "en"
        << "The national mobile network is critical for the nation.";
    QTest::newRow("en oil company") << "en"
                                    << "Shell reported higher profits thanks to gas prices.";
    QTest::newRow("es tiempo") << "es"
                               << "Las temperaturas bajarán durante el fin de semana.";
    QTest::newRow("es economía") << "es"
                                 << "La inflación subió un dos por ciento en enero.";
    QTest::newRow("es medios") << "es"
                               << "Los medios locales publicaron una situación crítica.";
    QTest::newRow("ru погода") << "ru"
                               << "В выходные в столице ожидается сильный дождь.";
    QTest::newRow("ru экономика") << "ru"
                                  << "Цены на нефть выросли на три процента.";
    QTest::newRow("ru договор и виза") << "ru"
                                       << "Согласно договору, виза требуется для въезда в страну.";
    QTest::newRow("de Wetter") << "de"
                               << "Am Wochenende wird es in Bayern sonnig und warm.";
    QTest::newRow("de Förderung") << "de"
                                  << "Das Land fördert die Forschung an Hochschulen.";
    QTest::newRow("de Wirtschaft") << "de"
                                   << "Die Inflation stieg im Januar auf drei Prozent.";
    QTest::newRow("de zum Scheitern verurteilt") << "de"
                                                 << "Der Plan ist zum Scheitern verurteilt.";
    QTest::newRow("de in Angriff genommen") << "de"
                                            << "Die Reform wurde endlich in Angriff genommen.";
    QTest::newRow("de es droht") << "de"
                                 << "Es droht eine lange Hitzewelle.";
    QTest::newRow("de droht Rezession") << "de"
                                        << "Dem Land droht eine Rezession.";
    QTest::newRow("de droht Haftstrafe") << "de"
                                         << "Ihm droht eine lange Haftstrafe.";
    QTest::newRow("de Kampf um") << "de"
                                 << "Der Kampf um den Titel bleibt spannend.";
    QTest::newRow("de besuchte Schule") << "de"
                                        << "Sie besuchte das Gymnasium in Köln.";
    QTest::newRow("de Posten besetzt") << "de"
                                       << "Der Posten wurde neu besetzt.";
    QTest::newRow("de Entscheidungen treffen") << "de"
                                               << "Die Länder müssen bald Entscheidungen treffen.";
    QTest::newRow("ru удар по воротам") << "ru"
                                        << "Форвард нанес удар по воротам на последней минуте.";
    QTest::newRow("ru удар по репутации") << "ru"
                                          << "Скандал нанес серьезный удар по репутации банка.";
    QTest::newRow("ru в первом чтении") << "ru"
                                        << "Дума приняла в первом чтении законопроект о налогах.";
    QTest::newRow("ru в отставку") << "ru"
                                   << "Министр отправился в отставку по собственному желанию.";
    QTest::newRow("ru визит к врачу") << "ru"
                                      << "Визит к врачу занял час.";
    QTest::newRow("ru паническая атака") << "ru"
                                         << "У певицы случилась паническая атака.";
    QTest::newRow("ru подписал петицию") << "ru"
                                         << "Миллион человек подписал петицию.";
    QTest::newRow("es de acuerdo con") << "es"
                                       << "De acuerdo con el informe, la economía creció.";
    QTest::newRow("es ataque de ansiedad") << "es"
                                           << "El actor sufrió un ataque de ansiedad.";
    QTest::newRow("es ataque informático") << "es"
                                           << "Un ataque informático paralizó el hospital.";
    QTest::newRow("es llegó a la conclusión") << "es"
                                              << "El tribunal llegó a la conclusión contraria.";
    QTest::newRow("es reunió firmas") << "es"
                                      << "La campaña reunió miles de firmas.";
    QTest::newRow("es cumple condena") << "es"
                                       << "El exalcalde cumple condena en su casa.";
    QTest::newRow("es acusó recibo") << "es"
                                     << "El ministerio acusó recibo de la carta.";
    QTest::newRow("es amenaza de tormentas") << "es"
                                             << "Hay amenaza de tormentas en la costa.";
    QTest::newRow("de nach der reisen") << "de"
                                        << "Nach der Pandemie reisen wieder mehr Familien.";
    QTest::newRow("de nach dem Spiel reisen")
        << "de"
        << "Nach dem Spiel gegen Frankreich reisen die Spieler heim.";
    QTest::newRow("es llegó a la final") << "es"
                                         << "España llegó a la final tras vencer a Francia.";
    QTest::newRow("es se desplazó a la segunda posición")
        << "es"
        << "El equipo se desplazó a la segunda posición de la tabla.";
    QTest::newRow("es se acuerda de") << "es"
                                      << "La abuela se acuerda de la guerra civil.";
    QTest::newRow("es cita con el embajador") << "es"
                                              << "Tiene una cita con el embajador el lunes.";
}

void TestTriggerPhrases::neutralSentences() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    const Found found = m_triggers.find(language, sentence);
    QVERIFY2(found.matches.empty(), qPrintable("found: " + found.describe()));
}

QTEST_GUILESS_MAIN(TestTriggerPhrases)
#include "TestTriggerPhrases.moc"
