#include "core/store/CalendarBins.h"

#include <cstdio>

namespace dyad {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

const char* binUnitName(BinUnit unit) {
    switch (unit) {
    case BinUnit::Day:
        return "day";
    case BinUnit::Week:
        return "week";
    case BinUnit::Month:
        return "month";
    case BinUnit::Quarter:
        return "quarter";
    case BinUnit::Year:
        return "year";
    }
    return "year";
}

// Howard Hinnant's days_from_civil / civil_from_days.
CalendarBins::CivilDate CalendarBins::civil(std::int32_t dayNumber) {
    const std::int64_t z = std::int64_t{dayNumber} + 719468;
    const std::int64_t era = floorDiv(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

std::int32_t CalendarBins::dayNumber(int year, int month, int day) {
    const std::int64_t y = year - (month <= 2 ? 1 : 0);
    const std::int64_t era = floorDiv(y, 400);
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return static_cast<std::int32_t>(era * 146097 + doe - 719468);
}

BinUnit CalendarBins::automaticUnit(std::int32_t firstDay, std::int32_t lastDay) {
    const std::int64_t span = std::int64_t{lastDay} - firstDay + 1;
    if (span <= 120)
        return BinUnit::Day;
    if (span <= 3 * 366)
        return BinUnit::Week;
    if (span <= 16 * 366)
        return BinUnit::Month;
    if (span <= 50 * 366)
        return BinUnit::Quarter;
    return BinUnit::Year;
}

CalendarBins::CalendarBins(BinUnit unit, std::int32_t firstDay, std::int32_t lastDay)
    : m_unit(unit) {
    if (lastDay < firstDay)
        return;
    m_firstOrdinal = ordinal(firstDay);
    m_count = static_cast<int>(ordinal(lastDay) - m_firstOrdinal + 1);
}

std::int64_t CalendarBins::ordinal(std::int32_t day) const {
    switch (m_unit) {
    case BinUnit::Day:
        return day;
    case BinUnit::Week:
        return floorDiv(std::int64_t{day} + 3,
                        7); // weeks start on Monday (1970-01-01 is a Thursday)
    case BinUnit::Month: {
        const CivilDate date = civil(day);
        return std::int64_t{date.year} * 12 + date.month - 1;
    }
    case BinUnit::Quarter: {
        const CivilDate date = civil(day);
        return std::int64_t{date.year} * 4 + (date.month - 1) / 3;
    }
    case BinUnit::Year:
        return civil(day).year;
    }
    return 0;
}

std::int32_t CalendarBins::startOfOrdinal(std::int64_t value) const {
    switch (m_unit) {
    case BinUnit::Day:
        return static_cast<std::int32_t>(value);
    case BinUnit::Week:
        return static_cast<std::int32_t>(value * 7 - 3);
    case BinUnit::Month:
        return dayNumber(static_cast<int>(floorDiv(value, 12)),
                         static_cast<int>(value - floorDiv(value, 12) * 12) + 1, 1);
    case BinUnit::Quarter:
        return dayNumber(static_cast<int>(floorDiv(value, 4)),
                         static_cast<int>(value - floorDiv(value, 4) * 4) * 3 + 1, 1);
    case BinUnit::Year:
        return dayNumber(static_cast<int>(value), 1, 1);
    }
    return 0;
}

std::int32_t CalendarBins::binStart(int bin) const {
    return startOfOrdinal(m_firstOrdinal + bin);
}

std::string CalendarBins::label(int bin) const {
    const CivilDate date = civil(binStart(bin));
    char text[32];
    switch (m_unit) {
    case BinUnit::Day:
    case BinUnit::Week:
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
        break;
    case BinUnit::Month:
        std::snprintf(text, sizeof text, "%04d-%02d", date.year, date.month);
        break;
    case BinUnit::Quarter:
        std::snprintf(text, sizeof text, "%04d-Q%d", date.year, (date.month - 1) / 3 + 1);
        break;
    case BinUnit::Year:
        std::snprintf(text, sizeof text, "%04d", date.year);
        break;
    }
    return text;
}

} // namespace dyad
