#include "widgets/TimelineLanesChart.h"

#include "models/QuadClassPalette.h"
#include "widgets/ChartPalette.h"
#include "widgets/TimelineLanes.h"
#include "widgets/TimelineTicks.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QScatterSeries>

#include <algorithm>
#include <array>
#include <cmath>

namespace dyad {

namespace {

constexpr int kMaxTimeTicks = 9;
constexpr int kSizeBuckets = 4;
constexpr double kSingleMarker = 8.0;

int sizeBucket(std::uint32_t count, std::uint32_t maxCount) {
    if (maxCount <= 1 || count <= 1)
        return 0;
    const double t = std::log(double(count)) / std::log(double(maxCount));
    return std::clamp(int(t * kSizeBuckets), 0, kSizeBuckets - 1);
}

} // namespace

double TimelineLanesChart::markerSize(std::uint32_t count, std::uint32_t maxCount) {
    if (maxCount <= 1)
        return kSingleMarker;
    return 3.0 + 2.0 * sizeBucket(count, maxCount);
}

QChart* TimelineLanesChart::build(const TimelineLanes& lanes, const QPalette& palette,
                                  std::optional<std::uint32_t> selectedEvent) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    if (lanes.markers().empty()) {
        chart->setTitle(tr("No dated events in the selection"));
        chart->legend()->hide();
        ChartPalette::apply(*chart, palette);
        return chart;
    }

    // Series per QuadClass (0 = unclassified) and size bucket, created as needed.
    std::array<std::array<QScatterSeries*, kSizeBuckets>, 5> series{};
    std::array<std::array<QList<QPointF>, kSizeBuckets>, 5> points;
    const std::uint32_t maxCount = lanes.isAggregated() ? lanes.maxCount() : 1;
    for (const LaneMarker& marker : lanes.markers())
        points[std::min<std::size_t>(marker.quadClass, 4)]
              [std::size_t(sizeBucket(marker.count, maxCount))]
                  .append(QPointF(marker.x, marker.y));
    const QColor outline = palette.color(QPalette::Base);
    for (int quadClass : {1, 2, 3, 4, 0})
        for (int bucket = 0; bucket < kSizeBuckets; ++bucket) {
            auto& list = points[std::size_t(quadClass)][std::size_t(bucket)];
            if (list.isEmpty())
                continue;
            auto* scatter = new QScatterSeries;
            scatter->setName(TimelineLanes::quadClassName(quadClass));
            scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            scatter->setMarkerSize(maxCount > 1 ? 3.0 + 2.0 * bucket : kSingleMarker);
            scatter->setColor(QuadClassPalette::color(quadClass));
            scatter->setBorderColor(maxCount > 1 ? QuadClassPalette::color(quadClass) : outline);
            scatter->replace(list);
            chart->addSeries(scatter);
            series[std::size_t(quadClass)][std::size_t(bucket)] = scatter;
        }

    QScatterSeries* ring = nullptr;
    if (selectedEvent && !lanes.isAggregated()) {
        for (const LaneMarker& marker : lanes.markers())
            if (marker.item == *selectedEvent) {
                ring = new QScatterSeries;
                ring->setName(tr("Selected event"));
                ring->setMarkerSize(16);
                ring->setColor(Qt::transparent);
                ring->setBorderColor(palette.color(QPalette::Highlight));
                ring->setPen(QPen(palette.color(QPalette::Highlight), 2.5));
                ring->append(marker.x, marker.y);
                chart->addSeries(ring);
                break;
            }
    }

    const double span = std::max(1.0, double(lanes.lastDay() - lanes.firstDay()));
    const double padding = std::max(1.0, span * 0.03);
    auto* time = new QCategoryAxis;
    TimelineTicks::applyTo(*time,
                           TimelineTicks::forDays(lanes.firstDay(), lanes.lastDay(), kMaxTimeTicks),
                           lanes.firstDay() - padding, lanes.lastDay() + padding);
    chart->addAxis(time, Qt::AlignBottom);

    auto* pairs = new QCategoryAxis;
    // One band per lane between grid lines, its label in the middle: the markers of a pair
    // (cooperation above the lane's centre, conflict below) sit inside its band.
    pairs->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    pairs->setRange(-0.5, lanes.laneCount() - 0.5);
    pairs->setStartValue(-0.5);
    for (int lane = lanes.laneCount() - 1; lane >= 0; --lane)
        pairs->append(lanes.laneLabel(lane), lanes.laneY(lane) + 0.5);
    chart->addAxis(pairs, Qt::AlignLeft);

    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(time);
        s->attachAxis(pairs);
    }
    ChartPalette::apply(*chart, palette);

    // One legend entry per QuadClass: the first size bucket present stands for the class.
    for (auto& buckets : series) {
        bool shown = false;
        for (QScatterSeries* scatter : buckets) {
            if (!scatter)
                continue;
            for (QLegendMarker* legendMarker : chart->legend()->markers(scatter))
                legendMarker->setVisible(!shown);
            shown = true;
        }
    }
    if (ring)
        for (QLegendMarker* legendMarker : chart->legend()->markers(ring))
            legendMarker->setVisible(false);
    return chart;
}

} // namespace dyad
