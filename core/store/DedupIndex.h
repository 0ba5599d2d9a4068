#pragma once

#include <cstdint>
#include <vector>

namespace dyad {

/// An open-addressing hash set of event indices, used to find the event with a given dedup key
/// in O(1). It stores only 32-bit indices (about 8 bytes per event at its load factor); keys
/// are compared through the caller's predicate against the store's own columns.
class DedupIndex {
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    /// The stored index for which `matches(index)` holds among those with `hash`, or npos.
    template <class Matches>
    std::uint32_t find(std::uint64_t hash, Matches&& matches) const {
        if (m_slots.empty())
            return npos;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
            const std::uint32_t stored = m_slots[slot];
            if (stored == 0)
                return npos;
            if (matches(stored - 1))
                return stored - 1;
        }
    }

    /// Adds `index` under `hash`; `hashOf(i)` gives the hash of a stored index when growing.
    template <class HashOf>
    void insert(std::uint64_t hash, std::uint32_t index, HashOf&& hashOf) {
        if ((m_count + 1) * 4 > m_slots.size() * 3)
            grow(hashOf);
        place(hash, index);
        ++m_count;
    }

    /// Makes room for `count` indices in all, so that inserting them does not grow the table.
    template <class HashOf>
    void reserve(std::size_t count, HashOf&& hashOf) {
        while (count * 4 > m_slots.size() * 3)
            grow(hashOf);
    }

    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(std::uint32_t); }

private:
    void place(std::uint64_t hash, std::uint32_t index) {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t slot = hash & mask;
        while (m_slots[slot] != 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = index + 1;
    }

    template <class HashOf>
    void grow(HashOf&& hashOf) {
        std::vector<std::uint32_t> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        for (const std::uint32_t stored : old)
            if (stored != 0)
                place(hashOf(stored - 1), stored - 1);
    }

    std::vector<std::uint32_t> m_slots; ///< event index + 1; 0 is an empty slot
    std::size_t m_count = 0;
};

} // namespace dyad
