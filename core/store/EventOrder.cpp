#include "core/store/EventOrder.h"

#include "core/store/Parallel.h"

#include <algorithm>
#include <numeric>

namespace dyad {

namespace {

constexpr std::uint32_t kLast = 0xFFFFFFFFu;

} // namespace

EventOrder::EventOrder(const EventStore& store, SortSpec spec)
    : m_store(store)
    , m_spec(spec)
    , m_reverseArrival(spec.column == SortColumn::Arrival && spec.descending) {
    if (spec.column == SortColumn::Code) {
        const auto& codes = store.cameoCodes();
        std::vector<std::uint16_t> order(codes.size());
        std::iota(order.begin(), order.end(), std::uint16_t{0});
        std::sort(order.begin(), order.end(), [&codes](std::uint16_t a, std::uint16_t b) {
            return codes.text(a) < codes.text(b);
        });
        m_codeRanks.assign(order.size(), 0);
        for (std::size_t rank = 0; rank < order.size(); ++rank)
            m_codeRanks[order[rank]] = static_cast<std::uint16_t>(rank);
    }
    if (spec.column == SortColumn::Source || spec.column == SortColumn::Target)
        store.actorRanks(); // computed once here, not lazily from several threads
}

std::uint32_t EventOrder::key(std::uint32_t event) const {
    std::uint32_t key = 0;
    switch (m_spec.column) {
    case SortColumn::Arrival:
        return 0; // the tie-break alone orders events
    case SortColumn::Date:
        if (m_store.precisions()[event] == DatePrecision::Unknown)
            return kLast; // undated last in either direction
        key = (static_cast<std::uint32_t>(m_store.days()[event] + (1 << 24)) << 2) |
              static_cast<std::uint32_t>(m_store.precisions()[event]);
        break;
    case SortColumn::Source:
        key = m_store.actorRanks()[m_store.sourceActors()[event]];
        break;
    case SortColumn::Target:
        key = m_store.actorRanks()[m_store.targetActors()[event]];
        break;
    case SortColumn::Code:
        key = m_codeRanks[m_store.codes()[event]];
        break;
    case SortColumn::QuadClass:
        key = m_store.quadClasses()[event];
        break;
    case SortColumn::Goldstein:
        key = static_cast<std::uint32_t>(m_store.goldsteinTenths()[event] + 32768);
        break;
    case SortColumn::Sources:
        key = m_store.sourceCounts()[event];
        break;
    case SortColumn::Evidence: {
        const EvidenceRef ref = m_store.evidenceRefs()[event];
        if (ref == kNoEvidence)
            return kLast;
        key = EvidenceTable::isDataset(ref) ? 0x80000000u | m_store.evidence().dataset(ref).dataset
                                            : m_store.evidence().articleDocument(ref);
        break;
    }
    }
    return m_spec.descending ? ~key - 1 : key; // ~key - 1 keeps kLast free for "always last"
}

std::vector<std::uint32_t> EventOrder::all() const {
    std::vector<std::uint32_t> events(m_store.eventCount());
    std::iota(events.begin(), events.end(), 0u);
    if (m_reverseArrival)
        std::reverse(events.begin(), events.end());
    else if (m_spec.column != SortColumn::Arrival)
        sort(events);
    return events;
}

void EventOrder::sort(std::vector<std::uint32_t>& events) const {
    std::vector<std::uint64_t> keys(events.size());
    const std::size_t chunks = chunkCountFor(events.size());
    std::vector<std::size_t> bounds(chunks + 1, events.size());
    forEachChunk(events.size(), chunks, [&](std::size_t chunk, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            keys[i] = composite(events[i]);
        std::sort(keys.begin() + static_cast<std::ptrdiff_t>(begin),
                  keys.begin() + static_cast<std::ptrdiff_t>(end));
        bounds[chunk] = begin;
    });
    for (std::size_t chunk = 1; chunk < chunks; ++chunk)
        std::inplace_merge(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(bounds[chunk]),
                           keys.begin() + static_cast<std::ptrdiff_t>(bounds[chunk + 1]));
    for (std::size_t i = 0; i < events.size(); ++i)
        events[i] = tieBreak(static_cast<std::uint32_t>(keys[i])); // tieBreak is its own inverse
}

void EventOrder::merge(std::vector<std::uint32_t>& order, std::vector<std::uint32_t> added) const {
    if (added.empty())
        return;
    sort(added);
    std::vector<std::uint32_t> merged;
    merged.reserve(order.size() + added.size());
    std::merge(order.begin(), order.end(), added.begin(), added.end(), std::back_inserter(merged),
               [this](std::uint32_t a, std::uint32_t b) { return before(a, b); });
    order.swap(merged);
}

} // namespace dyad
