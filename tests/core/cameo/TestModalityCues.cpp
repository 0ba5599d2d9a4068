#include "core/cameo/ModalityCues.h"
#include "core/util/Utf.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace dyad;

namespace {

std::string modalityPath() {
    return qEnvironmentVariable("DYAD_SOURCE_DIR").toStdString() +
           "/resources/lexicon/cameo/modality.tsv";
}

} // namespace

class TestModalityCues : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findsCues_data();
    void findsCues();
    void noCuesInPlainStatements_data();
    void noCuesInPlainStatements();
    void typeNamesRoundTrip();
    void malformedLines_data();
    void malformedLines();

private:
    ModalityCues m_cues;
};

void TestModalityCues::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DYAD_SOURCE_DIR"), "DYAD_SOURCE_DIR is not set");
    std::vector<std::string> errors;
    m_cues = ModalityCues::load(modalityPath(), errors);
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
    for (const char* language : {"en", "es", "ru", "de"})
        QVERIFY2(m_cues.cueCount(language) >= 25, language);
}

void TestModalityCues::findsCues_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("cue");
    QTest::newRow("en did not") << "en"
                                << "Chad did not sign the accord."
                                << "negation"
                                << "did not";
    QTest::newRow("en never") << "en"
                              << "The envoys never met."
                              << "negation"
                              << "never";
    QTest::newRow("en called off") << "en"
                                   << "Rome called off the summit."
                                   << "cancellation"
                                   << "called off";
    QTest::newRow("en postponed") << "en"
                                  << "The visit was postponed."
                                  << "cancellation"
                                  << "postponed";
    QTest::newRow("en will") << "en"
                             << "Mali will host the talks."
                             << "intent"
                             << "will";
    QTest::newRow("en plans to") << "en"
                                 << "Oman plans to open an embassy."
                                 << "intent"
                                 << "plans to";
    QTest::newRow("en is to") << "en"
                              << "The premier is to visit Seoul."
                              << "intent"
                              << "is to";
    QTest::newRow("en if") << "en"
                           << "If Quito agrees, talks resume."
                           << "condition"
                           << "If";
    QTest::newRow("en according to") << "en"
                                     << "According to officials, the deal held."
                                     << "report"
                                     << "According to";
    QTest::newRow("en told") << "en"
                             << "The minister told reporters he was pleased."
                             << "report"
                             << "told";
    QTest::newRow("es no") << "es"
                           << "Perú no firmó el acuerdo."
                           << "negation"
                           << "no";
    QTest::newRow("es canceló") << "es"
                                << "El presidente canceló su viaje."
                                << "cancellation"
                                << "canceló";
    QTest::newRow("es aplazó") << "es"
                               << "Lima aplazó la cumbre."
                               << "cancellation"
                               << "aplazó";
    QTest::newRow("es va a") << "es"
                             << "Chile va a enviar ayuda."
                             << "intent"
                             << "va a";
    QTest::newRow("es podría") << "es"
                               << "Bolivia podría romper relaciones."
                               << "intent"
                               << "podría";
    QTest::newRow("es según") << "es"
                              << "Según la cancillería, la reunión fue breve."
                              << "report"
                              << "Según";
    QTest::newRow("ru не") << "ru"
                           << "Стороны не подписали договор."
                           << "negation"
                           << "не";
    QTest::newRow("ru отменил") << "ru"
                                << "Премьер отменил визит в Токио."
                                << "cancellation"
                                << "отменил";
    QTest::newRow("ru отложили") << "ru"
                                 << "Переговоры отложили на неделю."
                                 << "cancellation"
                                 << "отложили";
    QTest::newRow("ru намерен") << "ru"
                                << "Министр намерен посетить Пекин."
                                << "intent"
                                << "намерен";
    QTest::newRow("ru будет") << "ru"
                              << "Договор будет подписан в мае."
                              << "intent"
                              << "будет";
    QTest::newRow("ru заявил") << "ru"
                               << "Посол заявил о протесте."
                               << "report"
                               << "заявил";
    QTest::newRow("de nicht") << "de"
                              << "Wien hat den Vertrag nicht unterzeichnet."
                              << "negation"
                              << "nicht";
    QTest::newRow("de keine") << "de"
                              << "Es gab keine Einigung."
                              << "negation"
                              << "keine";
    QTest::newRow("de abgesagt") << "de"
                                 << "Der Besuch wurde abgesagt."
                                 << "cancellation"
                                 << "abgesagt";
    QTest::newRow("de soll") << "de"
                             << "Das Abkommen soll im Mai unterzeichnet werden."
                             << "intent"
                             << "soll";
    QTest::newRow("de plant") << "de"
                              << "Prag plant eine Reise nach Kiew."
                              << "intent"
                              << "plant";
    QTest::newRow("de sagte") << "de"
                              << "Der Sprecher sagte, die Lage sei ruhig."
                              << "report"
                              << "sagte";
}

void TestModalityCues::findsCues() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, type);
    QFETCH(QString, cue);
    const Tokenizer tokenizer(language.toStdString());
    const std::u32string text = fromUtf8(sentence.toStdString());
    const auto cues = m_cues.find(tokenizer.tokenize(text), language.toStdString());
    QStringList seen;
    bool found = false;
    for (const auto& c : cues) {
        const QString span = QString::fromStdString(sliceUtf8(text, c.span));
        const QString name = QString::fromStdString(std::string(ModalityCues::typeName(c.type)));
        seen << name + " [" + span + "]";
        found = found || (span == cue && name == type);
    }
    QVERIFY2(found, qPrintable("found: " + seen.join(", ")));
}

void TestModalityCues::noCuesInPlainStatements_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("en") << "en"
                        << "Chile and Peru signed a trade agreement in Lima.";
    QTest::newRow("en month May")
        << "en"
        << "Chile and Peru signed the accord in May, and on May 3 in Lima.";
    QTest::newRow("en surname May") << "en"
                                    << "Theresa May's envoy met the Irish premier.";
    QTest::newRow("es") << "es"
                        << "Chile y Perú firmaron un acuerdo comercial en Lima.";
    QTest::newRow("ru") << "ru"
                        << "Чили и Перу подписали торговое соглашение в Лиме.";
    QTest::newRow("de") << "de"
                        << "Chile und Peru unterzeichneten ein Handelsabkommen in Lima.";
}

void TestModalityCues::noCuesInPlainStatements() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    const Tokenizer tokenizer(language.toStdString());
    const std::u32string text = fromUtf8(sentence.toStdString());
    const auto cues = m_cues.find(tokenizer.tokenize(text), language.toStdString());
    QVERIFY2(cues.empty(), cues.empty() ? "" : sliceUtf8(text, cues.front().span).c_str());
}

void TestModalityCues::typeNamesRoundTrip() {
    for (auto type : {ModalityType::Negation, ModalityType::Cancellation, ModalityType::Intent,
                      ModalityType::Condition, ModalityType::Report}) {
        ModalityType parsed{};
        QVERIFY(ModalityCues::parseType(ModalityCues::typeName(type), parsed));
        QCOMPARE(parsed, type);
    }
    ModalityType parsed{};
    QVERIFY(!ModalityCues::parseType("maybe", parsed));
}

void TestModalityCues::malformedLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("two columns") << "en\tnegation"
                                 << "expected language, type and phrase";
    QTest::newRow("unknown type") << "en\tdoubt\tperhaps"
                                  << "unknown cue type 'doubt'";
    QTest::newRow("bad phrase") << "en\tintent\tplans to *"
                                << "gap marker";
    QTest::newRow("blocking phrase with bad gap") << "en\tnone\t* may"
                                                  << "gap marker";
    QTest::newRow("duplicate") << "en\tintent\tnot"
                               << "already listed at line 2";
}

void TestModalityCues::malformedLines() {
    QFETCH(QString, line);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("modality.tsv").toStdString();
    {
        std::ofstream out(path);
        out << "# cues\nen\tnegation\tnot\n" << line.toStdString() << "\n";
    }
    std::vector<std::string> errors;
    const ModalityCues cues = ModalityCues::load(path, errors);
    QCOMPARE(errors.size(), std::size_t(1));
    const QString error = QString::fromStdString(errors.front());
    QVERIFY2(error.startsWith(QString::fromStdString(path) + ":3: "), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(cues.cueCount("en"), std::size_t(1));
}

QTEST_GUILESS_MAIN(TestModalityCues)
#include "TestModalityCues.moc"
