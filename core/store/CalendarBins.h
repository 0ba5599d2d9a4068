#pragma once

#include <cstdint>
#include <string>

namespace dyad {

/// The width of a timeline bin.
enum class BinUnit : std::uint8_t { Day, Week, Month, Quarter, Year };

/// "day", "week", "month", "quarter", "year".
const char* binUnitName(BinUnit unit);

/// Consecutive calendar bins (days, ISO weeks from Monday, months, quarters or years) covering a
/// range of days. Calendar arithmetic is pure integer (proleptic Gregorian, as Boost.Date_Time),
/// fast enough to bin a million events in a few milliseconds.
class CalendarBins {
public:
    struct CivilDate {
        int year;
        int month; ///< 1..12
        int day;   ///< 1..31
    };
    static CivilDate civil(std::int32_t dayNumber);
    static std::int32_t dayNumber(int year, int month, int day);

    /// The unit that gives a readable number of bins (at most about 200) for a span of days.
    static BinUnit automaticUnit(std::int32_t firstDay, std::int32_t lastDay);

    CalendarBins() = default;
    CalendarBins(BinUnit unit, std::int32_t firstDay, std::int32_t lastDay);

    BinUnit unit() const { return m_unit; }
    int count() const { return m_count; }
    /// The bin holding `day`, or -1 outside the range.
    int binOf(std::int32_t day) const {
        const std::int64_t bin = ordinal(day) - m_firstOrdinal;
        return (bin >= 0 && bin < m_count) ? static_cast<int>(bin) : -1;
    }
    std::int32_t binStart(int bin) const;
    /// Last day of the bin (inclusive).
    std::int32_t binEnd(int bin) const { return binStart(bin + 1) - 1; }
    /// "2019-03-04" (day, and the Monday of a week), "2019-03", "2019-Q2", "2019".
    std::string label(int bin) const;

    friend bool operator==(const CalendarBins&, const CalendarBins&) = default;

private:
    std::int64_t ordinal(std::int32_t day) const;
    std::int32_t startOfOrdinal(std::int64_t ordinal) const;

    BinUnit m_unit = BinUnit::Year;
    std::int64_t m_firstOrdinal = 0;
    int m_count = 0;
};

} // namespace dyad
