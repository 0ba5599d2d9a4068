// Sentences in English that must find a trigger with its code and words (rows of
// TestTriggerPhrases::findsTriggers).
#include "TriggerRows.h"

#include <QTest>

namespace dyad::test {

void addEnglishTriggerRows() {
    QTest::newRow("en expelled an official") << "en"
                                             << "Ottawa expelled a senior Indian official."
                                             << "161"
                                             << "expelled a senior Indian official";
    QTest::newRow("en ordered a diplomat to leave")
        << "en"
        << "Delhi ordered a senior Canadian diplomat to leave the country."
        << "161"
        << "ordered a senior Canadian diplomat to leave";
    QTest::newRow("en financed") << "en"
                                 << "Japan financed the new port in Sri Lanka."
                                 << "071"
                                 << "financed";
    QTest::newRow("en unacceptable") << "en"
                                     << "The minister said the seizure was unacceptable."
                                     << "111"
                                     << "unacceptable";
    QTest::newRow("en met with") << "en"
                                 << "The Chilean envoy met with his Peruvian counterpart."
                                 << "040"
                                 << "met with";
    QTest::newRow("en meets") << "en"
                              << "Ghana's president meets the Kenyan leader today."
                              << "040"
                              << "meets";
    QTest::newRow("en held talks gap") << "en"
                                       << "Oslo and Rome held three days of talks."
                                       << "040"
                                       << "held three days of talks";
    QTest::newRow("en longest sign") << "en"
                                     << "Laos and Vietnam signed a strategic partnership "
                                        "agreement in May."
                                     << "057"
                                     << "signed a strategic partnership agreement";
    QTest::newRow("en phone call noun") << "en"
                                        << "A telephone conversation between the two leaders "
                                           "lasted an hour."
                                        << "041"
                                        << "telephone conversation";
    QTest::newRow("en visit") << "en"
                              << "The Indian premier visited Nairobi on Friday."
                              << "042"
                              << "visited";
    QTest::newRow("en hosted") << "en"
                               << "Qatar hosted the Iranian foreign minister."
                               << "043"
                               << "hosted";
    QTest::newRow("en humanitarian aid") << "en"
                                         << "Norway sent tonnes of humanitarian aid to Sudan."
                                         << "073"
                                         << "sent tonnes of humanitarian aid";
    QTest::newRow("en credit") << "en"
                               << "The bank granted Egypt a new loan last week."
                               << "071"
                               << "granted Egypt a new loan";
    QTest::newRow("en condemn") << "en"
                                << "Paris strongly condemned the decision."
                                << "111"
                                << "condemned";
    QTest::newRow("en criticises") << "en"
                                   << "Ottawa criticises Beijing over trade."
                                   << "111"
                                   << "criticises";
    QTest::newRow("en accused of espionage") << "en"
                                             << "Minsk accused the Polish consul of espionage."
                                             << "1125"
                                             << "accused the Polish consul of espionage";
    QTest::newRow("en vetoed") << "en"
                               << "Moscow vetoed the draft resolution."
                               << "129"
                               << "vetoed";
    QTest::newRow("en threatened sanctions") << "en"
                                             << "Washington threatened tough sanctions on Caracas."
                                             << "1312"
                                             << "threatened tough sanctions";
    QTest::newRow("en imposed sanctions") << "en"
                                          << "Brussels imposed new sanctions on Minsk."
                                          << "163"
                                          << "imposed new sanctions";
    QTest::newRow("en expelled diplomats") << "en"
                                           << "Prague expelled eighteen Russian diplomats."
                                           << "161"
                                           << "expelled eighteen Russian diplomats";
    QTest::newRow("en recalled ambassador") << "en"
                                            << "Lima recalled its ambassador from Mexico."
                                            << "161"
                                            << "recalled its ambassador";
    QTest::newRow("en arrested") << "en"
                                 << "Police arrested two foreign journalists."
                                 << "173"
                                 << "arrested";
    QTest::newRow("en airstrikes") << "en"
                                   << "Overnight air strikes hit the port."
                                   << "195"
                                   << "air strikes";
    QTest::newRow("en shelled") << "en"
                                << "Troops shelled the border village."
                                << "194"
                                << "shelled";
    QTest::newRow("en invaded") << "en"
                                << "Iraq invaded Kuwait in 1990."
                                << "190"
                                << "invaded";
    QTest::newRow("en ceasefire violated") << "en"
                                           << "Both sides violated the truce."
                                           << "196"
                                           << "violated the truce";
    QTest::newRow("en agreed to meet") << "en"
                                       << "The two leaders agreed to meet in Vienna."
                                       << "036"
                                       << "agreed to meet";
    QTest::newRow("en ceasefire declared") << "en"
                                           << "The rebels declared a ceasefire."
                                           << "0871"
                                           << "declared a ceasefire";
}

} // namespace dyad::test
