#pragma once

#include "core/store/CalendarBins.h"
#include "core/store/EventStore.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace dyad {

/// What the series of a timeline are.
enum class SeriesKind : std::uint8_t {
    QuadClass, ///< four series, QuadClass 1..4
    Root,      ///< twenty series, CAMEO roots 01..20
    Pair,      ///< the busiest country pairs (either direction), then "other pairs"
};

struct TimelineOptions {
    std::optional<BinUnit> unit; ///< chosen from the span when not set
    SeriesKind series = SeriesKind::QuadClass;
    int pairSeries = 8; ///< number of pair series before "other pairs"
    /// Range of the bins; the span of the selection's dated events when not set.
    std::optional<std::int32_t> firstDay, lastDay;
};

/// Event counts and net Goldstein per time bin and series. Events dated less precisely than a
/// bin are counted in the bin where their period starts (and counted in `coarserThanBin`).
struct Timeline {
    CalendarBins bins;
    SeriesKind seriesKind = SeriesKind::QuadClass;
    std::vector<std::string> seriesLabels;     ///< "1".."4", "01".."20", "CUB-RUS" ... "other"
    std::vector<std::uint32_t> counts;         ///< bins x series, row-major by bin
    std::vector<std::int64_t> goldsteinTenths; ///< net Goldstein in tenths, same layout
    std::vector<std::uint32_t> undated;        ///< undated events per series
    std::uint32_t maxCount = 0;                ///< largest cell
    std::uint32_t maxBinTotal = 0;             ///< largest bin summed over series
    std::uint32_t dated = 0;
    std::uint32_t coarserThanBin = 0;

    int binCount() const { return bins.count(); }
    int seriesCount() const { return static_cast<int>(seriesLabels.size()); }
    std::uint32_t count(int bin, int series) const { return counts[index(bin, series)]; }
    double netGoldstein(int bin, int series) const {
        return double(goldsteinTenths[index(bin, series)]) / 10.0;
    }

private:
    std::size_t index(int bin, int series) const {
        return static_cast<std::size_t>(bin) * seriesLabels.size() +
               static_cast<std::size_t>(series);
    }
};

/// Bins `selection` in one pass (two for pair series, which first finds the busiest pairs),
/// parallel over the cores when large.
Timeline aggregateTimeline(const EventStore& store, std::span<const std::uint32_t> selection,
                           const TimelineOptions& options = {});

} // namespace dyad
