#include "core/io/ExtractCsvWriter.h"
#include "core/io/ExtractJsonWriter.h"
#include "core/reading/DocumentReader.h"
#include "core/util/Utf.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <sstream>

using namespace dyad;

namespace {

ExtractionResult sample() {
    ExtractionResult result;
    DocumentExtraction d;
    d.document.id = "note";
    d.document.path = "/tmp/note.txt";
    d.document.text = fromUtf8("Президент Чили встретился с послом. Second sentence.");
    d.document.language = "ru";
    d.document.published = FuzzyDate::ofDay(2020, 3, 4);
    d.document.title = std::string("Встреча");
    d.entities.push_back({{10, 14}, EntityKind::Country, "CHL"});
    d.entities.push_back({{15, 25}, EntityKind::Trigger, ""}); // not in the JSON
    result.documents.push_back(d);

    Event e;
    e.source = "CHL";
    e.target = "PER";
    e.code = "042";
    e.root = "04";
    e.quadClass = 1;
    e.goldstein = 1.9f;
    e.date = FuzzyDate::ofMonth(2020, 3);
    e.documents = {"note"};
    Evidence evidence;
    evidence.document = "note";
    evidence.sentence = {0, 35};
    evidence.triggerText = "встретился";
    e.evidence = {evidence};
    result.events.push_back(e);
    result.failures.push_back({"/tmp/bad.txt", "not a text file (binary content)"});
    return result;
}

} // namespace

class TestExtractJsonWriter : public QObject {
    Q_OBJECT

private slots:
    void followsTheContract();
    void csvHasOneRowPerEvent();
    void renderedDocumentsGiveFileOffsets_data();
    void renderedDocumentsGiveFileOffsets();
};

void TestExtractJsonWriter::renderedDocumentsGiveFileOffsets_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("entity");       ///< as rendered
    QTest::addColumn<QString>("entitySource"); ///< as written in the file
    QTest::newRow("html") << int(Format::Html)
                          << "<html><head><style>b{}</style></head><body><h1>Visit</h1>"
                             "<p>The   president of <b>C\u00f4te d&rsquo;Ivoire</b> met &amp; "
                             "thanked the <i>Ghanaian</i> envoy.</p></body></html>"
                          << "C\u00f4te d\u2019Ivoire"
                          << "C\u00f4te d&rsquo;Ivoire";
    QTest::newRow("markdown") << int(Format::Markdown)
                              << "# Visit\n\nThe president of **C\u00f4te d'Ivoire** met "
                                 "the [Ghanaian](https://example.org) envoy.\n"
                              << "Ghanaian"
                              << "Ghanaian";
}

void TestExtractJsonWriter::renderedDocumentsGiveFileOffsets() {
    QFETCH(int, format);
    QFETCH(QString, source);
    QFETCH(QString, entity);
    QFETCH(QString, entitySource);
    const auto ucs4 = source.toUcs4();
    const std::u32string sourceText(ucs4.begin(), ucs4.end());
    const auto entityUcs4 = entity.toUcs4();
    const std::u32string rendered(entityUcs4.begin(), entityUcs4.end());

    ExtractionResult result;
    DocumentExtraction d;
    d.document = DocumentReader().readText(sourceText, "page", static_cast<Format>(format));
    const auto at = d.document.text.find(rendered);
    QVERIFY(at != std::u32string::npos);
    const TextSpan span{static_cast<std::int32_t>(at),
                        static_cast<std::int32_t>(at + rendered.size())};
    d.entities.push_back({span, EntityKind::Country, "CIV"});
    QVERIFY(d.document.sentences.size() >= 2);
    const TextSpan sentence = d.document.sentences.back().span;
    result.documents.push_back(d);
    Event e;
    e.source = "CIV";
    e.target = "GHA";
    e.code = "042";
    e.root = "04";
    e.documents = {"page"};
    Evidence evidence;
    evidence.document = "page";
    evidence.sentence = sentence;
    evidence.triggerText = "met";
    e.evidence = {evidence};
    result.events.push_back(e);

    std::ostringstream out;
    ExtractJsonWriter::write(result, out);
    const auto json = nlohmann::json::parse(out.str());
    auto sourceSlice = [&](int start, int end) {
        return toUtf8(
            std::u32string_view(sourceText).substr(std::size_t(start), std::size_t(end - start)));
    };
    const auto& item = json["documents"][0]["entities"][0];
    const int start = item["start"], end = item["end"];
    QCOMPARE(item["text"].get<std::string>(), entitySource.toStdString());
    QCOMPARE(sourceSlice(start, end), entitySource.toStdString());

    const auto& proof = json["events"][0]["evidence"][0];
    const std::string proofSlice = sourceSlice(proof["start"], proof["end"]);
    QVERIFY2(proofSlice.starts_with("The") && proofSlice.ends_with("envoy."), proofSlice.c_str());
    QCOMPARE(proof["sentence"].get<std::string>(), sliceUtf8(d.document.text, sentence));
    QVERIFY(proof["sentence"].get<std::string>() != proofSlice); // rendered, not the markup

    std::ostringstream csv;
    ExtractCsvWriter::write(result, csv);
    const QString row = QString::fromStdString(csv.str()).split("\r\n")[1];
    QVERIFY2(row.contains(QStringLiteral(",page,%1,%2,met,")
                              .arg(proof["start"].get<int>())
                              .arg(proof["end"].get<int>())),
             qPrintable(row));
}

void TestExtractJsonWriter::followsTheContract() {
    const ExtractionResult result = sample();
    std::ostringstream out;
    ExtractJsonWriter::write(result, out);
    const auto json = nlohmann::json::parse(out.str());

    QCOMPARE(json["format"].get<std::string>(), std::string("dyad-extract/1"));
    const auto& doc = json["documents"][0];
    QCOMPARE(doc["id"].get<std::string>(), std::string("note"));
    QVERIFY(doc["url"].is_null());
    QVERIFY(doc["outlet"].is_null());
    QCOMPARE(doc["published"].get<std::string>(), std::string("2020-03-04"));
    QCOMPARE(doc["entities"].size(), std::size_t(1));
    const auto& entity = doc["entities"][0];
    QCOMPARE(entity["kind"].get<std::string>(), std::string("country"));
    // text[start:end] is the entity's text, in code points
    const std::u32string text = result.documents[0].document.text;
    const int start = entity["start"], end = entity["end"];
    QCOMPARE(entity["text"].get<std::string>(),
             toUtf8(text.substr(std::size_t(start), std::size_t(end - start))));
    QCOMPARE(entity["text"].get<std::string>(), std::string("Чили"));

    const auto& event = json["events"][0];
    QCOMPARE(event["id"].get<std::string>(), std::string("e1"));
    QCOMPARE(event["date"].get<std::string>(), std::string("2020-03"));
    QCOMPARE(event["date_precision"].get<std::string>(), std::string("month"));
    QCOMPARE(event["goldstein"].get<double>(), 1.9);
    QCOMPARE(event["quad_class"].get<int>(), 1);
    QCOMPARE(event["evidence"][0]["trigger"].get<std::string>(), std::string("встретился"));
    QCOMPARE(event["evidence"][0]["sentence"].get<std::string>(),
             std::string("Президент Чили встретился с послом."));
    QCOMPARE(json["failed"][0]["error"].get<std::string>(),
             std::string("not a text file (binary content)"));
}

void TestExtractJsonWriter::csvHasOneRowPerEvent() {
    std::ostringstream out;
    ExtractCsvWriter::write(sample(), out);
    const QString csv = QString::fromStdString(out.str());
    const QStringList lines = csv.split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith("id,date,date_precision,source,target,code"));
    QVERIFY(lines[1].startsWith("e1,2020-03,month,CHL,PER,042,04,1,1.9,1,note,note,0,35,"));
}

QTEST_GUILESS_MAIN(TestExtractJsonWriter)
#include "TestExtractJsonWriter.moc"
