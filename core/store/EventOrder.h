#pragma once

#include "core/store/EventStore.h"

#include <cstdint>
#include <vector>

namespace dyad {

/// The column events are sorted by.
enum class SortColumn : std::uint8_t {
    Arrival, ///< the order events entered the store
    Date,    ///< undated events last in either direction
    Source,  ///< actor code, alphabetical
    Target,  ///< actor code, alphabetical
    Code,    ///< CAMEO code
    QuadClass,
    Goldstein,
    Sources,  ///< number of sources
    Evidence, ///< first evidence's document, then arrival
};

struct SortSpec {
    SortColumn column = SortColumn::Arrival;
    bool descending = false;
    friend bool operator==(const SortSpec&, const SortSpec&) = default;
};

/// Sorting of event index vectors by any column: a 32-bit key per event, ties broken by arrival,
/// so every sort is stable and deterministic.
class EventOrder {
public:
    EventOrder(const EventStore& store, SortSpec spec);

    /// Every event of the store, sorted (parallel over the cores for large stores).
    std::vector<std::uint32_t> all() const;
    /// Sorts `events` in place.
    void sort(std::vector<std::uint32_t>& events) const;
    /// Merges `added` (any order) into the sorted `order`, keeping it sorted.
    void merge(std::vector<std::uint32_t>& order, std::vector<std::uint32_t> added) const;
    /// Whether event `a` comes before event `b`.
    bool before(std::uint32_t a, std::uint32_t b) const { return composite(a) < composite(b); }
    /// Whether a change of an event's number of sources can move it in this order.
    bool dependsOnSources() const { return m_spec.column == SortColumn::Sources; }

private:
    std::uint32_t key(std::uint32_t event) const;
    /// Key in the high half, arrival (reversed for a descending arrival order) in the low half.
    std::uint64_t composite(std::uint32_t event) const {
        return (std::uint64_t{key(event)} << 32) | tieBreak(event);
    }
    std::uint32_t tieBreak(std::uint32_t event) const {
        return m_reverseArrival ? 0xFFFFFFFFu - event : event;
    }

    const EventStore& m_store;
    SortSpec m_spec;
    bool m_reverseArrival = false;
    std::vector<std::uint16_t> m_codeRanks;
};

} // namespace dyad
