#include "core/util/FuzzyDate.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <charconv>
#include <cstdio>

namespace dyad {

namespace {

namespace greg = boost::gregorian;

const greg::date& epoch() {
    static const greg::date e(1970, 1, 1);
    return e;
}

std::optional<greg::date> makeDate(int year, int month, int dayOfMonth) {
    if (year < 1400 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31)
        return std::nullopt;
    if (dayOfMonth > greg::gregorian_calendar::end_of_month_day(year, month))
        return std::nullopt;
    return greg::date(year, month, dayOfMonth);
}

greg::date toBoost(std::int32_t dayNumber) {
    return epoch() + greg::days(dayNumber);
}

FuzzyDate make(int year, int month, int dayOfMonth, DatePrecision precision) {
    const auto date = makeDate(year, month, dayOfMonth);
    if (!date)
        return {};
    return {static_cast<std::int32_t>((*date - epoch()).days()), precision};
}

bool parseInt(std::string_view text, int& out) {
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

} // namespace

FuzzyDate FuzzyDate::ofDay(int year, int month, int dayOfMonth) {
    return make(year, month, dayOfMonth, DatePrecision::Day);
}

FuzzyDate FuzzyDate::ofMonth(int year, int month) {
    return make(year, month, 1, DatePrecision::Month);
}

FuzzyDate FuzzyDate::ofYear(int year) {
    return make(year, 1, 1, DatePrecision::Year);
}

FuzzyDate FuzzyDate::fromDayNumber(std::int32_t dayNumber) {
    return {dayNumber, DatePrecision::Day};
}

std::optional<FuzzyDate> FuzzyDate::fromIso(std::string_view text) {
    int year = 0, month = 0, dayOfMonth = 0;
    FuzzyDate result;
    if (text.size() == 4 && parseInt(text, year))
        result = ofYear(year);
    else if (text.size() == 7 && text[4] == '-' && parseInt(text.substr(0, 4), year) &&
             parseInt(text.substr(5, 2), month))
        result = ofMonth(year, month);
    else if (text.size() == 10 && text[4] == '-' && text[7] == '-' &&
             parseInt(text.substr(0, 4), year) && parseInt(text.substr(5, 2), month) &&
             parseInt(text.substr(8, 2), dayOfMonth))
        result = ofDay(year, month, dayOfMonth);
    if (!result.isKnown())
        return std::nullopt;
    return result;
}

int FuzzyDate::year() const {
    return toBoost(day).year();
}
int FuzzyDate::month() const {
    return toBoost(day).month();
}
int FuzzyDate::dayOfMonth() const {
    return toBoost(day).day();
}
int FuzzyDate::dayOfWeek() const {
    return toBoost(day).day_of_week().as_number();
}

std::string FuzzyDate::toIso() const {
    char buffer[16];
    switch (precision) {
    case DatePrecision::Unknown:
        return {};
    case DatePrecision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", year());
        return buffer;
    case DatePrecision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year(), month());
        return buffer;
    case DatePrecision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(), month(), dayOfMonth());
        return buffer;
    }
    return {};
}

FuzzyDate FuzzyDate::truncated(DatePrecision to) const {
    if (!isKnown() || to >= precision)
        return *this;
    switch (to) {
    case DatePrecision::Unknown:
        return {};
    case DatePrecision::Year:
        return ofYear(year());
    case DatePrecision::Month:
        return ofMonth(year(), month());
    case DatePrecision::Day:
        return *this;
    }
    return *this;
}

FuzzyDate FuzzyDate::plusDays(int days) const {
    if (precision != DatePrecision::Day)
        return *this;
    return {day + days, DatePrecision::Day};
}

std::string_view precisionName(DatePrecision precision) {
    switch (precision) {
    case DatePrecision::Unknown:
        return "unknown";
    case DatePrecision::Year:
        return "year";
    case DatePrecision::Month:
        return "month";
    case DatePrecision::Day:
        return "day";
    }
    return "unknown";
}

} // namespace dyad
