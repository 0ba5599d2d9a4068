#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

class QChart;

namespace dyad {

class TimelineModel;

/// The volume mode of the timeline as a Qt Charts chart: stacked bars of events per time bin
/// and series (QuadClass by default) on the left axis, and the bins' net Goldstein score as a
/// line on a right axis. The x axis counts bins: bin i is centred on x = i. Only the timeline
/// views use it (Qt Charts stays inside widgets/).
class TimelineVolumeChart {
    Q_DECLARE_TR_FUNCTIONS(dyad::TimelineVolumeChart)

public:
    /// A new chart (owned by the caller) for the model's current bins, coloured for `palette`.
    static QChart* build(const TimelineModel& model, const QPalette& palette);
    /// The bin under x, or -1 outside the bars.
    static int binAt(const TimelineModel& model, double x);
    /// Rich-text tooltip of a bin: period, events per series and net Goldstein.
    static QString toolTip(const TimelineModel& model, int bin);
};

} // namespace dyad
