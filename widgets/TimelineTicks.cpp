#include "widgets/TimelineTicks.h"

#include <QCategoryAxis>
#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

enum class TickUnit { Day, Month, Year };

struct TickStep {
    TickUnit unit;
    int step;
};

QDate dateOfDay(std::int32_t day) {
    return QDate(1970, 1, 1).addDays(day);
}

QString tickLabel(TickUnit unit, std::int32_t day) {
    const QDate date = dateOfDay(day);
    switch (unit) {
    case TickUnit::Day:
        return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
    case TickUnit::Month:
        return QLocale().toString(date, QStringLiteral("MMM yyyy"));
    case TickUnit::Year:
        return QString::number(date.year());
    }
    return {};
}

/// Tick days of one step over [first, last]; stops early once beyond `limit` ticks.
std::vector<std::int32_t> tickDays(TickStep step, std::int32_t first, std::int32_t last,
                                   std::size_t limit) {
    std::vector<std::int32_t> days;
    const CalendarBins::CivilDate start = CalendarBins::civil(first);
    if (step.unit == TickUnit::Day) {
        for (std::int32_t day = first; day <= last && days.size() <= limit; day += step.step)
            days.push_back(day);
    } else if (step.unit == TickUnit::Month) {
        int months = start.year * 12 + (start.month - 1);
        months = (months + step.step - 1) / step.step * step.step;
        for (;; months += step.step) {
            const std::int32_t day = CalendarBins::dayNumber(months / 12, months % 12 + 1, 1);
            if (day < first)
                continue;
            if (day > last || days.size() > limit)
                break;
            days.push_back(day);
        }
    } else {
        int year = (start.year + step.step - 1) / step.step * step.step;
        for (;; year += step.step) {
            const std::int32_t day = CalendarBins::dayNumber(year, 1, 1);
            if (day < first)
                continue;
            if (day > last || days.size() > limit)
                break;
            days.push_back(day);
        }
    }
    return days;
}

} // namespace

std::vector<AxisTick> TimelineTicks::forDays(std::int32_t firstDay, std::int32_t lastDay,
                                             int maxTicks) {
    static const TickStep steps[] = {
        {TickUnit::Day, 1},    {TickUnit::Day, 7},    {TickUnit::Day, 14},   {TickUnit::Month, 1},
        {TickUnit::Month, 3},  {TickUnit::Month, 6},  {TickUnit::Year, 1},   {TickUnit::Year, 2},
        {TickUnit::Year, 5},   {TickUnit::Year, 10},  {TickUnit::Year, 20},  {TickUnit::Year, 50},
        {TickUnit::Year, 100}, {TickUnit::Year, 500}, {TickUnit::Year, 1000}};
    const auto limit = static_cast<std::size_t>(std::max(2, maxTicks));
    if (lastDay < firstDay)
        std::swap(firstDay, lastDay);
    for (const TickStep& step : steps) {
        const std::vector<std::int32_t> days = tickDays(step, firstDay, lastDay + 1, limit);
        if (days.size() > limit)
            continue;
        if (days.size() < 2 && step.unit == TickUnit::Day && step.step == 1)
            continue;
        std::vector<AxisTick> ticks;
        for (const std::int32_t day : days)
            ticks.push_back({double(day), tickLabel(step.unit, day)});
        return ticks;
    }
    return {};
}

std::vector<AxisTick> TimelineTicks::forBins(const CalendarBins& bins, int maxTicks) {
    std::vector<AxisTick> ticks;
    const int count = bins.count();
    if (count <= 0)
        return ticks;
    const int every = std::max(1, (count + std::max(1, maxTicks) - 1) / std::max(1, maxTicks));
    for (int bin = 0; bin < count; bin += every)
        ticks.push_back({double(bin), QString::fromStdString(bins.label(bin))});
    return ticks;
}

void TimelineTicks::applyTo(QCategoryAxis& axis, const std::vector<AxisTick>& ticks, double min,
                            double max) {
    for (const QString& label : axis.categoriesLabels())
        axis.remove(label);
    axis.setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis.setRange(min, max);
    axis.setStartValue(min);
    double previous = min;
    for (const AxisTick& tick : ticks) {
        if (tick.value <= previous || tick.value > max)
            continue;
        axis.append(tick.label, tick.value);
        previous = tick.value;
    }
}

} // namespace dyad
