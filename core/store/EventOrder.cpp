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
    if (m_spec.column == SortColumn::Arrival) {
        std::sort(events.begin(), events.end(),
                  [this](std::uint32_t a, std::uint32_t b) { return tieBreak(a) < tieBreak(b); });
        return;
    }
    // Ties keep arrival order: the radix sort below is stable over events in index order.
    if (!std::is_sorted(events.begin(), events.end()))
        std::sort(events.begin(), events.end());
    const std::size_t count = events.size();
    std::vector<std::uint32_t> keys(count);
    forEachChunk(count, chunkCountFor(count), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            keys[i] = key(events[i]);
    });
    // LSD radix sort on the 32-bit key, two passes of 16 bits (a pass whose digit is the same
    // for every event is skipped).
    std::vector<std::uint32_t> keysOut(count), eventsOut(count);
    std::vector<std::uint32_t> offsets(65536);
    for (const int shift : {0, 16}) {
        std::fill(offsets.begin(), offsets.end(), 0u);
        for (const std::uint32_t k : keys)
            ++offsets[(k >> shift) & 0xFFFFu];
        if (count == 0 || offsets[(keys[0] >> shift) & 0xFFFFu] == count)
            continue;
        std::uint32_t sum = 0;
        for (std::uint32_t& offset : offsets) {
            const std::uint32_t bucket = offset;
            offset = sum;
            sum += bucket;
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::uint32_t slot = offsets[(keys[i] >> shift) & 0xFFFFu]++;
            keysOut[slot] = keys[i];
            eventsOut[slot] = events[i];
        }
        keys.swap(keysOut);
        events.swap(eventsOut);
    }
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
