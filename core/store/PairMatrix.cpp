#include "core/store/PairMatrix.h"

#include "core/store/Parallel.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace dyad {

namespace {

/// Accumulates cells by (source, target): dense for a few hundred actors, hashed beyond.
class PairAccumulator {
public:
    explicit PairAccumulator(std::size_t actorCount)
        : m_actorCount(actorCount)
        , m_dense(actorCount <= 512) {
        if (m_dense)
            m_cells.resize(actorCount * actorCount);
    }

    void add(std::uint16_t source, std::uint16_t target, std::uint8_t quad,
             std::int16_t goldsteinTenths) {
        PairCell& cell = m_dense ? m_cells[std::size_t{source} * m_actorCount + target]
                                 : m_sparse[(std::uint32_t{source} << 16) | target];
        ++cell.count;
        cell.cooperation += quad == 1 || quad == 2;
        cell.goldsteinTenths += goldsteinTenths;
    }

    template <class Visit>
    void forEach(Visit&& visit) const {
        if (m_dense) {
            for (std::size_t i = 0; i < m_cells.size(); ++i)
                if (m_cells[i].count)
                    visit(static_cast<std::uint16_t>(i / m_actorCount),
                          static_cast<std::uint16_t>(i % m_actorCount), m_cells[i]);
        } else {
            for (const auto& [key, cell] : m_sparse)
                visit(static_cast<std::uint16_t>(key >> 16),
                      static_cast<std::uint16_t>(key & 0xFFFF), cell);
        }
    }

private:
    std::size_t m_actorCount;
    bool m_dense;
    std::vector<PairCell> m_cells;
    std::unordered_map<std::uint32_t, PairCell> m_sparse;
};

void addInto(PairCell& into, const PairCell& from) {
    into.count += from.count;
    into.cooperation += from.cooperation;
    into.goldsteinTenths += from.goldsteinTenths;
}

} // namespace

PairMatrix aggregatePairs(const EventStore& store, std::span<const std::uint32_t> selection) {
    const std::size_t actorCount = store.actors().size();
    const std::size_t chunks = chunkCountFor(selection.size());
    std::vector<PairAccumulator> parts(chunks, PairAccumulator(actorCount));
    const auto* source = store.sourceActors().data();
    const auto* target = store.targetActors().data();
    const auto* quad = store.quadClasses().data();
    const auto* goldstein = store.goldsteinTenths().data();
    forEachChunk(selection.size(), chunks,
                 [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                     PairAccumulator& part = parts[chunk];
                     for (std::size_t i = begin; i < end; ++i) {
                         const std::uint32_t e = selection[i];
                         part.add(source[e], target[e], quad[e], goldstein[e]);
                     }
                 });

    // Actors taking part, alphabetical; then the dense matrix over them.
    std::vector<std::int32_t> position(actorCount, -1);
    PairMatrix matrix;
    for (const auto& part : parts)
        part.forEach([&](std::uint16_t s, std::uint16_t t, const PairCell&) {
            position[s] = position[t] = 0;
        });
    const auto& ranks = store.actorRanks();
    for (std::size_t id = 0; id < actorCount; ++id)
        if (position[id] == 0)
            matrix.actors.push_back(static_cast<std::uint16_t>(id));
    std::sort(matrix.actors.begin(), matrix.actors.end(),
              [&ranks](std::uint16_t a, std::uint16_t b) { return ranks[a] < ranks[b]; });
    for (std::size_t i = 0; i < matrix.actors.size(); ++i)
        position[matrix.actors[i]] = static_cast<std::int32_t>(i);
    const std::size_t n = matrix.actors.size();
    matrix.cells.assign(n * n, PairCell{});
    for (const auto& part : parts)
        part.forEach([&](std::uint16_t s, std::uint16_t t, const PairCell& cell) {
            addInto(matrix.cells[std::size_t(position[s]) * n + std::size_t(position[t])], cell);
        });

    for (std::size_t row = 0; row < n; ++row) {
        for (std::size_t column = 0; column < n; ++column) {
            const PairCell& cell = matrix.cells[row * n + column];
            if (!cell.count)
                continue;
            matrix.maxCount = std::max(matrix.maxCount, cell.count);
            matrix.maxAbsGoldstein =
                std::max(matrix.maxAbsGoldstein, std::abs(cell.netGoldstein()));
            if (column < row)
                continue; // each unordered pair once, from its upper-triangle cell
            PairTotal total{matrix.actors[row], matrix.actors[column], cell};
            if (column != row)
                addInto(total.totals, matrix.cells[column * n + row]);
            matrix.pairs.push_back(total);
        }
        for (std::size_t column = 0; column < row; ++column) {
            // pairs that only have events in the lower triangle direction
            const PairCell& cell = matrix.cells[row * n + column];
            if (cell.count && !matrix.cells[column * n + row].count)
                matrix.pairs.push_back({matrix.actors[column], matrix.actors[row], cell});
        }
    }
    std::sort(matrix.pairs.begin(), matrix.pairs.end(),
              [&ranks](const PairTotal& a, const PairTotal& b) {
                  if (a.totals.count != b.totals.count)
                      return a.totals.count > b.totals.count;
                  if (a.first != b.first)
                      return ranks[a.first] < ranks[b.first];
                  return ranks[a.second] < ranks[b.second];
              });
    return matrix;
}

} // namespace dyad
