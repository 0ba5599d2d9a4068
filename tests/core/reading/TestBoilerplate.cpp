// Furniture versus body, on snippets written for the test: each row is a small page whose lines
// are marked "B|" (body), "T|" (title) or "F|" (furniture); the marks are stripped before reading.
#include "core/reading/DocumentReader.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

namespace {

const char* const para1 =
    "The foreign ministers of the two countries met in the capital to discuss trade, energy and "
    "the reopening of their border crossings, which have been closed for two years.";
const char* const para2 =
    "Both delegations said the talks were constructive and agreed to meet again before the end of "
    "the year to sign a framework agreement on cross-border transport.";
const char* const para3 =
    "Officials from the regional development bank attended the meeting as observers and offered "
    "to finance part of the new road and rail connections.";

} // namespace

class TestBoilerplate : public QObject {
    Q_OBJECT

private slots:
    void roles_data() {
        QTest::addColumn<QString>("page");
        const QString body = QStringLiteral("B|%1\nB|%2\nB|%3\n").arg(para1, para2, para3);
        QTest::newRow("english related list")
            << "T|Ministers discuss border crossings\n" + body +
                   "F|Related Articles\nF|- Storm closes airport for a day\nF|- Football team wins "
                   "the regional cup\n";
        QTest::newRow("inline related lines")
            << QStringLiteral("B|%1\nF|RELATED Parliament approves the annual budget\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("spanish most read")
            << body + "F|Más Vistas\nF|- Gana el equipo local la final de béisbol\nF|- Inauguran "
                      "feria del libro en la capital\n";
        QTest::newRow("spanish read also, mid-article")
            << QStringLiteral("B|%1\nF|Mirá también: El peso cae frente al dólar\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("russian read also")
            << QStringLiteral("B|%1\nF|Читайте также: Курс рубля снова вырос\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("german and french headings")
            << body + "F|Lesen Sie auch\nF|Neue Brücke über den Fluss eröffnet\n";
        QTest::newRow("french comments")
            << body + "F|Commentaires\nF|Laisser un commentaire\nF|Votre adresse ne sera pas "
                      "publiée.\n";
        QTest::newRow("comment box and follow us")
            << body + "F|Comments\nF|Leave a Reply\nF|Follow Us\n";
        QTest::newRow("photo credits and captions")
            << QStringLiteral(
                   "F|Photo: Ministry of Foreign Affairs\nB|%1\nF|The two ministers shake "
                   "hands (Credit: Jane Roe/Agency)\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("headline list with minutes ago")
            << body +
                   "F|Recent Posts\nF|Storm closes airport for a day\nF|Heavy rain caused delays "
                   "across the region and the airport…\nF|12 mins ago\nF|Team wins the cup\nF|45 "
                   "mins ago\n";
        QTest::newRow("repeated headline and byline")
            << "T|Ministers discuss border crossings\nF|By John Smith\nF|Ministers discuss border "
               "crossings\n" +
                   body;
        QTest::newRow("navigation and tags")
            << "F|Categories: World\n" + body + "F|Tags: trade, borders, transport\n";
        QTest::newRow("short sentence between paragraphs is body")
            << QStringLiteral("B|%1\nB|He declined to comment.\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("headline after a colon is furniture")
            << QStringLiteral("B|%1 as follows:\nF|Neighbour accuses rival of violating "
                              "airspace\nB|%2\nB|%3\n")
                   .arg(para1, para2, para3);
        QTest::newRow("date line before the headline is not the title")
            << "F|Published: June 16, 2021\nT|Ministers discuss border crossings\n" + body;
        QTest::newRow("date line and time before the headline")
            << "F|Sat 24 Apr 2021 16:40 WIB\nT|Ministers discuss border crossings\n" + body;
        QTest::newRow("another story after the end")
            << body + "F|Latest Headlines\nB2|" +
                   QString(para1).replace("two countries", "three nations") + "\n";
    }

    void roles() {
        QFETCH(QString, page);
        QStringList lines = page.split('\n', Qt::SkipEmptyParts);
        QStringList marks;
        QStringList texts;
        for (const QString& line : lines) {
            const auto bar = line.indexOf('|');
            marks << line.left(bar);
            texts << line.mid(bar + 1);
        }
        const Document document =
            DocumentReader().readText(test::u32(texts.join('\n')), "page", Format::PlainText);
        QCOMPARE(document.blocks.size(), std::size_t(texts.size()));
        for (int i = 0; i < texts.size(); ++i) {
            const Block& block = document.blocks[static_cast<std::size_t>(i)];
            const QString expected = marks[i] == "B2" ? "F" : marks[i];
            const QString actual = block.role == BlockRole::Body    ? "B"
                                   : block.role == BlockRole::Title ? "T"
                                                                    : "F";
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("line %1 (%2) is %3 [%4]")
                                    .arg(i + 1)
                                    .arg(texts[i].left(40), actual,
                                         QString::fromStdString(block.reason))));
            if (block.role == BlockRole::Boilerplate)
                QVERIFY(!block.reason.empty());
        }
    }

    void htmlMarkup_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("reason"); ///< of the block holding "Other story"
        const QString article = QStringLiteral("<p>%1</p><p>%2</p>").arg(para1, para2);
        QTest::newRow("nav") << "<nav><a href='/a'>Other story</a></nav>" + article << "navigation";
        QTest::newRow("aside") << article + "<aside><p>Other story</p></aside>"
                               << "sidebar";
        QTest::newRow("related class")
            << article + "<div class='post-related'><p>Other story is "
                         "a long sentence that looks like body text.</p></div>"
            << "related-links list";
        QTest::newRow("comments id")
            << article + "<section id='comments'><p>Other story</p></section>"
            << "comment box";
        QTest::newRow("figcaption") << "<figure><img src=x.jpg><figcaption>Other story</figcaption>"
                                       "</figure>" +
                                           article
                                    << "photo caption";
        QTest::newRow("a hint on the article's own container is not trusted")
            << "<div class='post has-share-bar'>" + article +
                   "</div><aside><p>Other story</p></aside>"
            << "sidebar";
        QTest::newRow("link list") << article + "<ul><li><a href=/1>Other story about the storm "
                                                "damage</a></li><li><a href=/2>Rain</a></li></ul>"
                                   << "link list";
    }

    void htmlMarkup() {
        QFETCH(QString, html);
        QFETCH(QString, reason);
        const Document document = DocumentReader().readText(
            test::u32("<html><body>" + html + "</body></html>"), "page", Format::Html);
        bool found = false;
        for (const Block& block : document.blocks) {
            const QString text = test::spanText(document, block.span);
            if (text.startsWith("Other story")) {
                found = true;
                QCOMPARE(block.role, BlockRole::Boilerplate);
                QCOMPARE(QString::fromStdString(block.reason), reason);
            } else if (text.startsWith("The foreign") || text.startsWith("Both")) {
                QCOMPARE(block.role, BlockRole::Body);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestBoilerplate)
#include "TestBoilerplate.moc"
