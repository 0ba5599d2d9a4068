#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/TimelineModel.h"
#include "tests/widgets/ViewFixtures.h"
#include "widgets/ChartPalette.h"
#include "widgets/TimelineChartView.h"
#include "widgets/TimelineView.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolButton>
#include <QToolTip>

using namespace dyad;
using dyad::testing::SmallStore;

namespace {

/// Viewport position of a chart value.
QPoint positionOf(TimelineView& view, QPointF value) {
    QChart* chart = view.chart();
    const QPointF item = chart->mapToPosition(value, chart->series().first());
    return view.chartView()->mapFromScene(chart->mapToScene(item));
}

void showAndWait(QWidget& widget) {
    widget.resize(1000, 600);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
}

/// Pixels of `image` that differ from its top-left pixel.
int paintedPixels(const QImage& image) {
    const QRgb background = image.pixel(0, 0);
    int painted = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            painted += image.pixel(x, y) != background;
    return painted;
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT

private slots:
    void volumeModeStacksQuadClasses();
    void modeSwitching_data();
    void modeSwitching();
    void undatedCountShows();
    void lanesTooltipsCarryDateActorsTypeSentence();
    void hoverShowsTooltip();
    void yearRangeDragNarrowsFilter();
    void doubleClickClearsYearRange();
    void clickingBarReportsItsDates();
    void clickingMarkerSelectsEvent();
    void lanesAggregateBeyondMarkerBudget();
    void chartFollowsFilter();
    void largeStoreRendersWithoutHanging_data();
    void largeStoreRendersWithoutHanging();
    void renderToAnySizeWithTitle();
    void darkPaletteColoursText();
};

void TestTimelineView::volumeModeStacksQuadClasses() {
    SmallStore data;
    TimelineView view(data.session);
    QChart* chart = view.chart();
    auto* bars = qobject_cast<QStackedBarSeries*>(chart->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->count(), 4);
    const TimelineModel& model = *data.session.timelineModel();
    qreal total = 0;
    for (QBarSet* set : bars->barSets())
        total += set->sum();
    QCOMPARE(int(total), 5); // seven events, two undated
    QCOMPARE(bars->barSets().at(0)->label(), model.seriesName(0));
    // The net Goldstein line runs over the five months with events only, broken at the gaps:
    // 2018-03 | 2019-07, 2019-08 | 2020-02 | 2021-05.
    int scoredBins = 0;
    for (QAbstractSeries* series : chart->series().mid(1)) {
        auto* line = qobject_cast<QLineSeries*>(series);
        QVERIFY(line);
        QCOMPARE(line->name(), TimelineView::tr("Net Goldstein"));
        scoredBins += int(line->count());
    }
    QCOMPARE(chart->series().size(), 5);
    QCOMPARE(scoredBins, 5);
}

void TestTimelineView::modeSwitching_data() {
    QTest::addColumn<bool>("useButtons");
    QTest::newRow("through setMode") << false;
    QTest::newRow("through the tool buttons") << true;
}

void TestTimelineView::modeSwitching() {
    QFETCH(bool, useButtons);
    SmallStore data;
    TimelineView view(data.session);
    QSignalSpy modes(&view, &TimelineView::modeChanged);
    QToolButton* lanesButton = nullptr;
    QToolButton* volumeButton = nullptr;
    for (QToolButton* button : view.findChildren<QToolButton*>()) {
        if (button->text() == TimelineView::tr("Lanes"))
            lanesButton = button;
        if (button->text() == TimelineView::tr("Volume"))
            volumeButton = button;
    }
    QVERIFY(lanesButton && volumeButton);

    if (useButtons)
        lanesButton->click();
    else
        view.setMode(TimelineView::Mode::Lanes);
    QCOMPARE(view.mode(), TimelineView::Mode::Lanes);
    QCOMPARE(modes.count(), 1);
    QVERIFY(lanesButton->isChecked());
    QVERIFY(qobject_cast<QScatterSeries*>(view.chart()->series().value(0)));
    QCOMPARE(view.lanes().laneCount(), 3); // CUB-RUS, CUB-USA, RUS-USA hold dated events
    QCOMPARE(view.lanes().markers().size(), std::size_t(5));

    if (useButtons)
        volumeButton->click();
    else
        view.setMode(TimelineView::Mode::Volume);
    QCOMPARE(modes.count(), 2);
    QVERIFY(qobject_cast<QStackedBarSeries*>(view.chart()->series().value(0)));
    QCOMPARE(view.lanes().laneCount(), 0);
}

void TestTimelineView::undatedCountShows() {
    SmallStore data;
    TimelineView view(data.session);
    showAndWait(view);
    auto* label = view.findChild<QLabel*>(QStringLiteral("undatedCount"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), TimelineView::tr("%n undated", nullptr, 2));
    QVERIFY(label->text().contains(QLatin1String("2")));
    QVERIFY(view.captionText().contains(QLatin1String("2")));

    // Without undated events the count disappears.
    data.session.filter()->setIncludeUndated(false);
    QVERIFY(view.undatedText().isEmpty());
    QVERIFY(!label->isVisible());
}

void TestTimelineView::lanesTooltipsCarryDateActorsTypeSentence() {
    SmallStore data;
    data.session.setActorNameProvider([](const QString& code) {
        return code == QLatin1String("USA") ? QStringLiteral("United States") : code;
    });
    TimelineView view(data.session);
    view.setMode(TimelineView::Mode::Lanes);
    const TimelineLanes& lanes = view.lanes();
    QVERIFY(!lanes.isAggregated());
    // The sanction event: USA -> CUB, 2019-08-10, CAMEO 163, with its sentence.
    const auto& markers = lanes.markers();
    const auto found = std::find_if(markers.begin(), markers.end(), [&](const LaneMarker& m) {
        return data.store.cameoCode(m.item) == "163";
    });
    QVERIFY(found != markers.end());
    const QString tip = view.toolTipAt(QPointF(found->x, found->y), QPointF(1.0, 0.05));
    QVERIFY2(tip.contains(QLocale().toString(QDate(2019, 8, 10), QLocale::ShortFormat)),
             qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("United States")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("CUB")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("163")), qPrintable(tip));
    QVERIFY2(tip.contains(QLatin1String("Washington imposed new sanctions on Havana.")),
             qPrintable(tip));
    // Far from every marker there is no tooltip.
    QVERIFY(view.toolTipAt(QPointF(found->x + 4000, found->y), QPointF(1.0, 0.05)).isEmpty());
}

void TestTimelineView::hoverShowsTooltip() {
    SmallStore data;
    TimelineView view(data.session);
    view.setMode(TimelineView::Mode::Lanes);
    showAndWait(view);
    const LaneMarker marker = view.lanes().markers().front();
    QTest::mouseMove(view.chartView()->viewport(), positionOf(view, QPointF(marker.x, marker.y)));
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QString::fromStdString(data.store.cameoCode(marker.item))),
             qPrintable(QToolTip::text()));
    QToolTip::hideText();
}

void TestTimelineView::yearRangeDragNarrowsFilter() {
    SmallStore data;
    TimelineView view(data.session);
    showAndWait(view);
    QSignalSpy years(&view, &TimelineView::yearRangeSelected);
    const TimelineModel& model = *data.session.timelineModel();
    QCOMPARE(model.binUnit(), BinUnit::Month); // 2018-03 .. 2021-05
    // Drag from the middle of the 2019-07 bar to the middle of the 2020-02 bar.
    const int from = model.timeline().bins.binOf(FuzzyDate::ofDay(2019, 7, 15).day);
    const int to = model.timeline().bins.binOf(FuzzyDate::ofDay(2020, 2, 20).day);
    QWidget* viewport = view.chartView()->viewport();
    const QPoint start = positionOf(view, QPointF(from, 0));
    const QPoint end = positionOf(view, QPointF(to, 0)) - QPoint(0, 20);
    QTest::mousePress(viewport, Qt::LeftButton, {}, start - QPoint(0, 20));
    QTest::mouseMove(viewport, (start + end) / 2);
    QTest::mouseMove(viewport, end);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, end);
    QCOMPARE(years.count(), 1);
    QCOMPARE(data.session.filter()->fromYear(), 2019);
    QCOMPARE(data.session.filter()->toYear(), 2020);
    QCOMPARE(years.at(0).at(0).toInt(), 2019);
    // The chart follows: the bins now start in 2019.
    QCOMPARE(data.session.timelineModel()->firstDate().year(), 2019);
}

void TestTimelineView::doubleClickClearsYearRange() {
    SmallStore data;
    data.session.filter()->setFromYear(2019);
    TimelineView view(data.session);
    showAndWait(view);
    const QPoint inside = view.chartView()->plotRect().center();
    QTest::mouseDClick(view.chartView()->viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(data.session.filter()->fromYear(), 0);
}

void TestTimelineView::clickingBarReportsItsDates() {
    SmallStore data;
    TimelineView view(data.session);
    showAndWait(view);
    QSignalSpy bins(&view, &TimelineView::binActivated);
    const int bin =
        data.session.timelineModel()->timeline().bins.binOf(FuzzyDate::ofDay(2019, 8, 10).day);
    const QPoint bar = positionOf(view, QPointF(bin, 0.5));
    QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {}, bar);
    QCOMPARE(bins.count(), 1);
    QCOMPARE(bins.at(0).at(0).toDate(), QDate(2019, 8, 1));
    QCOMPARE(bins.at(0).at(1).toDate(), QDate(2019, 8, 31));
    QCOMPARE(data.session.filter()->fromYear(), 0); // a click is no drag
}

void TestTimelineView::clickingMarkerSelectsEvent() {
    SmallStore data;
    TimelineView view(data.session);
    view.setMode(TimelineView::Mode::Lanes);
    showAndWait(view);
    QSignalSpy events(&view, &TimelineView::eventActivated);
    const LaneMarker marker = view.lanes().markers().back();
    QTest::mouseClick(view.chartView()->viewport(), Qt::LeftButton, {},
                      positionOf(view, QPointF(marker.x, marker.y)));
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.at(0).at(0).value<quint32>(), marker.item);
    QCOMPARE(view.selectedEvent(), std::optional<std::uint32_t>(marker.item));
    // The selected event is ringed by one more series.
    QCOMPARE(view.chart()->series().last()->name(), TimelineView::tr("Selected event"));
}

void TestTimelineView::lanesAggregateBeyondMarkerBudget() {
    EventStore store;
    EventSession session(store);
    dyad::testing::fillSynthetic(session, 2000, 12, 5);
    TimelineView view(session);
    view.setLaneLimits({4, 100});
    view.setMode(TimelineView::Mode::Lanes);
    const TimelineLanes& lanes = view.lanes();
    QCOMPARE(lanes.laneCount(), 4);
    QVERIFY(lanes.hiddenPairs() > 0);
    QVERIFY(lanes.isAggregated());
    std::uint32_t counted = 0;
    for (const LaneMarker& marker : lanes.markers())
        counted += marker.count;
    QCOMPARE(counted, lanes.shownEvents());
    QVERIFY(lanes.markers().size() < lanes.shownEvents());
    QVERIFY(view.captionText().contains(QString::number(lanes.hiddenPairs())));
}

void TestTimelineView::chartFollowsFilter() {
    SmallStore data;
    TimelineView view(data.session);
    view.setMode(TimelineView::Mode::Lanes);
    QCOMPARE(view.lanes().laneCount(), 3);
    data.session.filter()->setActorA(QStringLiteral("USA"));
    data.session.filter()->setActorB(QStringLiteral("CUB"));
    QCOMPARE(view.lanes().laneCount(), 1);
    QCOMPARE(view.lanes().laneCodes(0), QStringLiteral("CUB-USA"));
    QCOMPARE(view.lanes().markers().size(), std::size_t(2));
}

void TestTimelineView::largeStoreRendersWithoutHanging_data() {
    QTest::addColumn<TimelineView::Mode>("mode");
    QTest::newRow("volume") << TimelineView::Mode::Volume;
    QTest::newRow("lanes") << TimelineView::Mode::Lanes;
}

void TestTimelineView::largeStoreRendersWithoutHanging() {
    QFETCH(TimelineView::Mode, mode);
    EventStore store;
    EventSession session(store);
    dyad::testing::fillSynthetic(session, 200000);
    QCOMPARE(store.eventCount() > 100000, true);
    TimelineView view(session);
    view.setMode(mode);
    view.resize(1200, 700);
    QImage image(1200, 700, QImage::Format_ARGB32);
    image.fill(Qt::white);
    view.render(&image);
    QVERIFY(paintedPixels(image) > 5000);
    if (mode == TimelineView::Mode::Lanes) {
        QVERIFY(view.lanes().isAggregated());
        QVERIFY(view.lanes().markers().size() < 20000);
    }
    QVERIFY(!view.undatedText().isEmpty());
}

void TestTimelineView::renderToAnySizeWithTitle() {
    SmallStore data;
    TimelineView view(data.session);
    for (const QSize size : {QSize(400, 300), QSize(2400, 1400)}) {
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        view.renderTo(painter, QRectF(QPointF(0, 0), size), QStringLiteral("Title"));
        painter.end();
        QVERIFY(paintedPixels(image) > size.width()); // something was drawn
        // The chart fills the target: its far corner is painted with the background.
        QVERIFY(qAlpha(image.pixel(size.width() - 2, size.height() - 2)) > 0);
    }
}

void TestTimelineView::darkPaletteColoursText() {
    SmallStore data;
    TimelineView view(data.session);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xEE, 0xEE, 0xEE));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    view.setPalette(dark);
    QVERIFY(ChartPalette::isDark(view.palette()));
    QTRY_COMPARE(view.chart()->axes(Qt::Horizontal).first()->labelsBrush().color(),
                 QColor(0xEE, 0xEE, 0xEE));
    QCOMPARE(view.chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
}

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"
