#include "widgets/TimelineVolumeChart.h"

#include "models/QuadClassPalette.h"
#include "models/TimelineModel.h"
#include "widgets/ChartPalette.h"
#include "widgets/TimelineTicks.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

constexpr int kMaxTimeTicks = 10;

QColor seriesColor(const TimelineModel& model, int series) {
    if (model.seriesKind() == SeriesKind::QuadClass)
        return QuadClassPalette::color(series + 1);
    return QColor::fromHsv((series * 47) % 360, 150, 210);
}

} // namespace

QChart* TimelineVolumeChart::build(const TimelineModel& model, const QPalette& palette) {
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const Timeline& timeline = model.timeline();
    const int bins = timeline.binCount();
    if (bins == 0 || timeline.dated == 0) {
        chart->setTitle(tr("No dated events in the selection"));
        chart->legend()->hide();
        ChartPalette::apply(*chart, palette);
        return chart;
    }

    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(bins > 60 ? 1.0 : 0.85);
    const QColor edge = palette.color(QPalette::Base);
    for (int series = 0; series < timeline.seriesCount(); ++series) {
        auto* set = new QBarSet(model.seriesName(series));
        QList<qreal> values;
        values.reserve(bins);
        for (int bin = 0; bin < bins; ++bin)
            values << qreal(timeline.count(bin, series));
        set->append(values);
        set->setColor(seriesColor(model, series));
        set->setBorderColor(bins > 60 ? seriesColor(model, series) : edge);
        bars->append(set);
    }
    chart->addSeries(bars);

    // Net Goldstein: only bins with events have a score (empty bins are no "neutral" zero), so
    // the line is broken into runs of consecutive bins with events, with dots when sparse.
    const QPen netPen(ChartPalette::goldsteinLine(palette), 2);
    std::vector<QList<QPointF>> runs;
    int previous = -2, scored = 0;
    for (int bin = 0; bin < bins; ++bin) {
        if (model.data(model.index(bin, TimelineModel::Total)).toInt() == 0)
            continue;
        if (bin != previous + 1)
            runs.emplace_back();
        runs.back() << QPointF(
            bin, model.data(model.index(bin, TimelineModel::NetGoldstein)).toDouble());
        previous = bin;
        ++scored;
    }
    const bool dots = scored <= 60;
    QList<QXYSeries*> netSeries;
    for (const QList<QPointF>& run : runs) {
        if (run.size() < 2 && !dots)
            continue;
        auto* line = new QLineSeries;
        line->setName(tr("Net Goldstein"));
        line->replace(run);
        line->setPen(netPen);
        line->setColor(netPen.color());
        line->setPointsVisible(dots || run.size() < 2);
        line->setMarkerSize(5);
        chart->addSeries(line);
        netSeries << line;
    }
    auto* time = new QCategoryAxis;
    TimelineTicks::applyTo(*time, TimelineTicks::forBins(timeline.bins, kMaxTimeTicks), -0.5,
                           bins - 0.5);
    time->setGridLineVisible(false);
    chart->addAxis(time, Qt::AlignBottom);

    auto* count = new QValueAxis;
    // Counts are whole numbers: ticks on a whole step (1, 2, 5, 10, 20, ...) so that no label
    // repeats ("0, 0, 1, 1, 2") on small charts.
    const int most = std::max(1, model.maxBinTotal());
    int step = 1;
    for (int scale = 1;; scale *= 10) {
        if (most <= 8 * scale) {
            step = scale;
            break;
        }
        if (most <= 16 * scale) {
            step = 2 * scale;
            break;
        }
        if (most <= 40 * scale) {
            step = 5 * scale;
            break;
        }
    }
    const int top = (most + step - 1) / step * step;
    count->setRange(0, top);
    count->setTickCount(top / step + 1);
    count->setLabelFormat(QStringLiteral("%.0f"));
    count->setTitleText(tr("Events"));
    chart->addAxis(count, Qt::AlignLeft);

    auto* goldstein = new QValueAxis;
    const double reach =
        std::max({1.0, std::abs(model.minNetGoldstein()), std::abs(model.maxNetGoldstein())});
    goldstein->setRange(-reach, reach);
    goldstein->applyNiceNumbers();
    goldstein->setLabelFormat(QStringLiteral("%.0f"));
    goldstein->setTitleText(tr("Net Goldstein"));
    goldstein->setGridLineVisible(false);
    chart->addAxis(goldstein, Qt::AlignRight);

    bars->attachAxis(time);
    bars->attachAxis(count);
    for (QXYSeries* line : netSeries) {
        line->attachAxis(time);
        line->attachAxis(goldstein);
    }
    ChartPalette::apply(*chart, palette);
    // One legend entry for the whole broken line.
    for (int i = 1; i < netSeries.size(); ++i)
        for (QLegendMarker* marker : chart->legend()->markers(netSeries[i]))
            marker->setVisible(false);
    goldstein->setLabelsBrush(ChartPalette::goldsteinLine(palette));
    return chart;
}

int TimelineVolumeChart::binAt(const TimelineModel& model, double x) {
    const int bin = int(std::lround(x));
    return bin >= 0 && bin < model.timeline().binCount() && std::abs(x - bin) <= 0.5 ? bin : -1;
}

QString TimelineVolumeChart::toolTip(const TimelineModel& model, int bin) {
    const Timeline& timeline = model.timeline();
    if (bin < 0 || bin >= timeline.binCount())
        return {};
    const int total = model.data(model.index(bin, TimelineModel::Total)).toInt();
    QString html = QStringLiteral("<b>%1</b>: %2")
                       .arg(QString::fromStdString(timeline.bins.label(bin)).toHtmlEscaped(),
                            tr("%1 events").arg(total).toHtmlEscaped());
    for (int series = 0; series < timeline.seriesCount(); ++series)
        if (const std::uint32_t count = timeline.count(bin, series))
            html += QStringLiteral("<br/>%1: %2")
                        .arg(model.seriesName(series).toHtmlEscaped())
                        .arg(count);
    html += QStringLiteral("<br/>%1").arg(
        tr("Net Goldstein %1")
            .arg(model.data(model.index(bin, TimelineModel::NetGoldstein)).toDouble(), 0, 'f', 1)
            .toHtmlEscaped());
    return html;
}

} // namespace dyad
