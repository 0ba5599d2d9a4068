#include "core/lexicon/PersonRecord.h"

#include <cstdlib>
#include <limits>

namespace dyad {

namespace {

/// The last day (day number) of the period a date stands for.
std::int32_t lastDay(const FuzzyDate& date) {
    switch (date.precision) {
    case DatePrecision::Day:
        return date.day;
    case DatePrecision::Month: {
        const int nextYear = date.month() == 12 ? date.year() + 1 : date.year();
        const int nextMonth = date.month() == 12 ? 1 : date.month() + 1;
        const FuzzyDate next = FuzzyDate::ofMonth(nextYear, nextMonth);
        return next.isKnown() ? next.day - 1 : date.day + 30;
    }
    case DatePrecision::Year: {
        const FuzzyDate next = FuzzyDate::ofYear(date.year() + 1);
        return next.isKnown() ? next.day - 1 : date.day + 364;
    }
    case DatePrecision::Unknown:
        break;
    }
    return std::numeric_limits<std::int32_t>::max();
}

std::int32_t firstDay(const FuzzyDate& date) {
    return date.isKnown() ? date.day : std::numeric_limits<std::int32_t>::min();
}

/// Days between the period of `when` and the tenure (0 when they overlap).
std::int64_t distance(const Tenure& tenure, const FuzzyDate& when) {
    const std::int64_t from = firstDay(tenure.from);
    const std::int64_t to = lastDay(tenure.to);
    const std::int64_t start = when.day;
    const std::int64_t end = lastDay(when);
    if (end < from)
        return from - end;
    if (start > to)
        return start - to;
    return 0;
}

} // namespace

bool Tenure::covers(const FuzzyDate& when) const {
    return when.isKnown() && distance(*this, when) == 0;
}

const Tenure* PersonRecord::tenureAt(const FuzzyDate& when, bool* covering) const {
    const Tenure* best = nullptr;
    std::int64_t bestDistance = std::numeric_limits<std::int64_t>::max();
    for (const Tenure& tenure : tenures) {
        const std::int64_t d = when.isKnown() ? distance(tenure, when) : 0;
        const bool later = best && firstDay(tenure.from) >= firstDay(best->from);
        if (!best || d < bestDistance || (d == bestDistance && later)) {
            best = &tenure;
            bestDistance = d;
        }
    }
    if (covering)
        *covering = best && when.isKnown() && bestDistance == 0;
    return best;
}

} // namespace dyad
