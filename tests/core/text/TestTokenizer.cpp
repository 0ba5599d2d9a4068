#include "core/text/TextFolder.h"
#include "core/text/Tokenizer.h"
#include "core/util/Utf.h"

#include <QTest>

using namespace dyad;

namespace {

QString qs(std::u32string_view s) {
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
    void germanStemsKeepUmlauts_data();
    void germanStemsKeepUmlauts();
    void frenchElisionSpans();
    void spansPointIntoTheText();
    void aReusedTokenizerMatchesAFreshOne();
    void releasedFormsAreMadeAgain();
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
    QTest::newRow("french elision")
        << "fr"
        << "L'Allemagne et d’Italie, qu'il reçoit"
        << QStringList{"l'", "allemagne", "et", "d'", "italie", ",", "qu'", "il", "recoit"};
    QTest::newRow("french word with an inner apostrophe")
        << "fr"
        << "aujourd'hui à l'ONU" << QStringList{"aujourd'hui", "a", "l'", "onu"};
    QTest::newRow("no elision outside french") << "en"
                                               << "l'Allemagne" << QStringList{"l'allemagne"};
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

void TestTokenizer::germanStemsKeepUmlauts_data() {
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("sameStem");
    QTest::newRow("demands is not promotes") << "fordert"
                                             << "fördert" << false;
    QTest::newRow("demand is not promote") << "fordern"
                                           << "fördern" << false;
    QTest::newRow("promote, I promote") << "fördern"
                                        << "fördere" << true;
    QTest::newRow("demands, demanded") << "Fordert"
                                       << "forderte" << true;
    QTest::newRow("talk, talks") << "Gespräch"
                                 << "Gespräche" << true;
    QTest::newRow("capital umlaut") << "Österreichs"
                                    << "österreich" << true;
}

void TestTokenizer::germanStemsKeepUmlauts() {
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, sameStem);
    const Tokenizer tokenizer("de");
    const auto ta = tokenizer.tokenize(u32(a));
    const auto tb = tokenizer.tokenize(u32(b));
    QCOMPARE(ta.size(), std::size_t(1));
    QCOMPARE(tb.size(), std::size_t(1));
    QCOMPARE(ta[0].stem == tb[0].stem, sameStem);
    // Folded forms still drop the umlauts, so spellings without them match exactly.
    QVERIFY(ta[0].folded.find(U'ö') == std::u32string::npos);
}

void TestTokenizer::frenchElisionSpans() {
    const std::u32string text = u32("Paris salue l’Allemagne.");
    const Tokenizer tokenizer("fr");
    const auto tokens = tokenizer.tokenize(text);
    QCOMPARE(tokens.size(), std::size_t(5));
    QCOMPARE(tokens[2].span.start, 12);
    QCOMPARE(tokens[2].span.end, 14);
    QCOMPARE(tokens[3].span.start, 14);
    QCOMPARE(tokens[3].span.end, 23);
    QVERIFY(!tokens[2].capitalized);
    QVERIFY(tokens[3].capitalized);
    QCOMPARE(qs(tokens[2].stem), QString("l'"));
    QCOMPARE(qs(tokens[3].folded), QString("allemagne"));
}

void TestTokenizer::aReusedTokenizerMatchesAFreshOne() {
    // The tokenizer keeps its word iterator and buffers between calls; texts with and without
    // astral characters, long and short, must come out as from a new tokenizer.
    const QStringList texts{
        QString::fromUtf8("\xF0\x9F\x87\xA8\xF0\x9F\x87\xBA Cuba’s envoy met the U.S. team."),
        "Short.", "Ministers from Chile, Peru and Bolivia signed a 3,5 billion deal on 12.05.2021.",
        QString::fromUtf8("\xF0\x9F\x98\x80 ok"), ""};
    const Tokenizer reused("en");
    for (const QString& text : texts) {
        const Tokenizer fresh("en");
        const auto a = reused.tokenize(u32(text));
        const auto b = fresh.tokenize(u32(text));
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            QCOMPARE(a[i].span.start, b[i].span.start);
            QCOMPARE(a[i].span.end, b[i].span.end);
            QCOMPARE(qs(a[i].folded), qs(b[i].folded));
            QCOMPARE(qs(a[i].stem), qs(b[i].stem));
        }
    }
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

void TestTokenizer::releasedFormsAreMadeAgain() {
    // The tokenizer keeps what it made of each distinct piece; past the limit it forgets them
    // all, and the same text then gives the same tokens again.
    const std::u32string text = u32("Russia's envoy met l'ambassadeur and Russia's minister.");
    const Tokenizer tokenizer("en");
    QStringList before;
    for (const Token& t : tokenizer.tokenize(text))
        before << qs(t.folded) + "/" + qs(t.stem);
    const std::size_t pieces = tokenizer.formCount();
    QCOMPARE(pieces, std::size_t(7)); // "Russia's" counted once; spaces are no pieces
    tokenizer.releaseForms(pieces);   // at the limit: kept
    QCOMPARE(tokenizer.formCount(), pieces);
    tokenizer.releaseForms(pieces - 1);
    QCOMPARE(tokenizer.formCount(), std::size_t(0));
    QStringList after;
    for (const Token& t : tokenizer.tokenize(text))
        after << qs(t.folded) + "/" + qs(t.stem);
    QCOMPARE(after, before);
    QCOMPARE(tokenizer.formCount(), pieces);
    QVERIFY(before.contains("russia/russia"));
    QVERIFY(before.contains("'s/'s"));
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "TestTokenizer.moc"
