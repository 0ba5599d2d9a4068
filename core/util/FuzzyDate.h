#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

/// How much of a date is known.
enum class DatePrecision : std::uint8_t { Unknown = 0, Year = 1, Month = 2, Day = 3 };

/// A calendar date known to a precision: a day, a month or a year, or nothing at all.
/// `day` counts days since 1970-01-01 to the first day of the period (the 1st of the month for
/// month precision, 1 January for year precision), so dates sort and compare as integers.
/// Calendar arithmetic is Boost.Date_Time's (proleptic Gregorian).
struct FuzzyDate {
    std::int32_t day = 0;
    DatePrecision precision = DatePrecision::Unknown;

    static FuzzyDate unknown() { return {}; }
    /// Returns an unknown date when year/month/day do not form a valid Gregorian date
    /// (years 1400..9999).
    static FuzzyDate ofDay(int year, int month, int dayOfMonth);
    static FuzzyDate ofMonth(int year, int month);
    static FuzzyDate ofYear(int year);
    /// From a day number (days since 1970-01-01) at day precision.
    static FuzzyDate fromDayNumber(std::int32_t dayNumber);
    /// Parses "2018-11-02", "2018-11" or "2018"; nothing for anything else.
    static std::optional<FuzzyDate> fromIso(std::string_view text);

    bool isKnown() const { return precision != DatePrecision::Unknown; }
    int year() const;
    int month() const;      ///< 1..12; 1 for year precision
    int dayOfMonth() const; ///< 1..31; 1 for month and year precision
    /// 0 = Sunday .. 6 = Saturday (meaningful at day precision).
    int dayOfWeek() const;
    /// "2018-11-02", "2018-11", "2018", or "" when unknown.
    std::string toIso() const;
    /// The same date at a coarser precision (never finer than it is).
    FuzzyDate truncated(DatePrecision to) const;
    /// This day plus `days` (day precision only; other precisions are returned unchanged).
    FuzzyDate plusDays(int days) const;

    friend bool operator==(const FuzzyDate&, const FuzzyDate&) = default;
};

/// "day", "month", "year" or "unknown".
std::string_view precisionName(DatePrecision precision);

} // namespace dyad
