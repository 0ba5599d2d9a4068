// Exports of the timeline, the matrix and the events: PNG size, SVG as vector XML with its text,
// PDF page and title, CSV round trip and formula neutralisation, JSON against the extract
// contract, and no file left behind by a failed export.
#include "core/reading/DocumentReader.h"
#include "core/util/Utf.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "tests/widgets/ViewFixtures.h"
#include "widgets/EventExporter.h"
#include "widgets/ExportActions.h"
#include "widgets/ExportDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"
#include "widgets/ViewExporter.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace dyad;
using namespace dyad::testing;

namespace {

/// The sample store with its two views and an exporter over them.
struct Views {
    SmallStore data;
    TimelineView timeline{data.session};
    PairMatrixView matrix{data.session};
    ViewExporter exporter{data.session, &timeline, &matrix};
};

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every text of an SVG (the content of its <text>, <title> and <desc> elements), and whether
/// it holds a raster image; fails the XML parse loudly.
struct SvgContent {
    QStringList texts;
    QString title, description, viewBox;
    bool hasImage = false;
    QString error;
};

SvgContent parseSvg(const QByteArray& bytes) {
    SvgContent content;
    QXmlStreamReader xml(bytes);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            element = xml.name().toString();
            if (element == QLatin1String("svg"))
                content.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
            if (element == QLatin1String("image") ||
                xml.attributes().value(QLatin1String("xlink:href")).startsWith(u"data:"))
                content.hasImage = true;
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            const QString text = xml.text().toString().trimmed();
            if (element == QLatin1String("text"))
                content.texts << text;
            else if (element == QLatin1String("title"))
                content.title = text;
            else if (element == QLatin1String("desc"))
                content.description = text;
        }
    }
    if (xml.hasError())
        content.error = xml.errorString();
    return content;
}

/// Parses RFC 4180 CSV (CRLF rows, quoted fields with doubled quotes).
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

/// The files in a folder (to find temporary files a failed export left).
QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestExport : public QObject {
    Q_OBJECT

private slots:
    void pngHasAskedSize_data();
    void pngHasAskedSize();
    void svgIsVectorWithText_data();
    void svgIsVectorWithText();
    void pdfHasPageSizeAndTitle_data();
    void pdfHasPageSizeAndTitle();
    void captionFollowsFilter();
    void csvRoundTripsAndNeutralises();
    void jsonFollowsTheExtractContract();
    void jsonOffsetsPointIntoTheHtmlFile();
    void failedExportLeavesNoFile_data();
    void failedExportLeavesNoFile();
    void dialogFollowsTheFormat();
    void windowHasExportCommands();
};

void TestExport::pngHasAskedSize_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("timeline 800x600") << int(ExportView::Timeline) << QSize(800, 600) << 1.0;
    QTest::newRow("timeline HiDPI") << int(ExportView::Timeline) << QSize(640, 400) << 2.0;
    QTest::newRow("matrix 1000x700") << int(ExportView::Matrix) << QSize(1000, 700) << 1.0;
    QTest::newRow("matrix tall") << int(ExportView::Matrix) << QSize(500, 900) << 1.5;
}

void TestExport::pngHasAskedSize() {
    QFETCH(int, view);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    Views views;
    QTemporaryDir dir;
    ExportRequest request;
    request.view = ExportView(view);
    request.path = dir.filePath(QStringLiteral("picture.png"));
    request.title = QStringLiteral("A title");
    request.picture.size = size;
    request.picture.scale = scale;
    QCOMPARE(views.exporter.run(request), QString());
    const QImage image(request.path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
    QCOMPARE(image.text(QStringLiteral("Title")), QStringLiteral("A title"));
    QSet<QRgb> colours; // drawn, not blank
    for (int y = 0; y < image.height(); y += 5)
        for (int x = 0; x < image.width(); x += 5)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(QString::number(colours.size())));
}

void TestExport::svgIsVectorWithText_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<bool>("lanes");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("timeline volume")
        << int(ExportView::Timeline) << false
        << QStringList{"Events", "Net Goldstein", "2019-03", "Verbal conflict"};
    QTest::newRow("timeline lanes")
        << int(ExportView::Timeline) << true << QStringList{"CUB – RUS", "RUS – USA", "Jan 2019"};
    QTest::newRow("matrix") << int(ExportView::Matrix) << false << QStringList{"CUB", "RUS", "USA"};
}

void TestExport::svgIsVectorWithText() {
    QFETCH(int, view);
    QFETCH(bool, lanes);
    QFETCH(QStringList, labels);
    Views views;
    views.timeline.setMode(lanes ? TimelineView::Mode::Lanes : TimelineView::Mode::Volume);
    QTemporaryDir dir;
    ExportRequest request;
    request.view = ExportView(view);
    request.path = dir.filePath(QStringLiteral("picture.svg"));
    request.title = QStringLiteral("Cuba & Russia <2018>");
    request.picture.size = QSize(1200, 700);
    QCOMPARE(views.exporter.run(request), QString());

    const SvgContent svg = parseSvg(readAll(request.path));
    QVERIFY2(svg.error.isEmpty(), qPrintable(svg.error));
    QCOMPARE(svg.viewBox, QStringLiteral("0 0 1200 700"));
    QVERIFY(!svg.hasImage);
    QCOMPARE(svg.title, request.title);
    QVERIFY(svg.texts.contains(request.title));
    const QString caption = svg.texts.filter(QStringLiteral("Filter:")).join(QLatin1Char(' '));
    QVERIFY2(caption.contains(QStringLiteral("Events: 7")), qPrintable(svg.texts.join('|')));
    QVERIFY(caption.contains(QStringLiteral("from sources: 4")));
    for (const QString& label : labels)
        QVERIFY2(svg.texts.contains(label), qPrintable(label + " not in " + svg.texts.join('|')));
}

void TestExport::pdfHasPageSizeAndTitle_data() {
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape)
                                  << QSize(842, 595);
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait)
                                 << QSize(595, 842);
    QTest::newRow("Letter landscape")
        << int(QPageSize::Letter) << int(QPageLayout::Landscape) << QSize(792, 612);
}

void TestExport::pdfHasPageSizeAndTitle() {
    QFETCH(int, page);
    QFETCH(int, orientation);
    QFETCH(QSize, points);
    Views views;
    QTemporaryDir dir;
    ExportRequest request;
    request.view = ExportView::Matrix;
    request.path = dir.filePath(QStringLiteral("matrix.pdf"));
    request.title = QStringLiteral("Pairs 2018");
    request.picture.pageSize = QPageSize(QPageSize::PageSizeId(page));
    request.picture.orientation = QPageLayout::Orientation(orientation);
    QCOMPARE(views.exporter.run(request), QString());

    const QByteArray pdf = readAll(request.path);
    QVERIFY(pdf.startsWith("%PDF-"));
    static const QRegularExpression mediaBox(
        QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(box.hasMatch());
    QCOMPARE(qRound(box.captured(1).toDouble()), points.width());
    QCOMPARE(qRound(box.captured(2).toDouble()), points.height());
    QVERIFY(!pdf.contains("/Subtype /Image")); // vector: no bitmap inside
    // The title in the document's information, as UTF-16.
    QByteArray utf16 = "\xFE\xFF";
    for (const QChar c : request.title)
        utf16 += char(c.unicode() >> 8), utf16 += char(c.unicode() & 0xFF);
    QVERIFY(pdf.contains(utf16));
    // And drawn as text on the page, when a PDF reader is at hand to show it.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {request.path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished(30000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(request.title), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Events: 7")));
    }
}

void TestExport::captionFollowsFilter() {
    Views views;
    QVERIFY(views.data.session.filter()->setFilterText(
        QStringLiteral("CUB-RUS 2018..2019 roots=04,06")));
    const Picture picture = views.exporter.picture(ExportView::Timeline, QStringLiteral("T"));
    QVERIFY2(picture.caption.contains(QStringLiteral("CUB–RUS")), qPrintable(picture.caption));
    QVERIFY(picture.caption.contains(QStringLiteral("2018–2019")));
    QVERIFY(picture.caption.contains(QStringLiteral("04 Consult")));
    QVERIFY(picture.caption.contains(QStringLiteral("Events: 2")));
    QVERIFY(picture.caption.contains(QStringLiteral("from sources: 1")));
}

void TestExport::csvRoundTripsAndNeutralises() {
    EventStore store;
    EventSession session(store);
    const QStringList sentences{QStringLiteral("Havana said \"no\", then \"yes\"."),
                                QStringLiteral("Two lines,\r\none sentence."),
                                QStringLiteral("Москва и Гавана подписали соглашение, 条约."),
                                QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                                QStringLiteral("+1 cmd"),
                                QStringLiteral("-2+3"),
                                QStringLiteral("@SUM(A1)"),
                                QStringLiteral("\tTabbed"),
                                QStringLiteral("\rCarriage")};
    std::vector<Document> documents;
    std::vector<Event> events;
    for (int i = 0; i < sentences.size(); ++i) {
        documents.push_back(makeDocument("doc" + std::to_string(i), sentences[i].toStdString()));
        events.push_back(makeEvent("CUB", "RUS", "042", "2019-01-" + std::to_string(10 + i)));
        addEvidence(events.back(), documents.back(), U"");
    }
    session.appendDocuments(documents, {});
    session.appendEvents(events);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    QCOMPARE(EventExporter::write(session, ExportFormat::Csv, path), QString());

    const QByteArray bytes = readAll(path);
    const QString text = QString::fromUtf8(bytes);
    QCOMPARE(text.toUtf8(), bytes); // valid UTF-8
    const QList<QStringList> rows = parseCsv(text);
    QCOMPARE(rows.size(), sentences.size() + 1);
    const QStringList header = rows.first();
    const qsizetype sentenceColumn = header.indexOf(QStringLiteral("sentence"));
    const qsizetype documentColumn = header.indexOf(QStringLiteral("document"));
    QVERIFY(sentenceColumn >= 0 && documentColumn >= 0);
    for (int i = 0; i < sentences.size(); ++i) {
        const QStringList& row = rows.at(i + 1);
        QCOMPARE(row.size(), header.size());
        QCOMPARE(row.at(documentColumn), QStringLiteral("doc%1").arg(i));
        const QString& sentence = sentences.at(i);
        const bool formula = QStringLiteral("=+-@\t\r").contains(sentence.front());
        QCOMPARE(row.at(sentenceColumn), formula ? QLatin1Char('\'') + sentence : sentence);
    }
}

void TestExport::jsonFollowsTheExtractContract() {
    Views views;
    QVERIFY(views.data.session.filter()->setFilterText(QStringLiteral("USA")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json"));
    ExportRequest request;
    request.view = ExportView::Events;
    request.path = path;
    QCOMPARE(views.exporter.run(request), QString());

    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(readAll(path), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = json.object();
    QCOMPARE(root.value("format").toString(), QStringLiteral("dyad-extract/1"));
    QVERIFY(root.value("failed").isArray());
    const QJsonArray documents = root.value("documents").toArray();
    QSet<QString> documentIds;
    for (const QJsonValue& value : documents) {
        const QJsonObject document = value.toObject();
        for (const char* key : {"id", "path", "language"})
            QVERIFY2(document.value(key).isString(), key);
        for (const char* key : {"title", "outlet", "url", "published"})
            QVERIFY2(document.value(key).isString() || document.value(key).isNull(), key);
        QVERIFY(document.value("entities").isArray());
        QVERIFY(document.value("warnings").isArray());
        documentIds.insert(document.value("id").toString());
    }
    const QJsonArray events = root.value("events").toArray();
    QCOMPARE(events.size(), 4); // every event with the United States
    static const QRegularExpression code(QStringLiteral("^[0-9]{2,4}$"));
    for (const QJsonValue& value : events) {
        const QJsonObject event = value.toObject();
        QVERIFY(event.value("id").toString().startsWith(u'e'));
        QVERIFY(event.value("date").isString() || event.value("date").isNull());
        QVERIFY(event.value("source").toString() == "USA" ||
                event.value("target").toString() == "USA");
        QVERIFY(code.match(event.value("code").toString()).hasMatch());
        QCOMPARE(event.value("root").toString(), event.value("code").toString().left(2));
        QVERIFY(event.value("quad_class").toInt() >= 1 && event.value("quad_class").toInt() <= 4);
        QVERIFY(event.value("goldstein").isDouble());
        QVERIFY(event.value("documents").isArray());
        for (const QJsonValue& piece : event.value("evidence").toArray()) {
            const QJsonObject evidence = piece.toObject();
            QVERIFY(documentIds.contains(evidence.value("document").toString()));
            QVERIFY(evidence.value("start").toInt() <= evidence.value("end").toInt());
            QVERIFY(evidence.value("trigger").isString());
            QVERIFY(!evidence.value("sentence").toString().isEmpty());
        }
    }
}

void TestExport::jsonOffsetsPointIntoTheHtmlFile() {
    QTemporaryDir dir;
    const QString htmlPath = dir.filePath(QStringLiteral("page.html"));
    {
        QFile file(htmlPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><head><title>T</title></head><body>\n<p>In <b>Havana</b>, "
                   "Cuba&rsquo;s leaders met <i>Russian</i> envoys.</p></body></html>\n");
    }
    std::string error;
    const std::optional<Document> read = DocumentReader().readFile(htmlPath.toStdString(), error);
    QVERIFY2(read, error.c_str());
    QVERIFY(!read->sourceOffsets.empty());
    const auto at = read->text.find(U"Cuba");
    QVERIFY(at != std::u32string::npos);
    const TextSpan span{std::int32_t(at), std::int32_t(at + 6)}; // "Cuba’s"
    EntityMention mention{span, EntityKind::Country, "CUB"};

    EventStore store;
    EventSession session(store);
    session.appendDocuments({*read}, {{mention}});
    Event event = makeEvent("CUB", "RUS", "042", "2020-02-02");
    addEvidence(event, *read, U"met");
    session.appendEvents({event});
    const QString path = dir.filePath(QStringLiteral("events.json"));
    QCOMPARE(EventExporter::write(session, ExportFormat::Json, path), QString());

    const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
    const QJsonObject document = root.value("documents").toArray().first().toObject();
    QCOMPARE(document.value("warnings").toArray().size(), 0);
    const QJsonObject entity = document.value("entities").toArray().first().toObject();
    const std::u32string file = fromUtf8(readAll(htmlPath).toStdString());
    const auto start = std::size_t(entity.value("start").toInt());
    const auto end = std::size_t(entity.value("end").toInt());
    QCOMPARE(QString::fromStdString(toUtf8(file.substr(start, end - start))),
             entity.value("text").toString());
    QCOMPARE(entity.value("text").toString(), QStringLiteral("Cuba&rsquo;s"));

    // A file changed since it was loaded: the export says its offsets are not the file's.
    {
        QFile changedFile(htmlPath);
        QVERIFY(changedFile.open(QIODevice::WriteOnly));
        changedFile.write("<p>Something else entirely.</p>");
    }
    QCOMPARE(EventExporter::write(session, ExportFormat::Json, path), QString());
    const QJsonObject changed = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(
        changed.value("documents").toArray().first().toObject().value("warnings").toArray().size(),
        1);
}

void TestExport::failedExportLeavesNoFile_data() {
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown format")
        << int(ExportView::Timeline) << "chart.bmp" << QSize(800, 600) << "unknown format";
    QTest::newRow("events as a picture")
        << int(ExportView::Events) << "events.png" << QSize(800, 600) << "CSV or JSON";
    QTest::newRow("chart as a table")
        << int(ExportView::Matrix) << "matrix.csv" << QSize(800, 600) << "PNG, SVG or PDF";
    QTest::newRow("missing folder") << int(ExportView::Timeline) << "no/such/folder/chart.png"
                                    << QSize(800, 600) << "folder does not exist";
    QTest::newRow("a folder in the way")
        << int(ExportView::Timeline) << "taken.svg" << QSize(800, 600) << "taken.svg";
    QTest::newRow("events into a folder")
        << int(ExportView::Events) << "taken.json" << QSize(800, 600) << "taken.json";
    QTest::newRow("image too large")
        << int(ExportView::Matrix) << "huge.png" << QSize(16000, 16000) << "not possible";
}

void TestExport::failedExportLeavesNoFile() {
    QFETCH(int, view);
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(QString, problem);
    Views views;
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.svg")));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.json")));
    ExportRequest request;
    request.view = ExportView(view);
    request.path = dir.filePath(name);
    request.picture.size = size;
    request.picture.scale = 2.0;
    const QString error = views.exporter.run(request);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY2(error.contains(QFileInfo(name).fileName()), qPrintable(error)); // names the file
    QCOMPARE(filesIn(dir.path()), QStringList()); // nothing half-written, no temporary file

    // An existing file is left as it was.
    if (!QFileInfo(request.path).dir().exists() || QFileInfo(request.path).isDir())
        return;
    QFile existing(request.path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("before");
    existing.close();
    QVERIFY(!views.exporter.run(request).isEmpty());
    QCOMPARE(readAll(request.path), QByteArray("before"));
    QCOMPARE(filesIn(dir.path()), QStringList{name});
}

void TestExport::dialogFollowsTheFormat() {
    ExportDialog dialog(ExportView::Timeline, QStringLiteral("/tmp/chart.png"));
    QPushButton* ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.scaleBox()->isEnabled());
    QVERIFY(!dialog.pageSizeBox()->isEnabled());
    dialog.pathEdit()->setText(QStringLiteral("/tmp/chart.pdf"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.pageSizeBox()->isEnabled());
    QVERIFY(!dialog.widthBox()->isEnabled());
    dialog.pathEdit()->setText(QStringLiteral("/tmp/chart.csv"));
    QVERIFY(!ok->isEnabled());
    dialog.pathEdit()->setText(QStringLiteral("/tmp/chart.svg"));
    dialog.titleEdit()->setText(QStringLiteral("  Cuba and Russia  "));
    dialog.widthBox()->setValue(1024);
    dialog.heightBox()->setValue(512);
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findText(QStringLiteral("A3")));
    const ExportRequest request = dialog.request();
    QCOMPARE(request.path, QStringLiteral("/tmp/chart.svg"));
    QCOMPARE(request.title, QStringLiteral("Cuba and Russia"));
    QCOMPARE(request.picture.size, QSize(1024, 512));
    QCOMPARE(request.picture.pageSize.id(), QPageSize::A3);

    ExportDialog events(ExportView::Events, QStringLiteral("/tmp/events.json"));
    QVERIFY(events.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    events.pathEdit()->setText(QStringLiteral("/tmp/events.png"));
    QVERIFY(!events.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestExport::windowHasExportCommands() {
    MainWindow window(DocumentLoader::Config{});
    auto* actions = window.findChild<ExportActions*>();
    QVERIFY(actions);
    QMenu* file = window.menuBar()->actions().first()->menu();
    QVERIFY(file->actions().contains(actions->menu()->menuAction()));
    QCOMPARE(actions->menu()->actions().size(), 3);
    QVERIFY(window.timelineView()->actions().contains(actions->timelineAction()));
    QCOMPARE(window.timelineView()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(window.matrixView()->actions().contains(actions->matrixAction()));

    // The dialog's request runs against the window's session.
    Document document = makeDocument("a", "Cuban diplomats met Russian envoys.");
    window.session().appendDocuments({document}, {});
    Event event = makeEvent("CUB", "RUS", "042", "2019-03-01");
    addEvidence(event, document, U"met");
    window.session().appendEvents({event});
    QTemporaryDir dir;
    ExportRequest request;
    request.view = ExportView::Matrix;
    request.path = dir.filePath(QStringLiteral("m.png"));
    request.picture.size = QSize(600, 400);
    QSignalSpy exported(actions, &ExportActions::exported);
    QVERIFY(actions->run(request));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(QImage(request.path).size(), QSize(600, 400));
}

QTEST_MAIN(TestExport)
#include "TestExport.moc"
