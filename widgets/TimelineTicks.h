#pragma once

#include "core/store/CalendarBins.h"

#include <QString>

#include <cstdint>
#include <vector>

class QCategoryAxis;

namespace dyad {

/// A labelled position on a time axis.
struct AxisTick {
    double value = 0.0;
    QString label;
};

/// Readable labels for the time axes of the timeline: calendar ticks (years, quarters, months
/// or days, whichever gives at most a given number) on a day-number axis, or every k-th bin on a
/// bin-index axis.
class TimelineTicks {
public:
    /// Ticks at the starts of calendar periods inside [firstDay, lastDay + 1].
    static std::vector<AxisTick> forDays(std::int32_t firstDay, std::int32_t lastDay, int maxTicks);
    /// Ticks at the middles of every k-th bin (bin i is centred on value i).
    static std::vector<AxisTick> forBins(const CalendarBins& bins, int maxTicks);
    /// Sets `axis` to [min, max] with the ticks as labels on their values.
    static void applyTo(QCategoryAxis& axis, const std::vector<AxisTick>& ticks, double min,
                        double max);
};

} // namespace dyad
