#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/PairMatrixModel.h"
#include "models/TimelineModel.h"
#include "tests/widgets/ViewFixtures.h"
#include "widgets/MatrixLegend.h"
#include "widgets/PairMatrixPanel.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"

#include <QComboBox>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace dyad;
using dyad::testing::SmallStore;

namespace {

void showAndWait(QWidget& widget) {
    widget.resize(700, 500);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
}

/// Display (column, row) of the cell source -> target.
QPoint cellOf(const PairMatrixView& view, const QString& source, const QString& target) {
    int row = -1, column = -1;
    for (int i = 0; i < view.layout().actorCount(); ++i) {
        if (view.sourceCodeAt(i) == source)
            row = i;
        if (view.targetCodeAt(i) == target)
            column = i;
    }
    return {column, row};
}

} // namespace

class TestPairMatrixView : public QObject {
    Q_OBJECT

private slots:
    void actorsOrderedByActivity();
    void clickingCellSetsPairFilterAndChartFollows();
    void clickingRowNameFiltersByActor();
    void keyboardNavigation_data();
    void keyboardNavigation();
    void escapeClearsPair();
    void tooltipsNameThePair();
    void colourModeFollowsTheChoice();
    void largeStoreRendersWithoutHanging();
    void renderToIncludesLegendAndTitle();
};

void TestPairMatrixView::actorsOrderedByActivity() {
    SmallStore data;
    PairMatrixView view(data.session);
    // Events per actor: RUS 5, CUB 4, USA 4, CHN 1; ties keep the alphabetical order.
    QCOMPARE(view.layout().actorCount(), 4);
    QCOMPARE(view.sourceCodeAt(0), QStringLiteral("RUS"));
    QCOMPARE(view.sourceCodeAt(1), QStringLiteral("CUB"));
    QCOMPARE(view.sourceCodeAt(2), QStringLiteral("USA"));
    QCOMPARE(view.sourceCodeAt(3), QStringLiteral("CHN"));
}

void TestPairMatrixView::clickingCellSetsPairFilterAndChartFollows() {
    SmallStore data;
    PairMatrixPanel panel(data.session);
    TimelineView timeline(data.session);
    timeline.setMode(TimelineView::Mode::Lanes);
    QCOMPARE(timeline.lanes().laneCount(), 3);
    showAndWait(panel);
    PairMatrixView* view = panel.view();
    QSignalSpy pairs(view, &PairMatrixView::pairActivated);
    QSignalSpy changes(data.session.filter(), &FilterState::changed);

    const QPoint cell = cellOf(*view, QStringLiteral("USA"), QStringLiteral("CUB"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualCellRect(cell.y(), cell.x()).center());
    QCOMPARE(changes.count(), 1); // one change for both actors
    QCOMPARE(data.session.filter()->actorA(), QStringLiteral("USA"));
    QCOMPARE(data.session.filter()->actorB(), QStringLiteral("CUB"));
    QCOMPARE(pairs.count(), 1);
    QCOMPARE(pairs.at(0).at(0).toString(), QStringLiteral("USA"));

    // The timeline follows: one lane, the two USA-CUB events.
    QCOMPARE(timeline.lanes().laneCount(), 1);
    QCOMPARE(timeline.lanes().laneCodes(0), QStringLiteral("CUB-USA"));
    QCOMPARE(timeline.lanes().shownEvents(), 2u);
    timeline.setMode(TimelineView::Mode::Volume);
    QCOMPARE(int(data.session.timelineModel()->timeline().dated), 2);
    // The matrix keeps the chosen cell current among its new actors.
    const QPoint current = view->currentCell();
    QCOMPARE(view->sourceCodeAt(current.y()), QStringLiteral("USA"));
    QCOMPARE(view->targetCodeAt(current.x()), QStringLiteral("CUB"));
}

void TestPairMatrixView::clickingRowNameFiltersByActor() {
    SmallStore data;
    PairMatrixView view(data.session);
    showAndWait(view);
    const QRect cell = view.visualCellRect(3, 0); // CHN's row
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(view.layout().rowHeaderWidth() / 2, cell.center().y()));
    QCOMPARE(data.session.filter()->actorA(), QStringLiteral("CHN"));
    QVERIFY(data.session.filter()->actorB().isEmpty());
}

void TestPairMatrixView::keyboardNavigation_data() {
    QTest::addColumn<QList<int>>("keys");
    QTest::addColumn<QPoint>("expected");
    QTest::addColumn<bool>("hasEvents");
    // Display order RUS, CUB, USA, CHN; (column, row).
    QTest::newRow("first key picks the first cell")
        << QList<int>{Qt::Key_Right} << QPoint(0, 0) << false;
    QTest::newRow("right, down to USA -> CUB")
        << QList<int>{Qt::Key_Right, Qt::Key_Right, Qt::Key_Down, Qt::Key_Down} << QPoint(1, 2)
        << true;
    QTest::newRow("stops at the edge")
        << QList<int>{Qt::Key_Down, Qt::Key_Left, Qt::Key_Left, Qt::Key_Up} << QPoint(0, 0)
        << false;
    QTest::newRow("home of the last row")
        << QList<int>{Qt::Key_Down, Qt::Key_Down,  Qt::Key_Down, Qt::Key_Down,
                      Qt::Key_Down, Qt::Key_Right, Qt::Key_Home}
        << QPoint(0, 3) << true;
    QTest::newRow("end of the row")
        << QList<int>{Qt::Key_Down, Qt::Key_Down, Qt::Key_End} << QPoint(3, 1) << false;
}

void TestPairMatrixView::keyboardNavigation() {
    QFETCH(QList<int>, keys);
    QFETCH(QPoint, expected);
    QFETCH(bool, hasEvents);
    SmallStore data;
    PairMatrixView view(data.session);
    showAndWait(view);
    view.setFocus();
    for (const int key : keys)
        QTest::keyClick(&view, Qt::Key(key));
    QCOMPARE(view.currentCell(), expected);
    QToolTip::hideText();

    // Enter sets the pair of the current cell, when the pair has events.
    const QString source = view.sourceCodeAt(expected.y());
    const QString target = view.targetCodeAt(expected.x());
    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(data.session.filter()->actorA(), hasEvents ? source : QString());
    QCOMPARE(data.session.filter()->actorB(), hasEvents ? target : QString());
}

void TestPairMatrixView::escapeClearsPair() {
    SmallStore data;
    data.session.filter()->setActorA(QStringLiteral("RUS"));
    PairMatrixView view(data.session);
    QTest::keyClick(&view, Qt::Key_Escape);
    QVERIFY(data.session.filter()->actorA().isEmpty());
}

void TestPairMatrixView::tooltipsNameThePair() {
    SmallStore data;
    data.session.setActorNameProvider([](const QString& code) {
        return code == QLatin1String("CUB") ? QStringLiteral("Cuba") : code;
    });
    PairMatrixView view(data.session);
    const QPoint cell = cellOf(view, QStringLiteral("USA"), QStringLiteral("CUB"));
    const QString tip = view.cellToolTip(cell.y(), cell.x());
    QVERIFY2(tip.contains(QLatin1String("Cuba")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("USA")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("-10.0")), qPrintable(tip)); // -8 + -2
    QVERIFY(view.cellToolTip(99, 0).isEmpty());
}

void TestPairMatrixView::colourModeFollowsTheChoice() {
    SmallStore data;
    PairMatrixPanel panel(data.session);
    QSignalSpy modes(panel.view(), &PairMatrixView::colorModeChanged);
    QCOMPARE(panel.legend()->mode(), MatrixColorMode::Count);
    QCOMPARE(panel.legend()->reach(), 2.0); // USA -> CUB twice
    panel.colorModeBox()->setCurrentIndex(
        panel.colorModeBox()->findData(int(MatrixColorMode::NetGoldstein)));
    QCOMPARE(panel.view()->colorMode(), MatrixColorMode::NetGoldstein);
    QCOMPARE(modes.count(), 1);
    QCOMPARE(panel.legend()->mode(), MatrixColorMode::NetGoldstein);
    QCOMPARE(panel.legend()->reach(), 10.0);
    panel.view()->setColorMode(MatrixColorMode::Count);
    QCOMPARE(panel.colorModeBox()->currentData().toInt(), int(MatrixColorMode::Count));
}

void TestPairMatrixView::largeStoreRendersWithoutHanging() {
    EventStore store;
    EventSession session(store);
    dyad::testing::fillSynthetic(session, 200000, 120);
    PairMatrixPanel panel(session);
    panel.resize(1200, 700);
    QImage image(1200, 700, QImage::Format_ARGB32);
    panel.render(&image);
    QVERIFY(panel.view()->layout().actorCount() > 50);
    QVERIFY(panel.view()->verticalScrollBar()->maximum() > 0); // scrolls rather than shrinks
    QVERIFY(image.pixel(600, 350) != image.pixel(1, 1));
}

void TestPairMatrixView::renderToIncludesLegendAndTitle() {
    SmallStore data;
    PairMatrixView view(data.session);
    const QSize natural = view.renderSize(QStringLiteral("Pairs"));
    QVERIFY(natural.height() > view.layout().contentSize().height());
    QImage image(800, 600, QImage::Format_ARGB32);
    image.fill(Qt::magenta);
    QPainter painter(&image);
    view.renderTo(painter, QRectF(0, 0, 800, 600), QStringLiteral("Pairs"));
    painter.end();
    QVERIFY(image.pixel(1, 1) != QColor(Qt::magenta).rgb());
    // Some cell is painted in the sequential scale's deepest colour (the busiest pair).
    const QColor deepest = MatrixColorScale::color(MatrixColorMode::Count, 2.0, 2.0);
    bool found = false;
    for (int y = 0; y < image.height() && !found; ++y)
        for (int x = 0; x < image.width() && !found; ++x)
            found = image.pixel(x, y) == deepest.rgb();
    QVERIFY(found);
}

QTEST_MAIN(TestPairMatrixView)
#include "TestPairMatrixView.moc"
