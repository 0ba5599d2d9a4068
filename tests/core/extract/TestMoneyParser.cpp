#include "core/extract/MoneyParser.h"
#include "core/util/Utf.h"

#include <QTest>

using namespace dyad;

class TestMoneyParser : public QObject {
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void numbers_data();
    void numbers();
};

void TestMoneyParser::amounts_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("span");

    QTest::newRow("symbol million") << "en"
                                    << "a loan of $120 million to Kenya" << 120e6 << "USD"
                                    << "$120 million";
    QTest::newRow("US$ billion") << "en"
                                 << "worth US$2.5 billion in all" << 2.5e9 << "USD"
                                 << "US$2.5 billion";
    QTest::newRow("euro bn") << "en"
                             << "a €3bn package" << 3e9 << "EUR"
                             << "€3bn";
    QTest::newRow("words after") << "en"
                                 << "some 700 million dollars of aid" << 700e6 << "USD"
                                 << "700 million dollars";
    QTest::newRow("es millones de euros")
        << "es"
        << "inversiones por 12.000 millones de euros" << 12e9 << "EUR"
        << "12.000 millones de euros";
    QTest::newRow("es mil millones") << "es"
                                     << "un crédito de 2 mil millones de dólares" << 2e9 << "USD"
                                     << "2 mil millones de dólares";
    QTest::newRow("es billón") << "es"
                               << "una deuda de 1 billón de pesos" << 1e12 << ""
                               << "1 billón de pesos";
    QTest::newRow("ru decimal comma") << "ru"
                                      << "кредит в $2,3 миллиарда" << 2.3e9 << "USD"
                                      << "$2,3 миллиарда";
    QTest::newRow("ru words") << "ru"
                              << "на 15 млрд рублей" << 15e9 << "RUB"
                              << "15 млрд рублей";
    QTest::newRow("de Milliarden") << "de"
                                   << "Hilfen über 4 Milliarden Euro" << 4e9 << "EUR"
                                   << "4 Milliarden Euro";
    QTest::newRow("de Billion") << "de"
                                << "Schulden von 2 Billionen Dollar" << 2e12 << "USD"
                                << "2 Billionen Dollar";
}

void TestMoneyParser::amounts() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(QString, span);
    const std::u32string u = fromUtf8(text.toStdString());
    const Tokenizer tokenizer(language.toStdString());
    const auto amounts = MoneyParser::find(tokenizer.tokenize(u), language.toStdString());
    QCOMPARE(amounts.size(), std::size_t(1));
    QCOMPARE(amounts[0].value, value);
    QCOMPARE(QString::fromStdString(amounts[0].currency), currency);
    const auto s = amounts[0].span;
    QCOMPARE(
        QString::fromStdString(toUtf8(u.substr(std::size_t(s.start), std::size_t(s.length())))),
        span);
}

void TestMoneyParser::numbers_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("thousands dot") << "45.000" << 45000.0 << true;
    QTest::newRow("thousands comma") << "250,000" << 250000.0 << true;
    QTest::newRow("decimal comma") << "1,5" << 1.5 << true;
    QTest::newRow("decimal dot") << "2.75" << 2.75 << true;
    QTest::newRow("two groups") << "1.250.000" << 1250000.0 << true;
    QTest::newRow("trailing separator") << "12." << 0.0 << false;
    QTest::newRow("letters") << "12a" << 0.0 << false;
}

void TestMoneyParser::numbers() {
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, ok);
    double parsed = 0;
    QCOMPARE(MoneyParser::parseNumber(fromUtf8(text.toStdString()), parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

QTEST_GUILESS_MAIN(TestMoneyParser)
#include "TestMoneyParser.moc"
