#pragma once

#include <QCoreApplication>
#include <QPalette>

#include <cstdint>
#include <optional>

class QChart;

namespace dyad {

class TimelineLanes;

/// The lanes mode of the timeline as a Qt Charts chart: one horizontal lane per country pair,
/// markers coloured by QuadClass (a sub-row per class), x in day numbers with calendar labels.
/// Aggregated lanes draw one marker per bin and class, its size growing with the count.
class TimelineLanesChart {
    Q_DECLARE_TR_FUNCTIONS(dyad::TimelineLanesChart)

public:
    /// A new chart (owned by the caller); `selectedEvent` is ringed when it is in a lane.
    static QChart* build(const TimelineLanes& lanes, const QPalette& palette,
                         std::optional<std::uint32_t> selectedEvent = std::nullopt);
    /// Marker diameter in pixels for a count (aggregated lanes grow with log(count)).
    static double markerSize(std::uint32_t count, std::uint32_t maxCount);
};

} // namespace dyad
