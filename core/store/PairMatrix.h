#pragma once

#include "core/store/EventStore.h"

#include <cstdint>
#include <span>
#include <vector>

namespace dyad {

/// Totals of the events between two actors.
struct PairCell {
    std::uint32_t count = 0;
    std::uint32_t cooperation = 0;    ///< events of QuadClass 1 or 2
    std::int64_t goldsteinTenths = 0; ///< net Goldstein (the sum of the weights) in tenths

    double cooperationShare() const { return count ? double(cooperation) / count : 0.0; }
    double netGoldstein() const { return double(goldsteinTenths) / 10.0; }
};

/// Totals of an unordered pair of actors (both directions together).
struct PairTotal {
    std::uint16_t first = 0; ///< the actor whose code sorts first
    std::uint16_t second = 0;
    PairCell totals;
};

/// The actor x actor matrix of a selection: rows are sources, columns targets, over the actors
/// that take part in the selection (alphabetical by code), plus the pairs by activity.
struct PairMatrix {
    std::vector<std::uint16_t> actors;
    std::vector<PairCell> cells; ///< actors.size() squared, row-major (source, target)
    std::uint32_t maxCount = 0;
    double maxAbsGoldstein = 0.0;
    std::vector<PairTotal> pairs; ///< every unordered pair, most events first

    int size() const { return static_cast<int>(actors.size()); }
    const PairCell& cell(int source, int target) const {
        return cells[static_cast<std::size_t>(source) * actors.size() +
                     static_cast<std::size_t>(target)];
    }
};

/// Builds the pair matrix of `selection` in one pass (parallel over the cores when large).
PairMatrix aggregatePairs(const EventStore& store, std::span<const std::uint32_t> selection);

} // namespace dyad
