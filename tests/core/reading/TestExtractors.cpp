#include "core/reading/HtmlDepthLimiter.h"
#include "core/reading/HtmlExtractor.h"
#include "core/reading/MarkdownExtractor.h"
#include "core/reading/PlainTextExtractor.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

namespace {

/// Blocks as "text" or "text{hint}" or "text[h1]" / "text[li]" / "text(links 4)".
QStringList describe(const ExtractedText& extracted) {
    QStringList out;
    for (const RawBlock& block : extracted.blocks) {
        QString item = test::qs(std::u32string_view(extracted.text)
                                    .substr(static_cast<std::size_t>(block.span.start),
                                            static_cast<std::size_t>(block.span.length())));
        if (block.headingLevel)
            item += QStringLiteral("[h%1]").arg(block.headingLevel);
        if (block.listItem)
            item += "[li]";
        if (block.linkChars)
            item += QStringLiteral("(links %1)").arg(block.linkChars);
        if (!block.markupHint.empty())
            item += "{" + QString::fromStdString(block.markupHint) + "}";
        out << item;
    }
    return out;
}

} // namespace

class TestExtractors : public QObject {
    Q_OBJECT

private slots:
    void html_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("paragraphs and white space")
            << "<p>One  two\n three</p><p> Four </p>" << QStringList{"One two three", "Four"};
        QTest::newRow("entities") << "<p>Salt &amp; pepper &eacute;t&eacute;</p>"
                                  << QStringList{"Salt & pepper été"};
        QTest::newRow("scripts, styles, templates, hidden")
            << "<script>var x;</script><style>p{}</style><template><p>T</p></template>"
               "<p hidden>H</p><p aria-hidden=\"true\">A</p><p style=\"visibility: hidden\">V</p>"
               "<input type=hidden value=I><p>Shown</p>"
            << QStringList{"Shown"};
        QTest::newRow("headings and list items")
            << "<h2>Sub</h2><ul><li>First</li><li>Second</li></ul>"
            << QStringList{"Sub[h2]", "First[li]", "Second[li]"};
        QTest::newRow("link characters")
            << "<p>Read <a href=/a>this</a> now</p>" << QStringList{"Read this now(links 4)"};
        QTest::newRow("markup hints")
            << "<nav>Menu</nav><div class=\"comments-area\"><p>Nice</p></div><div id=\"related\">"
               "<p>Other</p></div><footer>Contact</footer>"
            << QStringList{"Menu{navigation}", "Nice{comment box}", "Other{related-links list}",
                           "Contact{page footer}"};
        QTest::newRow("br splits blocks")
            << "<p>Line one<br>Line two</p>" << QStringList{"Line one", "Line two"};
        QTest::newRow("inline elements join") << "<p>A <b>bold</b> and <i>italic</i> word</p>"
                                              << QStringList{"A bold and italic word"};
    }

    void html() {
        QFETCH(QString, html);
        QFETCH(QStringList, blocks);
        const ExtractedText extracted =
            HtmlExtractor().extract(("<html><body>" + html + "</body></html>").toStdString());
        QCOMPARE(describe(extracted), blocks);
    }

    void htmlMeta() {
        const std::string html =
            "<html lang=\"es-AR\"><head><title>T</title><meta name=\"description\" content=\"D\">"
            "<meta property=\"og:url\" content=\"https://x.example/a\"><link rel=\"canonical\" "
            "href=\"https://x.example/c\"></head><body><time datetime=\"2020-01-02\">2 ene</time>"
            "</body></html>";
        const ExtractedText extracted = HtmlExtractor().extract(html);
        QCOMPARE(QString::fromStdString(extracted.metaValue("title")), QString("T"));
        QCOMPARE(QString::fromStdString(extracted.metaValue("description")), QString("D"));
        QCOMPARE(QString::fromStdString(extracted.metaValue("og:url")),
                 QString("https://x.example/a"));
        QCOMPARE(QString::fromStdString(extracted.metaValue("canonical")),
                 QString("https://x.example/c"));
        QCOMPARE(QString::fromStdString(extracted.metaValue("lang")), QString("es-AR"));
        QCOMPARE(QString::fromStdString(extracted.metaValue("time")), QString("2020-01-02"));
    }

    void markdown_data() {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("heading and emphasis") << "# The *title*\n\nSome **bold** text.\n"
                                              << QStringList{"The title[h1]", "Some bold text."};
        QTest::newRow("soft breaks become spaces") << "one\ntwo\n" << QStringList{"one two"};
        QTest::newRow("links and autolinks")
            << "See [the site](https://a.example) or <https://b.example>.\n"
            << QStringList{"See the site or https://b.example.(links 25)"};
        QTest::newRow("lists") << "- a\n- b\n\n1. c\n" << QStringList{"a[li]", "b[li]", "c[li]"};
        QTest::newRow("raw html is not text") << "<div>x</div>\n\nText\n" << QStringList{"Text"};
        QTest::newRow("code block") << "```\nlet x;\n```\n" << QStringList{"let x;"};
    }

    void markdown() {
        QFETCH(QString, markdown);
        QFETCH(QStringList, blocks);
        QCOMPARE(describe(MarkdownExtractor().extract(markdown.toStdString())), blocks);
    }

    void plainText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("blocks");
        QTest::newRow("lines") << "First line\n\n  Second line  \r\nThird"
                               << QStringList{"First line", "Second line", "Third"};
        QTest::newRow("markdown-looking lines")
            << "# Head\n- item\nText" << QStringList{"# Head[h1]", "- item[li]", "Text"};
        QTest::newRow("hard-wrapped paragraphs")
            << "aaa aaa\nbbb bbb\nccc ccc\n\nddd ddd\neee eee\nfff fff\n"
            << QStringList{"aaa aaa\nbbb bbb\nccc ccc", "ddd ddd\neee eee\nfff fff"};
    }

    void plainText() {
        QFETCH(QString, text);
        QFETCH(QStringList, blocks);
        QCOMPARE(describe(PlainTextExtractor().extract(test::u32(text))), blocks);
    }

    void depthLimiter_data() {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("changed");
        QTest::newRow("shallow") << 10 << false;
        QTest::newRow("at the limit") << 512 << false;
        QTest::newRow("too deep") << 2000 << true;
    }

    void depthLimiter() {
        QFETCH(int, depth);
        QFETCH(bool, changed);
        std::string html = "<script>if (a < b) { x = '<div>'; }</script>";
        for (int i = 0; i < depth; ++i)
            html += "<div><br>";
        html += "Deep text";
        for (int i = 0; i < depth; ++i)
            html += "</div>";
        std::size_t dropped = 0;
        const auto limited = HtmlDepthLimiter().limit(html, dropped);
        QCOMPARE(limited.has_value(), changed);
        if (changed) {
            QCOMPARE(dropped, std::size_t(depth - 512));
            QVERIFY(limited->find("Deep text") != std::string::npos);
            const auto opened = std::count(limited->begin(), limited->end(), '<');
            // script tags and the two '<' inside it, the kept divs, every (void) br
            QCOMPARE(opened, static_cast<long>(4 + 512 * 2 + depth));
        }
    }
};

QTEST_GUILESS_MAIN(TestExtractors)
#include "TestExtractors.moc"
