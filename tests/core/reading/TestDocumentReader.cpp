#include "core/reading/DocumentReader.h"

#include "ReadingTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad;

namespace {

const QByteArray article = QByteArrayLiteral(
    "Ministers agree on new rail link\n"
    "\n"
    "Lisbon, March 4 (EFE) -- The transport ministers of two neighbouring countries agreed on "
    "Tuesday to build a rail link between their capitals before the end of the decade.\n"
    "\n"
    "The project will be financed by both governments and a regional development bank.\n");

bool write(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDocumentReader : public QObject {
    Q_OBJECT

private slots:
    void badFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("binary content")
            << "image.txt" << QByteArray("GIF89a\0\0\x01\x02", 10) << "binary content";
        QTest::newRow("0-byte file") << "nothing.txt" << QByteArray() << "empty file";
        QTest::newRow("only white space") << "blank.md" << QByteArray(" \n\n\t \n") << "no text";
        QTest::newRow("HTML without text")
            << "empty.html" << QByteArray("<html><head><script>var a = 1;</script></head></html>")
            << "no text";
    }

    void badFiles() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        std::string message;
        QVERIFY(!DocumentReader().readFile(path.toStdString(), message));
        QVERIFY2(QString::fromStdString(message).contains(error), message.c_str());
    }

    void tooLargeIsRefusedWithoutReading() {
        QTemporaryDir dir;
        const QString path = dir.filePath("huge.txt");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: nothing is written
        file.close();
        std::string message;
        QVERIFY(!DocumentReader().readFile(path.toStdString(), message));
        QVERIFY2(QString::fromStdString(message).contains("too large (200 MB"), message.c_str());
        QVERIFY(QString::fromStdString(message).contains("32 MB"));
    }

    void invalidUtf8BecomesReplacementAndWarning() {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.txt");
        QVERIFY(write(path, QByteArray("Die Regierung in Berlin kündigte an, dass sie \xFF\xFE"
                                       " die Gespräche fortsetzt.")));
        std::string message;
        const auto document = DocumentReader().readFile(path.toStdString(), message);
        QVERIFY2(document, message.c_str());
        QVERIFY(document->text.find(U'\uFFFD') != std::u32string::npos);
        const bool warned =
            std::any_of(document->warnings.begin(), document->warnings.end(),
                        [](const std::string& w) { return w.find("U+FFFD") != std::string::npos; });
        QVERIFY(warned);
    }

    void deeplyNestedHtml() {
        QTemporaryDir dir;
        const QString path = dir.filePath("deep.html");
        QByteArray html = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            html += "<div>";
        html += "The committee met again on Monday and approved the budget.";
        for (int i = 0; i < 100000; ++i)
            html += "</div>";
        html += "</body></html>";
        QVERIFY(write(path, html));
        std::string message;
        const auto document = DocumentReader().readFile(path.toStdString(), message);
        QVERIFY2(document, message.c_str());
        QCOMPARE(test::qs(document->text),
                 QStringLiteral("The committee met again on Monday and approved the budget."));
        const bool warned = std::any_of(
            document->warnings.begin(), document->warnings.end(),
            [](const std::string& w) { return w.find("nested deeper") != std::string::npos; });
        QVERIFY(warned);
    }

    void unreadableFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath("secret.txt");
        QVERIFY(write(path, article));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with privileges that ignore file permissions");
        std::string message;
        QVERIFY(!DocumentReader().readFile(path.toStdString(), message));
        QVERIFY2(QString::fromStdString(message).contains("ermission denied"), message.c_str());
    }

    void danglingLink() {
        QTemporaryDir dir;
        const QString path = dir.filePath("gone.txt");
        QVERIFY(QFile::link(dir.filePath("missing-target.txt"), path));
        const ReadResult result = DocumentReader().readPaths({path.toStdString()});
        QCOMPARE(result.failures.size(), std::size_t(1));
        QVERIFY2(QString::fromStdString(result.failures[0].error).contains("cannot read"),
                 result.failures[0].error.c_str());
    }

    void foldersAreReadRecursivelyInOrderAndLoopsReported() {
        QTemporaryDir dir;
        QDir root(dir.path());
        QVERIFY(root.mkpath("b/inner"));
        QVERIFY(root.mkpath("a"));
        QVERIFY(write(root.filePath("b/inner/second.md"), article));
        QVERIFY(write(root.filePath("a/first.txt"), article));
        QVERIFY(write(root.filePath("a/picture.png"), QByteArray("\x89PNG\0\0", 6)));
        QVERIFY(write(root.filePath("b/zero.html"), QByteArray()));
        QVERIFY(write(root.filePath("c.htm"), "<p>" + article + "</p>"));
        QVERIFY(QFile::link(root.path(), root.filePath("b/inner/back")));

        const ReadResult result = DocumentReader().readPaths({root.path().toStdString()});
        QStringList ids;
        for (const auto& document : result.documents)
            ids << QString::fromStdString(document.id);
        QCOMPARE(ids, QStringList({"first", "second", "c"}));
        QCOMPARE(result.failures.size(), std::size_t(2));
        QStringList failures;
        for (const auto& failure : result.failures)
            failures << QString::fromStdString(failure.path + ": " + failure.error);
        QVERIFY2(failures.filter("zero.html: empty file").size() == 1,
                 qPrintable(failures.join('\n')));
        QVERIFY2(failures.filter(QRegularExpression("back: folder loop")).size() == 1,
                 qPrintable(failures.join('\n')));
    }

    void missingPathIsAFailure() {
        const ReadResult result = DocumentReader().readPaths({"/nonexistent/dyad/file.txt"});
        QCOMPARE(result.documents.size(), std::size_t(0));
        QCOMPARE(result.failures.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(result.failures[0].path),
                 QString("/nonexistent/dyad/file.txt"));
    }

    void oddInputDoesNotCrash_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QByteArray random;
        quint32 state = 12345;
        for (int i = 0; i < 200000; ++i) {
            state = state * 1664525u + 1013904223u;
            random.append(static_cast<char>(1 + (state >> 24) % 255));
        }
        QTest::newRow("random bytes as text") << "r.txt" << random;
        QTest::newRow("random bytes as html") << "r.html" << random;
        QTest::newRow("random bytes as markdown") << "r.md" << random;
        QTest::newRow("unbalanced html")
            << "u.html"
            << QByteArray("<p><b><i>Text<table><td>cell</p></b><li><<<>>>&amp;&#xFFFFFF;");
        QTest::newRow("deep markdown quotes")
            << "q.md" << QByteArray(20000, '>') + " quoted text\n";
        QTest::newRow("many furniture headings")
            << "f.txt" << QByteArray("Related\nComments\n").repeated(50000);
        QTest::newRow("one huge line")
            << "l.txt" << QByteArray("The talks went on, 3 May 2001. ").repeated(60000);
    }

    void oddInputDoesNotCrash() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(name), bytes));
        std::string message;
        const auto document = DocumentReader().readFile(dir.filePath(name).toStdString(), message);
        QVERIFY2(document || !message.empty(), "a failure always says why");
        if (document)
            for (const Sentence& sentence : document->sentences)
                QVERIFY(sentence.span.end <= static_cast<std::int32_t>(document->text.size()));
    }

    void formats_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("firstBody");
        QTest::newRow("plain text")
            << "a.txt" << article << "Lisbon, March 4 (EFE) -- The transport ministers";
        QTest::newRow("markdown") << "b.md"
                                  << QByteArray(
                                         "# Ministers agree\n\nThe *transport* ministers of two "
                                         "countries [agreed](https://example.org/x) on Tuesday "
                                         "to build a rail link before the end of the decade.\n")
                                  << "The transport ministers of two countries agreed on Tuesday";
        QTest::newRow("html") << "c.html"
                              << QByteArray(
                                     "<html><head><title>Rail</title><style>p{}</style></head>"
                                     "<body><nav><a href=/>Home</a></nav><p>The transport "
                                     "ministers of two countries agreed &amp; signed on "
                                     "Tuesday a plan for a rail link.</p></body></html>")
                              << "The transport ministers of two countries agreed & signed";
    }

    void formats() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, firstBody);
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(name), bytes));
        std::string message;
        const auto document = DocumentReader().readFile(dir.filePath(name).toStdString(), message);
        QVERIFY2(document, message.c_str());
        QCOMPARE(QString::fromStdString(document->id), QFileInfo(name).completeBaseName());
        const auto body = std::find_if(document->blocks.begin(), document->blocks.end(),
                                       [](const Block& b) { return b.role == BlockRole::Body; });
        QVERIFY(body != document->blocks.end());
        QVERIFY2(test::spanText(*document, body->span).startsWith(firstBody),
                 qPrintable(test::spanText(*document, body->span)));
    }
};

QTEST_GUILESS_MAIN(TestDocumentReader)
#include "TestDocumentReader.moc"
