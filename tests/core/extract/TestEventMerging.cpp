// Merging end to end: the same source, target, root and date told twice in one article or in
// two articles is one event with all its evidence and sources; different dates and undated
// reports in different articles stay apart.
#include "RuleTestSupport.h"

#include "core/extract/Extractor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace dyad;
using namespace dyad::test;

class TestEventMerging : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void dedupWithinDocument();
    void dedupRetoldNews();
    void differentDatesStayApart();
    void dedupAcrossDocuments();
    void undatedReportsStayApartAcrossDocuments();
    void pathsGiveOneResultOnAnyThreadCount();

private:
    const ExtractionResources* m_resources = nullptr;
};

void TestEventMerging::initTestCase() {
    m_resources = loadRuleResources();
    QVERIFY2(m_resources, "DYAD_SOURCE_DIR is not set");
}

void TestEventMerging::dedupWithinDocument() {
    // The same signing told twice in one article: one event, two pieces of evidence.
    const QString text = articleText(
        "en", "2023-05-15",
        {QStringLiteral("Chile and Argentina signed an energy agreement on Friday in Santiago."),
         QStringLiteral("Officials said the agreement covers gas pipelines and power lines."),
         QStringLiteral("Analysts expect more trade in the coming years."),
         QStringLiteral("The agreement Chile and Argentina signed on Friday replaces one from "
                        "1995.")});
    Document document = readArticle(text, "one");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12", message), qPrintable(message));
    for (const Event& event : out.events) {
        QCOMPARE(event.evidence.size(), std::size_t(2));
        QCOMPARE(event.documents, std::vector<std::string>{"one"});
        QVERIFY(event.evidence[0].sentence.start < event.evidence[1].sentence.start);
    }
}

void TestEventMerging::dedupRetoldNews() {
    // Told again later without its date, the same signing is still one event of that day.
    const QString text =
        articleText("en", "2023-05-15",
                    {QStringLiteral("Chile and Argentina signed an energy agreement on Friday."),
                     neutralLead("en"),
                     QStringLiteral("Chile and Argentina signed the agreement in Santiago.")});
    Document document = readArticle(text, "retold");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12", message), qPrintable(message));
    for (const Event& event : out.events)
        QCOMPARE(event.evidence.size(), std::size_t(2));
}

void TestEventMerging::differentDatesStayApart() {
    // The same pair and root on two dates are two events.
    const QString text =
        articleText("en", "2023-05-15",
                    {QStringLiteral("Chile and Argentina signed an energy agreement on Friday."),
                     QStringLiteral("In 2019, Chile and Argentina signed a mining agreement.")});
    Document document = readArticle(text, "apart");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12;CHL<>ARG:057@2019", message),
             qPrintable(message));
    for (const Event& event : out.events)
        QCOMPARE(event.evidence.size(), std::size_t(1));
}

void TestEventMerging::dedupAcrossDocuments() {
    // Two outlets report the same visit on the same day: one event with two sources.
    std::vector<Document> documents;
    documents.push_back(readArticle(
        articleText("en", "2023-05-15",
                    {QStringLiteral("The Mongolian president visited Beijing on Saturday.")}),
        "first"));
    documents.push_back(readArticle(
        articleText("es", "2023-05-15",
                    {QStringLiteral("El presidente de Mongolia visitó Pekín el sábado.")}),
        "second"));
    for (const Document& document : documents)
        QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    const ExtractionResult result =
        Extractor(*m_resources, 1).extractDocuments(std::move(documents));
    QString message;
    QVERIFY2(sameEvents(result.events, "MNG>CHN:042@2023-05-13", message), qPrintable(message));
    const Event& event = result.events.front();
    QCOMPARE(event.documents, (std::vector<std::string>{"first", "second"}));
    QCOMPARE(event.evidence.size(), std::size_t(2));
    QCOMPARE(event.evidence[0].document, std::string("first"));
    QCOMPARE(event.evidence[1].document, std::string("second"));
}

void TestEventMerging::undatedReportsStayApartAcrossDocuments() {
    // Undated reports in different articles may be different events: they are not merged.
    std::vector<Document> documents;
    for (const char* id : {"first", "second"})
        documents.push_back(
            readArticle(articleText("en", QString(),
                                    {neutralLead("en"),
                                     QStringLiteral("The Mongolian president visited Beijing.")}),
                        id));
    for (const Document& document : documents)
        QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    const ExtractionResult result =
        Extractor(*m_resources, 1).extractDocuments(std::move(documents));
    QString message;
    QVERIFY2(sameEvents(result.events, "MNG>CHN:042@-;MNG>CHN:042@-", message),
             qPrintable(message));
}

void TestEventMerging::pathsGiveOneResultOnAnyThreadCount() {
    // Files are read and extracted on every worker; documents, events and failures still come
    // out in walk order, the same on one thread as on three.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    const QStringList sentences{
        QStringLiteral("Chile and Argentina signed an energy agreement on Friday."),
        QStringLiteral("Kenya's foreign minister met his Tanzanian counterpart on Friday."),
        QStringLiteral("Norway expelled three Russian diplomats on Friday."),
        QStringLiteral("The Mongolian president visited Beijing on Saturday."),
        QStringLiteral("Brazil condemned Paraguay over the closure of the border on Friday.")};
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub")));
    for (int i = 0; i < sentences.size(); ++i)
        write(QStringLiteral("%1a%2.txt").arg(i % 2 ? QStringLiteral("sub/") : QString()).arg(i),
              articleText("en", "2023-05-15", {sentences[i]}).toUtf8());
    write(QStringLiteral("b-empty.txt"), QByteArray());
    static const char binary[] = "\x00\x01\x02 binary";
    write(QStringLiteral("sub/c-binary.txt"), QByteArray(binary, sizeof binary - 1));

    const std::vector<std::string> paths{dir.path().toStdString(),
                                         dir.filePath(QStringLiteral("missing.txt")).toStdString()};
    const ExtractionResult one = Extractor(*m_resources, 1).extractPaths(paths);
    const ExtractionResult three = Extractor(*m_resources, 3).extractPaths(paths);
    QCOMPARE(one.documents.size(), std::size_t(5));
    QCOMPARE(one.failures.size(), std::size_t(3));
    QCOMPARE(one.events.size(), std::size_t(5));
    QCOMPARE(three.documents.size(), one.documents.size());
    for (std::size_t i = 0; i < one.documents.size(); ++i)
        QCOMPARE(three.documents[i].document.id, one.documents[i].document.id);
    for (std::size_t i = 0; i < one.failures.size(); ++i) {
        QCOMPARE(three.failures[i].path, one.failures[i].path);
        QCOMPARE(three.failures[i].error, one.failures[i].error);
    }
    QVERIFY(QString::fromStdString(one.failures[0].path).endsWith("b-empty.txt"));
    QVERIFY(QString::fromStdString(one.failures[1].path).endsWith("c-binary.txt"));
    QVERIFY(QString::fromStdString(one.failures[2].path).endsWith("missing.txt"));
    QCOMPARE(three.events.size(), one.events.size());
    for (std::size_t i = 0; i < one.events.size(); ++i) {
        QCOMPARE(three.events[i].source, one.events[i].source);
        QCOMPARE(three.events[i].target, one.events[i].target);
        QCOMPARE(three.events[i].code, one.events[i].code);
        QCOMPARE(three.events[i].documents, one.events[i].documents);
    }
}

QTEST_GUILESS_MAIN(TestEventMerging)
#include "TestEventMerging.moc"
