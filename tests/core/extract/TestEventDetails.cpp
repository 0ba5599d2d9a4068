// What an event carries end to end: the amount of money stated with it, and evidence that
// points at its sentence, trigger and actors in the document's text.
#include "RuleTestSupport.h"

using namespace dyad;
using namespace dyad::test;

class TestEventDetails : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void money_data();
    void money();
    void evidence();

private:
    const ExtractionResources* m_resources = nullptr;
};

void TestEventDetails::initTestCase() {
    m_resources = loadRuleResources();
    QVERIFY2(m_resources, "DYAD_SOURCE_DIR is not set");
}

void TestEventDetails::money_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("event");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amountText");

    QTest::newRow("en dollars") << "en"
                                << "China granted Laos a $43 million credit for the railway."
                                << "CHN>LAO:071" << 43e6 << "USD"
                                << "$43 million";
    QTest::newRow("es millones de euros")
        << "es"
        << "Alemania concedió a Polonia un crédito de 45.000 millones de euros."
        << "DEU>POL:071" << 45e9 << "EUR"
        << "45.000 millones de euros";
    QTest::newRow("ru миллиарда долларов")
        << "ru"
        << "Россия предоставила Белоруссии кредит в размере 1,5 миллиарда долларов."
        << "RUS>BLR:071" << 1.5e9 << "USD"
        << "1,5 миллиарда долларов";
    QTest::newRow("en US$ billion loan") << "en"
                                         << "Japan extended a US$1.2 billion loan to Indonesia."
                                         << "JPN>IDN:071" << 1.2e9 << "USD"
                                         << "US$1.2 billion";
    QTest::newRow("no amount on a condemnation")
        << "en"
        << "Brazil condemned Paraguay over the $2 million fine."
        << "BRA>PRY:111" << 0.0 << ""
        << "";
    QTest::newRow("de Millionen Euro")
        << "de"
        << "Deutschland gewährte Georgien einen Kredit über 100 Millionen Euro."
        << "DEU>GEO:071" << 1e8 << "EUR"
        << "100 Millionen Euro";
}

void TestEventDetails::money() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, event);
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(QString, amountText);

    const Extraction out =
        runRule(*m_resources, language, QStringLiteral("2023-05-15"), false, text);
    QVERIFY2(furnitureProblem(out.document.document).isEmpty(),
             qPrintable(furnitureProblem(out.document.document)));
    QString message;
    QVERIFY2(
        sameEvents(out.events, event, message),
        qPrintable(message + QStringLiteral("\n   entities: ") + describeEntities(out.document)));
    const Event& e = out.events.front();
    if (value == 0.0) {
        QVERIFY2(!e.money.has_value(), "an amount on an event that takes none");
        return;
    }
    QVERIFY2(e.money.has_value(), "the amount was not kept on the event");
    QCOMPARE(e.money->value, value);
    QCOMPARE(QString::fromStdString(e.money->currency), currency);
    QCOMPARE(slice(out.document.document.text, e.money->span), amountText);
}

void TestEventDetails::evidence() {
    // The evidence points at the sentence, the trigger and both actors in the document's text.
    const QString sentence = QStringLiteral("Portugal and Angola signed a visa agreement.");
    const Extraction out =
        runRule(*m_resources, "en", QStringLiteral("2023-05-15"), false, sentence);
    QString message;
    QVERIFY2(sameEvents(out.events, "PRT<>AGO:057", message), qPrintable(message));
    const std::u32string& text = out.document.document.text;
    for (const Event& event : out.events) {
        QCOMPARE(event.evidence.size(), std::size_t(1));
        const Evidence& evidence = event.evidence.front();
        QCOMPARE(evidence.document, std::string("rule"));
        QCOMPARE(slice(text, evidence.sentence), sentence);
        QCOMPARE(slice(text, evidence.trigger), QString::fromStdString(evidence.triggerText));
        QVERIFY(evidence.sentence.contains(evidence.trigger));
        const QString source = slice(text, evidence.sourceSpan);
        const QString target = slice(text, evidence.targetSpan);
        QCOMPARE(source,
                 event.source == "PRT" ? QStringLiteral("Portugal") : QStringLiteral("Angola"));
        QCOMPARE(target,
                 event.target == "PRT" ? QStringLiteral("Portugal") : QStringLiteral("Angola"));
    }
}

QTEST_GUILESS_MAIN(TestEventDetails)
#include "TestEventDetails.moc"
