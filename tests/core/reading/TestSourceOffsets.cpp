#include "core/reading/DocumentReader.h"
#include "core/reading/SourceAligner.h"
#include "core/util/Utf.h"

#include "ReadingTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad;

Q_DECLARE_METATYPE(dyad::Format)

namespace {

bool isWordChar(char32_t c) {
    return QChar::isLetterOrNumber(c) || c == U'\'' || c == 0x2019 || c == U'&' || c == U'-';
}

/// The words of the rendered text (runs of letters, digits, apostrophes, '&' and '-').
std::vector<TextSpan> wordsOf(const std::u32string& text) {
    std::vector<TextSpan> words;
    std::int32_t start = -1;
    for (std::int32_t i = 0; i <= static_cast<std::int32_t>(text.size()); ++i) {
        const bool word = i < static_cast<std::int32_t>(text.size()) &&
                          isWordChar(text[static_cast<std::size_t>(i)]);
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            words.push_back({start, i});
            start = -1;
        }
    }
    return words;
}

} // namespace

class TestSourceOffsets : public QObject {
    Q_OBJECT

private slots:
    void wordsSliceTheSource_data() {
        QTest::addColumn<Format>("format");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("rendered"); ///< the rendered text, blocks joined by " | "
        /// Words whose source form differs ("rendered=source"): character references.
        QTest::addColumn<QStringList>("sourceForms");

        QTest::newRow("html entities, inline tags, script and style")
            << Format::Html
            << "<html><head><title>Ignored title</title><style>p { color: red }</style></head>"
               "<body><script>var alliance = 'Paris';</script>"
               "<p>The envoy&rsquo;s visit to <b>Z\u00fcrich</b> and <i>Москва</i> went "
               "well &amp; calmly.</p>\n<p>Ministers   met\n in <a href=\"/x\">Lagos</a> "
               "on Tuesday &#8212; talks&#39;d resume.</p></body></html>"
            << "The envoy\u2019s visit to Z\u00fcrich and Москва went well & calmly. | Ministers "
               "met in Lagos on Tuesday \u2014 talks'd resume."
            << QStringList{"envoy\u2019s=envoy&rsquo;s", "&=&amp;", "talks'd=talks&#39;d"};
        QTest::newRow("html nested blocks and lists")
            << Format::Html
            << "<div><div><section><h2>Border\r\nclash</h2><ul><li>First <em>item</em></li>"
               "<li>Second&nbsp;item</li></ul><div>Deep <span><span>inside</span></span> "
               "text</div></section></div></div>"
            << "Border clash | First item | Second item | Deep inside text" << QStringList{};
        QTest::newRow("markdown emphasis, links, headings, lists")
            << Format::Markdown
            << "# Talks in *Oslo*\n\nThe **foreign minister** met her [Kenyan "
               "counterpart](https://example.org/kenya \"Kenya\") on `Monday`.\n"
               "She said the deal&rsquo;s terms\nwere fair &amp; final.\n\n"
               "- First _point_\n- Second point\n\n> Quoted\n> line\n\n## Sub heading ##\n"
            << "Talks in Oslo | The foreign minister met her Kenyan counterpart on Monday. She "
               "said the deal\u2019s terms were fair & final. | First point | Second point | "
               "Quoted line | Sub heading"
            << QStringList{"deal\u2019s=deal&rsquo;s", "&=&amp;"};
        QTest::newRow("markdown non-ASCII and CR LF")
            << Format::Markdown
            << "## Встреча в Берлине\r\n\r\nLa ministra *española* habló con "
               "[Ankara](http://a.example/ankara)\r\nsobre el acuerdo.\r\n"
            << "Встреча в Берлине | La ministra española habló con Ankara sobre el acuerdo."
            << QStringList{};
    }

    void wordsSliceTheSource() {
        QFETCH(Format, format);
        QFETCH(QString, source);
        QFETCH(QString, rendered);
        QFETCH(QStringList, sourceForms);
        const Document document = DocumentReader().readText(test::u32(source), "t", format);
        QStringList blocks;
        for (const Block& block : document.blocks)
            blocks << test::spanText(document, block.span);
        QCOMPARE(blocks.join(" | "), rendered);

        QCOMPARE(document.sourceText, test::u32(source));
        QCOMPARE(document.sourceOffsets.size(), document.text.size());
        QHash<QString, QString> forms;
        for (const QString& pair : sourceForms)
            forms.insert(pair.section('=', 0, 0), pair.section('=', 1));
        int checked = 0;
        for (const TextSpan word : wordsOf(document.text)) {
            const QString renderedWord = test::spanText(document, word);
            const QString expected = forms.value(renderedWord, renderedWord);
            const TextSpan span = document.toSource(word);
            const QString slice = test::qs(std::u32string_view(document.sourceText)
                                               .substr(static_cast<std::size_t>(span.start),
                                                       static_cast<std::size_t>(span.length())));
            QCOMPARE(slice, expected);
            QCOMPARE(test::qs(document.sourceSlice(word)), expected);
            ++checked;
        }
        QVERIFY(checked >= 6);
        // Within a block the mapping goes forward.
        for (const Block& block : document.blocks)
            for (auto i = block.span.start + 1; i < block.span.end; ++i)
                QVERIFY(document.sourceOffsets[static_cast<std::size_t>(i)] >
                        document.sourceOffsets[static_cast<std::size_t>(i - 1)]);
    }

    void plainTextIsItsOwnSource() {
        const Document document =
            DocumentReader().readText(U"Rome &amp; Madrid signed.", "t", Format::PlainText);
        QVERIFY(document.sourceText.empty());
        QVERIFY(document.sourceOffsets.empty());
        const TextSpan span{5, 10};
        QCOMPARE(document.toSource(span), span);
        QCOMPARE(test::qs(document.sourceSlice(span)), QString("&amp;"));
    }

    void fileOffsetsCountCodePointsAfterTheByteOrderMark_data() {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("word");
        QTest::newRow("utf-8 html with bom")
            << "page.html"
            << QByteArray("\xEF\xBB\xBF<p>\xC3\xA9t\xC3\xA9 &eacute; <b>Caracas</b></p>")
            << "Caracas";
        QTest::newRow("windows-1252 markdown")
            << "note.md" << QByteArray("# Caf\xE9 r\xE9sum\xE9 na\xEFve\n\nAccord \xE0 *Tunis*.\n")
            << "Tunis";
    }

    void fileOffsetsCountCodePointsAfterTheByteOrderMark() {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, word);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        std::string error;
        const auto document = DocumentReader().readFile(path.toStdString(), error);
        QVERIFY2(document, error.c_str());
        const auto at = document->text.find(test::u32(word));
        QVERIFY(at != std::u32string::npos);
        const TextSpan span{static_cast<std::int32_t>(at),
                            static_cast<std::int32_t>(at + static_cast<std::size_t>(word.size()))};
        const TextSpan source = document->toSource(span);
        // The file's text as a reader of the file decodes it (without the byte order mark).
        const std::u32string fileText = document->sourceText;
        QVERIFY(fileText.front() != 0xFEFF);
        QCOMPARE(
            test::qs(std::u32string_view(fileText).substr(
                static_cast<std::size_t>(source.start), static_cast<std::size_t>(source.length()))),
            word);
    }

    void referenceLengths_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("length");
        QTest::addColumn<uint>("decoded");
        QTest::newRow("named") << "&amp; x" << 5 << uint('&');
        QTest::newRow("unknown named") << "&rsquo;s" << 7 << 0u;
        QTest::newRow("decimal") << "&#39;" << 5 << uint('\'');
        QTest::newRow("hex") << "&#x2014;" << 8 << 0x2014u;
        QTest::newRow("no semicolon") << "&amp x" << 0 << 0u;
        QTest::newRow("bare ampersand") << "& x" << 0 << 0u;
    }

    void referenceLengths() {
        QFETCH(QString, text);
        QFETCH(int, length);
        QFETCH(uint, decoded);
        char32_t value = 0;
        const std::u32string source = test::u32(text);
        QCOMPARE(static_cast<int>(SourceAligner::referenceLength(source, 0, value)), length);
        QCOMPARE(static_cast<uint>(value), decoded);
    }

    void greedyAlignmentSkipsMarkup() {
        const std::u32string source = U"**Bold** and [link](http://x.example/y) end";
        const std::u32string rendered = U"Bold and link end";
        std::vector<std::int32_t> offsets(rendered.size(), -1);
        SourceAligner::alignGreedy(rendered, {0, static_cast<std::int32_t>(rendered.size())},
                                   source, {0, static_cast<std::int32_t>(source.size())}, offsets);
        QCOMPARE(offsets[0], 2);                                               // 'B'
        QCOMPARE(offsets[9], static_cast<std::int32_t>(source.find(U"link"))); // 'l'
        QCOMPARE(offsets.back(), static_cast<std::int32_t>(source.size() - 1));
    }
};

QTEST_GUILESS_MAIN(TestSourceOffsets)
#include "TestSourceOffsets.moc"
