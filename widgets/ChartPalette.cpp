#include "widgets/ChartPalette.h"

#include "models/QuadClassPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>

namespace dyad {

bool ChartPalette::isDark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QColor ChartPalette::mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ChartPalette::goldsteinLine(const QPalette& palette) {
    return isDark(palette) ? palette.color(QPalette::WindowText)
                           : QuadClassPalette::goldsteinLine();
}

QColor ChartPalette::outline(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.35);
}

QColor ChartPalette::grid(const QPalette& palette) {
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.15);
}

void ChartPalette::apply(QChart& chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    chart.setBackgroundBrush(palette.brush(QPalette::Window));
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    chart.setPlotAreaBackgroundVisible(true);
    chart.setPlotAreaBackgroundBrush(base);
    chart.setPlotAreaBackgroundPen(QPen(outline(palette), 0));
    chart.setTitleBrush(text);
    if (QLegend* legend = chart.legend()) {
        legend->setLabelColor(text);
        legend->setBrush(Qt::NoBrush);
        legend->setPen(Qt::NoPen);
    }
    const QColor axisLine = outline(palette);
    const QColor gridLine = grid(palette);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(axisLine, 1));
        axis->setGridLineColor(gridLine);
        axis->setMinorGridLineColor(mix(base, gridLine, 0.5));
        axis->setShadesVisible(false);
    }
}

} // namespace dyad
