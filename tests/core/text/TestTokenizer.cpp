#include "core/text/TextFolder.h"
#include "core/text/Tokenizer.h"
#include "core/util/Utf.h"

#include <QTest>

using namespace dyad;

namespace {

QString qs(const std::u32string& s) {
    return QString::fromStdString(toUtf8(s));
}
std::u32string u32(const QString& s) {
    return fromUtf8(s.toStdString());
}

QStringList join(const std::vector<Token>& tokens, bool stems) {
    QStringList out;
    for (const Token& t : tokens)
        out << qs(stems ? t.stem : t.folded);
    return out;
}

} // namespace

class TestTokenizer : public QObject {
    Q_OBJECT

private slots:
    void folding_data();
    void folding();
    void tokens_data();
    void tokens();
    void stemsJoinInflectedForms_data();
    void stemsJoinInflectedForms();
    void spansPointIntoTheText();
};

void TestTokenizer::folding_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("accents") << "Díaz-Canel"
                             << "diaz-canel";
    QTest::newRow("en dash") << "DIAZ–CANEL"
                             << "diaz-canel";
    QTest::newRow("yo") << "Ёлка"
                        << "елка";
    QTest::newRow("curly apostrophe") << "Côte d’Ivoire"
                                      << "cote d'ivoire";
    QTest::newRow("german") << "Außenminister Müller"
                            << "außenminister muller";
}

void TestTokenizer::folding() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(qs(TextFolder::fold(u32(a))), b);
}

void TestTokenizer::tokens_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("folded");
    QTest::newRow("possessive") << "en"
                                << "Brazil’s minister, Mr. Silva."
                                << QStringList{"brazil", "'s", "minister", ",",
                                               "mr",     ".",  "silva",    "."};
    QTest::newRow("hyphenated name")
        << "en"
        << "Ould-Abdallah met" << QStringList{"ould", "-", "abdallah", "met"};
    QTest::newRow("abbreviation") << "en"
                                  << "the U.S. envoy" << QStringList{"the", "u.s", ".", "envoy"};
    QTest::newRow("money") << "ru"
                           << "$1,5 млрд" << QStringList{"$", "1,5", "млрд"};
}

void TestTokenizer::tokens() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, folded);
    const Tokenizer tokenizer(language.toStdString());
    QCOMPARE(join(tokenizer.tokenize(u32(text)), false), folded);
}

void TestTokenizer::stemsJoinInflectedForms_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("ru genitive") << "ru"
                                 << "Бразилии"
                                 << "Бразилия";
    QTest::newRow("ru dative") << "ru"
                               << "Каиру"
                               << "Каир";
    QTest::newRow("es plural") << "es"
                               << "argentinos"
                               << "argentino";
    QTest::newRow("de genitive") << "de"
                                 << "Frankreichs"
                                 << "Frankreich";
    QTest::newRow("en verb") << "en"
                             << "signed"
                             << "signing";
}

void TestTokenizer::stemsJoinInflectedForms() {
    QFETCH(QString, language);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Tokenizer tokenizer(language.toStdString());
    const auto ta = tokenizer.tokenize(u32(a));
    const auto tb = tokenizer.tokenize(u32(b));
    QCOMPARE(ta.size(), std::size_t(1));
    QCOMPARE(tb.size(), std::size_t(1));
    QCOMPARE(qs(ta[0].stem), qs(tb[0].stem));
}

void TestTokenizer::spansPointIntoTheText() {
    // An astral character before the words must not shift the spans.
    const std::u32string text = u32(QString::fromUtf8("\xF0\x9F\x87\xA8 Kenya’s envoy"));
    const Tokenizer tokenizer("en");
    const auto tokens = tokenizer.tokenize(text, {2, static_cast<std::int32_t>(text.size())});
    QCOMPARE(tokens.size(), std::size_t(3));
    for (const Token& t : tokens) {
        const std::u32string piece =
            text.substr(std::size_t(t.span.start), std::size_t(t.span.length()));
        QCOMPARE(qs(TextFolder::fold(piece)), qs(t.folded));
    }
    QVERIFY(tokens[0].capitalized);
    QVERIFY(!tokens[2].capitalized);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "TestTokenizer.moc"
