// The main window on the offscreen platform: background loading with failures, the event
// table driving the source panel, and what the window remembers between runs.
#include "app/Settings.h"
#include "app/WindowSettings.h"
#include "models/EventModel.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/PairMatrixModel.h"
#include "models/TimelineModel.h"
#include "widgets/EventTable.h"
#include "widgets/LoadErrorsDialog.h"
#include "widgets/MainWindow.h"
#ifdef DYAD_WITH_VIEWS
#include "widgets/PairMatrixView.h"
#endif
#include "widgets/SourcePanel.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad;

namespace {

DocumentLoader::Config loaderConfig() {
    DocumentLoader::Config config;
    config.resourcesDir = qEnvironmentVariable("DYAD_SOURCE_DIR") + QStringLiteral("/resources");
    config.extractorThreads = 1;
    return config;
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool waitForLoad(MainWindow& window) {
    if (!window.isLoading())
        return true;
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    return finished.wait(240000);
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void badFilesAreListedAndTheRestLoad();
    void selectingAnEventShowsItsSentence();
    void clickingAMatrixCellSetsThePairFilter();
    void settingsRoundTrip();
    void cancelDropsTheRest();
};

void TestMainWindow::badFilesAreListedAndTheRestLoad() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("a-good-one.txt"),
                      "Harbour Talks\n\nThe prime minister of Portugal met the president of "
                      "Brazil in Lisbon on Monday to discuss trade.\n"));
    QVERIFY(
        writeFile(dir.filePath("binary.txt"), QByteArray("\x00\x01\x02\xff\x00\x10garbage", 14)));
    QVERIFY(writeFile(dir.filePath("empty.md"), QByteArray()));
    MainWindow window(loaderConfig());
    window.resize(1200, 800);
    window.show();
    window.openPaths({dir.path(), dir.filePath("does-not-exist.html")});
    QVERIFY(window.isLoading());
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.session().store().documents().size(), std::size_t(1));
    QStringList problems;
    for (int row = 0; row < window.loadErrors()->problemCount(); ++row)
        problems << window.loadErrors()->problemText(row);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("binary.txt")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("empty.md")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("does-not-exist.html")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("a-good-one")));
    QVERIFY(window.statusText().contains(QStringLiteral("1 document")));
}

void TestMainWindow::selectingAnEventShowsItsSentence() {
    MainWindow window(loaderConfig());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths(
        {qEnvironmentVariable("DYAD_SOURCE_DIR") + QStringLiteral("/resources/corpus")});
    QVERIFY(waitForLoad(window));
    EventModel& events = *window.session().eventModel();
    QVERIFY(events.rowCount() > 10);
    // An event well down the table, so its document and sentence differ from the first.
    const int row = events.rowCount() - 1;
    window.eventTable()->selectRow(row);
    const std::uint32_t event = events.eventAt(row);
    SourcePanel* source = window.sourcePanel();
    const auto [start, end] = source->markedSentence();
    QVERIFY(start >= 0 && end > start);
    const QString sentence = source->textView()->toPlainText().mid(start, end - start);
    QVERIFY2(sentence.contains(events.evidenceText(event).left(20).trimmed()) ||
                 events.evidenceText(event).contains(sentence.left(20).trimmed()),
             qPrintable(sentence));
    QPlainTextEdit* view = source->textView();
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    QVERIFY(view->viewport()->rect().intersects(view->cursorRect(cursor)));
    // The document list follows.
    QCOMPARE(source->documentIndex(),
             int(window.session().store().documents().find(
                 events.index(row, 0).data(EventModel::DocumentIdRole).toString().toStdString())));
}

void TestMainWindow::clickingAMatrixCellSetsThePairFilter() {
    MainWindow window(loaderConfig());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openPaths(
        {qEnvironmentVariable("DYAD_SOURCE_DIR") + QStringLiteral("/resources/corpus")});
    QVERIFY(waitForLoad(window));
#ifndef DYAD_WITH_VIEWS
    QSKIP("this build has no pair matrix view");
#else
    PairMatrixView* matrix = window.matrixView();
    window.showView(QStringLiteral("matrix"));
    window.settleViews();
    // A pair with events, found in the model and then on screen.
    const PairMatrixModel& pairs = *window.session().pairMatrixModel();
    QString source, target;
    for (int r = 0; r < pairs.rowCount() && source.isEmpty(); ++r)
        for (int c = 0; c < pairs.columnCount() && source.isEmpty(); ++c)
            if (r != c && pairs.index(r, c).data(PairMatrixModel::CountRole).toInt() > 0) {
                source = pairs.index(r, c).data(PairMatrixModel::SourceCodeRole).toString();
                target = pairs.index(r, c).data(PairMatrixModel::TargetCodeRole).toString();
            }
    QVERIFY(!source.isEmpty());
    QPoint cell(-1, -1);
    for (int r = 0; r < pairs.rowCount(); ++r)
        for (int c = 0; c < pairs.columnCount(); ++c)
            if (matrix->sourceCodeAt(r) == source && matrix->targetCodeAt(c) == target)
                cell = QPoint(c, r);
    QVERIFY(cell.x() >= 0);
    const QRect rect = matrix->visualCellRect(cell.y(), cell.x());
    QVERIFY(!rect.isEmpty());
    const int before = window.session().eventModel()->rowCount();
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, rect.center());
    const FilterState& filter = *window.session().filter();
    QCOMPARE(QSet<QString>({filter.actorA(), filter.actorB()}), QSet<QString>({source, target}));
    // The table follows: only events of the pair, fewer than before.
    EventModel& events = *window.session().eventModel();
    QVERIFY(events.rowCount() > 0 && events.rowCount() < before);
    for (int row = 0; row < events.rowCount(); ++row) {
        const QSet<QString> actors{
            events.index(row, 0).data(EventModel::SourceCodeRole).toString(),
            events.index(row, 0).data(EventModel::TargetCodeRole).toString()};
        QCOMPARE(actors, QSet<QString>({source, target}));
    }
    // The chart follows: its bins and undated count add up to the table (events dated more
    // coarsely than a bin may be left out of the bins).
    const TimelineModel& timeline = *window.session().timelineModel();
    int charted = timeline.undatedCount();
    for (int bin = 0; bin < timeline.rowCount(); ++bin)
        charted += timeline.index(bin, TimelineModel::Total).data().toInt();
    QVERIFY2(
        charted <= events.rowCount() &&
            charted + timeline.coarserThanBinCount() >= events.rowCount(),
        qPrintable(
            QStringLiteral("%1 charted, %2 in the table").arg(charted).arg(events.rowCount())));
    // And so do the status bar and the source panel.
    QVERIFY(window.statusText().contains(source) && window.statusText().contains(target));
    QVERIFY(window.sourcePanel()->markedSentence().first >= 0);
#endif
}

void TestMainWindow::settingsRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath("dyad.ini");
    WindowMemory saved;
    {
        MainWindow window(loaderConfig());
        window.resize(1111, 777);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.session().filter()->setFilterText(QStringLiteral("NOR-CHL 2015..2019")));
        window.openPaths({dir.filePath("first"), dir.filePath("second")});
        QVERIFY(waitForLoad(window));
        window.showView(QStringLiteral("matrix"));
        Settings settings(ini);
        WindowSettings::save(window, settings);
        saved = window.memory();
    }
    Settings settings(ini);
    QCOMPARE(settings.recentFiles().first(), QDir(dir.path()).absoluteFilePath("second"));
    MainWindow restored(loaderConfig());
    WindowSettings::restore(restored, settings);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.size(), QSize(1111, 777));
    QVERIFY(restored.session().filter()->actorA() == QStringLiteral("CHL") ||
            restored.session().filter()->actorB() == QStringLiteral("CHL"));
    QCOMPARE(restored.session().filter()->fromYear(), 2015);
    QCOMPARE(restored.session().filter()->toYear(), 2019);
    QCOMPARE(restored.recentFiles(), saved.recentFiles);
    QCOMPARE(restored.currentView(), QStringLiteral("matrix"));
    QCOMPARE(restored.memory().filter, saved.filter);
}

void TestMainWindow::cancelDropsTheRest() {
    MainWindow window(loaderConfig());
    QSignalSpy finished(&window, &MainWindow::loadingFinished);
    window.openPaths(
        {qEnvironmentVariable("DYAD_SOURCE_DIR") + QStringLiteral("/resources/corpus")});
    window.cancelLoading();
    QVERIFY(!window.isLoading());
    QCOMPARE(finished.count(), 1);
    const std::size_t documents = window.session().store().documents().size();
    QTest::qWait(500); // nothing of the cancelled load arrives afterwards
    QCOMPARE(window.session().store().documents().size(), documents);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
