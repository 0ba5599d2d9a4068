// Sentences in German that must find a trigger with its code and words (rows of
// TestTriggerPhrases::findsTriggers).
#include "TriggerRows.h"

#include <QTest>

namespace dyad::test {

void addGermanTriggerRows() {
    QTest::newRow("de inakzeptabel") << "de"
                                     << "Die Ministerin nannte die Festnahme inakzeptabel."
                                     << "111"
                                     << "inakzeptabel";
    // Separable verbs: the particle ends the clause, far from its verb (subject after the verb,
    // objects and a place in between), before a comma or the period.
    QTest::newRow("de rief zurueck, long gap")
        << "de"
        << "Am Dienstag rief Berlin den Botschafter in der Hauptstadt, Herrn Huber, zu "
           "Konsultationen zurück."
        << "161"
        << "rief Berlin den Botschafter in der Hauptstadt, Herrn Huber, zu Konsultationen zurück";
    QTest::newRow("de bestellte ein, subject between")
        << "de"
        << "Noch am Abend bestellte das Außenministerium den Geschäftsträger ein, wie ein "
           "Sprecher sagte."
        << "114"
        << "bestellte das Außenministerium den Geschäftsträger ein";
    QTest::newRow("de sagte zu, amount between")
        << "de"
        << "Die Regierung sagte dem Nachbarland Hilfe in Höhe von zwei Milliarden Euro zu."
        << "033"
        << "sagte dem Nachbarland Hilfe in Höhe von zwei Milliarden Euro zu";
    QTest::newRow("de traf sich") << "de"
                                  << "Der Kanzler traf sich mit dem Präsidenten Chiles."
                                  << "040"
                                  << "traf sich mit";
    QTest::newRow("de kam zusammen gap") << "de"
                                         << "Die Ministerin kam mit ihrem Amtskollegen zusammen."
                                         << "040"
                                         << "kam mit ihrem Amtskollegen zusammen";
    QTest::newRow("de unterzeichneten") << "de"
                                        << "Beide Länder unterzeichneten ein Abkommen über Handel."
                                        << "057"
                                        << "unterzeichneten ein Abkommen";
    QTest::newRow("de Besuch") << "de"
                               << "Der Besuch des Premiers in Wien dauerte zwei Tage."
                               << "042"
                               << "Besuch";
    QTest::newRow("de Telefonat") << "de"
                                  << "Die Regierungschefs führten ein Telefonat."
                                  << "041"
                                  << "führten ein Telefonat";
    QTest::newRow("de sprach sich aus") << "de"
                                        << "Berlin sprach sich gegen den Plan aus."
                                        << "120"
                                        << "sprach sich gegen den Plan aus";
    QTest::newRow("de verurteilte") << "de"
                                    << "Paris verurteilte den Angriff scharf."
                                    << "111"
                                    << "verurteilte";
    QTest::newRow("de Sanktionen verhängt") << "de"
                                            << "Die EU verhängte neue Sanktionen gegen Minsk."
                                            << "163"
                                            << "verhängte neue Sanktionen";
    QTest::newRow("de wies aus") << "de"
                                 << "Berlin wies zwei russische Diplomaten aus."
                                 << "161"
                                 << "wies zwei russische Diplomaten aus";
    QTest::newRow("de humanitäre Hilfe") << "de"
                                         << "Österreich schickte humanitäre Hilfe nach Libyen."
                                         << "073"
                                         << "schickte humanitäre Hilfe";
    QTest::newRow("de festgenommen") << "de"
                                     << "Die Polizei nahm drei Aktivisten fest."
                                     << "173"
                                     << "nahm drei Aktivisten fest";
    QTest::newRow("de Luftangriffe") << "de"
                                     << "Luftangriffe trafen die Hafenstadt."
                                     << "195"
                                     << "Luftangriffe";
    QTest::newRow("de reist nach") << "de"
                                   << "Die Außenministerin reist nach Peking."
                                   << "042"
                                   << "reist nach";
    QTest::newRow("de nach zu reisen") << "de"
                                       << "Der Präsident plant, nach Ankara zu reisen."
                                       << "042"
                                       << "nach Ankara zu reisen";
    QTest::newRow("de erkennt an") << "de"
                                   << "Das Parlament erkennt die Unabhängigkeit Kosovos an."
                                   << "054"
                                   << "erkennt die Unabhängigkeit Kosovos an";
    QTest::newRow("de als Völkermord an") << "de"
                                          << "Kanada erkannte die Verbrechen als Völkermord an."
                                          << "054"
                                          << "erkannte die Verbrechen als Völkermord an";
    QTest::newRow("de bittet um Vergebung") << "de"
                                            << "Der Premier bittet das Nachbarland um Vergebung."
                                            << "055"
                                            << "bittet das Nachbarland um Vergebung";
    QTest::newRow("de sicherte Unterstützung zu") << "de"
                                                  << "Paris sicherte Kiew weitere Unterstützung zu."
                                                  << "032"
                                                  << "sicherte Kiew weitere Unterstützung zu";
    QTest::newRow("de Millionen zugesagt") << "de"
                                           << "Japan hat der Region 300 Millionen Dollar zugesagt."
                                           << "0331"
                                           << "Millionen Dollar zugesagt";
    QTest::newRow("de wirft vor") << "de"
                                  << "Warschau wirft Minsk Provokationen vor."
                                  << "112"
                                  << "wirft Minsk Provokationen vor";
    QTest::newRow("de weist zurück") << "de"
                                     << "Ankara weist die Vorwürfe entschieden zurück."
                                     << "120"
                                     << "weist die Vorwürfe entschieden zurück";
    QTest::newRow("de hebt Sanktionen auf") << "de"
                                            << "Washington hebt die Sanktionen gegen Caracas auf."
                                            << "085"
                                            << "hebt die Sanktionen gegen Caracas auf";
    QTest::newRow("de belegte mit Sanktionen") << "de"
                                               << "Die EU belegte fünf Minister mit Sanktionen."
                                               << "163"
                                               << "belegte fünf Minister mit Sanktionen";
    QTest::newRow("de Strafzölle verhängt") << "de"
                                            << "Die Regierung hat Strafzölle auf Stahl verhängt."
                                            << "163"
                                            << "Strafzölle auf Stahl verhängt";
    QTest::newRow("de Luftraum gesperrt")
        << "de"
        << "Litauen hat seinen Luftraum für russische Flugzeuge gesperrt."
        << "163"
        << "Luftraum für russische Flugzeuge gesperrt";
    QTest::newRow("de Einreiseverbot") << "de"
                                       << "Gegen den Oligarchen gilt ein Einreiseverbot."
                                       << "163"
                                       << "Einreiseverbot";
    QTest::newRow("de greift an") << "de"
                                  << "Die Armee greift Stellungen im Norden an."
                                  << "190"
                                  << "greift Stellungen im Norden an";
    QTest::newRow("de nimmt fest") << "de"
                                   << "Die Polizei nimmt zwei Diplomaten fest."
                                   << "173"
                                   << "nimmt zwei Diplomaten fest";
    QTest::newRow("de zu Haft verurteilt") << "de"
                                           << "Der Reporter wurde zu acht Jahren Haft verurteilt."
                                           << "116"
                                           << "wurde zu acht Jahren Haft verurteilt";
    QTest::newRow("de hat zu Haft verurteilt")
        << "de"
        << "Ein Gericht hat den Reporter zu acht Jahren Haft verurteilt."
        << "116"
        << "zu acht Jahren Haft verurteilt";
    QTest::newRow("de Diplomaten ausgewiesen") << "de"
                                               << "Zwei Diplomaten wurden ausgewiesen."
                                               << "161"
                                               << "Diplomaten wurden ausgewiesen";
    QTest::newRow("de Botschafter abberufen") << "de"
                                              << "Rom hat seinen Botschafter aus Kairo abberufen."
                                              << "161"
                                              << "Botschafter aus Kairo abberufen";
    QTest::newRow("de einigten sich auf Waffenruhe")
        << "de"
        << "Beide Seiten einigten sich auf eine Waffenruhe."
        << "0871"
        << "einigten sich auf eine Waffenruhe";
    QTest::newRow("de Zugang zum Luftraum")
        << "de"
        << "Die Staaten beschlossen, Flugzeugen aus Minsk den Zugang zum Luftraum zu verweigern."
        << "163"
        << "Zugang zum Luftraum zu verweigern";
    QTest::newRow("de Truppen abgezogen") << "de"
                                          << "Moskau hat Truppen von der Grenze abgezogen."
                                          << "087"
                                          << "Truppen von der Grenze abgezogen";
    QTest::newRow("de lädt ein") << "de"
                                 << "Der Kanzler lädt den Präsidenten nach Berlin ein."
                                 << "036"
                                 << "lädt den Präsidenten nach Berlin ein";
}

} // namespace dyad::test
