// Renders the timeline (both modes) and the pair matrix (both colourings) to PNG files, in a
// light and a dark palette, from the bundled sample corpus and from a large synthetic store, so
// a person can look at them. The files go to $DYAD_VIEWS_PNG_DIR, or the temporary folder's
// dyad-views/ when unset.
#include "core/extract/Extractor.h"
#include "models/EventSession.h"
#include "tests/widgets/ViewFixtures.h"
#include "widgets/PairMatrixPanel.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace dyad;

namespace {

constexpr QSize kImageSize(1200, 700);

QPalette darkPalette() {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Highlight, QColor(0x3D, 0xAE, 0xE9));
    dark.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    return dark;
}

QString outputDir() {
    const QString dir = qEnvironmentVariableIsSet("DYAD_VIEWS_PNG_DIR")
                            ? qEnvironmentVariable("DYAD_VIEWS_PNG_DIR")
                            : QDir::temp().filePath(QStringLiteral("dyad-views"));
    QDir().mkpath(dir);
    return dir;
}

/// Distinct colours among a grid of sampled pixels: a blank or single-colour image has few.
int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

void save(QWidget& widget, const QString& name) {
    widget.resize(kImageSize);
    QImage image(kImageSize, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    widget.render(&image);
    QVERIFY2(distinctColours(image) > 8, qPrintable(name));
    const QString path = QDir(outputDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(image.save(path), qPrintable(path));
    qInfo("wrote %s", qPrintable(path));
}

} // namespace

class TestRenderViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void render_data();
    void render();
    void renderForExport();

private:
    void loadCorpus(EventSession& session);
    std::unique_ptr<ExtractionResources> m_resources;
    ExtractionResult m_corpus;
};

void TestRenderViews::initTestCase() {
    const QString source = qEnvironmentVariable("DYAD_SOURCE_DIR");
    QVERIFY2(!source.isEmpty(), "DYAD_SOURCE_DIR is set by CTest");
    std::vector<std::string> problems;
    m_resources = ExtractionResources::load((source + QStringLiteral("/resources")).toStdString(),
                                            {}, problems);
    const Extractor extractor(*m_resources);
    m_corpus =
        extractor.extractPaths({(source + QStringLiteral("/resources/corpus")).toStdString()});
    QVERIFY(m_corpus.documents.size() >= 10);
    QVERIFY(m_corpus.events.size() >= 10);
}

void TestRenderViews::loadCorpus(EventSession& session) {
    std::vector<Document> documents;
    std::vector<std::vector<EntityMention>> mentions;
    for (const DocumentExtraction& extraction : m_corpus.documents) {
        documents.push_back(extraction.document);
        mentions.push_back(extraction.entities);
    }
    session.appendDocuments(documents, mentions);
    session.appendEvents(m_corpus.events);
    const Lexicon* lexicon = &m_resources->lexicon;
    session.setActorNameProvider([lexicon](const QString& code) {
        return QString::fromStdString(lexicon->displayName(code.toStdString(), "en"));
    });
}

void TestRenderViews::render_data() {
    QTest::addColumn<bool>("synthetic");
    QTest::addColumn<bool>("dark");
    QTest::newRow("corpus-light") << false << false;
    QTest::newRow("corpus-dark") << false << true;
    QTest::newRow("large-light") << true << false;
    QTest::newRow("large-dark") << true << true;
}

void TestRenderViews::render() {
    QFETCH(bool, synthetic);
    QFETCH(bool, dark);
    EventStore store;
    EventSession session(store);
    if (synthetic)
        dyad::testing::fillSynthetic(session, 200000);
    else
        loadCorpus(session);
    const QString prefix = QString::fromLatin1(QTest::currentDataTag()) + QLatin1Char('-');

    TimelineView timeline(session);
    PairMatrixPanel matrix(session);
    if (dark) {
        timeline.setPalette(darkPalette());
        matrix.setPalette(darkPalette());
    }
    save(timeline, prefix + QStringLiteral("timeline-volume"));
    timeline.setMode(TimelineView::Mode::Lanes);
    save(timeline, prefix + QStringLiteral("timeline-lanes"));
    save(matrix, prefix + QStringLiteral("matrix-count"));
    matrix.view()->setColorMode(MatrixColorMode::NetGoldstein);
    save(matrix, prefix + QStringLiteral("matrix-goldstein"));
}

void TestRenderViews::renderForExport() {
    EventStore store;
    EventSession session(store);
    loadCorpus(session);
    TimelineView timeline(session);
    PairMatrixView matrix(session);
    for (const QSize size : {QSize(1600, 900), QSize(800, 1000)}) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::magenta);
        QPainter painter(&image);
        timeline.renderTo(painter, QRectF(QPointF(0, 0), size), QStringLiteral("Timeline"));
        painter.end();
        image.save(QDir(outputDir())
                       .filePath(QStringLiteral("export-timeline-%1x%2.png")
                                     .arg(size.width())
                                     .arg(size.height())));
        QVERIFY(distinctColours(image) > 8);
        QVERIFY(image.pixel(size.width() - 2, size.height() - 2) != QColor(Qt::magenta).rgb());

        image.fill(Qt::magenta);
        painter.begin(&image);
        matrix.renderTo(painter, QRectF(QPointF(0, 0), size), QStringLiteral("Country pairs"));
        painter.end();
        QVERIFY(distinctColours(image) > 8);
        image.save(QDir(outputDir())
                       .filePath(QStringLiteral("export-matrix-%1x%2.png")
                                     .arg(size.width())
                                     .arg(size.height())));
    }
}

QTEST_MAIN(TestRenderViews)
#include "TestRenderViews.moc"
