#include "core/reading/LanguageDetector.h"

#include <QTest>

#include <string>

using namespace dyad;

namespace {

/// `text` repeated until it is at least `bytes` long.
std::string repeated(const std::string& text, std::size_t bytes) {
    std::string out;
    while (out.size() < bytes)
        out += text + " ";
    return out;
}

const char* const kRussian = "Министр иностранных дел провёл переговоры с коллегой в столице и "
                             "обсудил торговлю, энергетику и безопасность в регионе.";
const char* const kSpanish = "El canciller se reunió con su homólogo en la capital y ambos "
                             "conversaron sobre el comercio, la energía y la seguridad regional.";

} // namespace

class TestLanguageDetector : public QObject {
    Q_OBJECT

private slots:
    void languages_data();
    void languages();
    void sampleCutsNeverSplitACharacter_data();
    void sampleCutsNeverSplitACharacter();
    void emptyTextFallsBackOnTheHint();
};

void TestLanguageDetector::languages_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "The foreign minister met his counterpart in the capital on Tuesday "
                           "and the two discussed trade, energy and regional security."
                        << "en";
    QTest::newRow("es") << QString::fromUtf8(kSpanish) << "es";
    QTest::newRow("ru") << QString::fromUtf8(kRussian) << "ru";
    QTest::newRow("de") << QString::fromUtf8(
                               "Der Außenminister traf am Dienstag seinen Amtskollegen "
                               "in der Hauptstadt; beide sprachen über Handel, "
                               "Energie und die Sicherheit der Region.")
                        << "de";
    QTest::newRow("long es, read in part")
        << QString::fromStdString(repeated(kSpanish, 4000)) << "es";
}

void TestLanguageDetector::languages() {
    QFETCH(QString, text);
    QFETCH(QString, language);
    QCOMPARE(QString::fromStdString(LanguageDetector().detect(text.toStdString(), {}, 1024)),
             language);
}

void TestLanguageDetector::sampleCutsNeverSplitACharacter_data() {
    QTest::addColumn<int>("maxBytes");
    // Cyrillic letters take two bytes: odd and even limits.
    for (int bytes : {101, 102, 511, 512, 513, 777, 1024})
        QTest::newRow(std::to_string(bytes).c_str()) << bytes;
}

void TestLanguageDetector::sampleCutsNeverSplitACharacter() {
    QFETCH(int, maxBytes);
    // Russian words joined by no-break spaces: no ' ' to cut before, so the cut must step back
    // to a character start (a broken UTF-8 sequence makes CLD2 give up).
    std::string text;
    for (char c : repeated(kRussian, 3000)) {
        if (c == ' ')
            text += "\u00a0";
        else
            text += c;
    }
    QCOMPARE(LanguageDetector().detect(text, {}, static_cast<std::size_t>(maxBytes)),
             std::string("ru"));
}

void TestLanguageDetector::emptyTextFallsBackOnTheHint() {
    QCOMPARE(LanguageDetector().detect("", "de-AT"), std::string("de"));
    QCOMPARE(LanguageDetector().detect("", ""), std::string("und"));
}

QTEST_APPLESS_MAIN(TestLanguageDetector)
#include "TestLanguageDetector.moc"
