#include "core/store/Timeline.h"

#include "core/store/PairMatrix.h"
#include "core/store/Parallel.h"

#include <algorithm>
#include <limits>

namespace dyad {

namespace {

DatePrecision precisionOf(BinUnit unit) {
    switch (unit) {
    case BinUnit::Day:
    case BinUnit::Week:
        return DatePrecision::Day;
    case BinUnit::Month:
    case BinUnit::Quarter:
        return DatePrecision::Month;
    case BinUnit::Year:
        return DatePrecision::Year;
    }
    return DatePrecision::Year;
}

std::uint32_t pairKey(std::uint16_t a, std::uint16_t b) {
    return a < b ? (std::uint32_t{a} << 16) | b : (std::uint32_t{b} << 16) | a;
}

struct Part {
    std::vector<std::uint32_t> counts;
    std::vector<std::int64_t> goldstein;
    std::vector<std::uint32_t> undated;
    std::uint32_t dated = 0, coarser = 0;
};

} // namespace

Timeline aggregateTimeline(const EventStore& store, std::span<const std::uint32_t> selection,
                           const TimelineOptions& options) {
    Timeline timeline;
    timeline.seriesKind = options.series;
    const auto* day = store.days().data();
    const auto* precision = store.precisions().data();
    const auto* source = store.sourceActors().data();
    const auto* target = store.targetActors().data();
    const auto* root = store.roots().data();
    const auto* quad = store.quadClasses().data();
    const auto* goldstein = store.goldsteinTenths().data();
    const std::size_t chunks = chunkCountFor(selection.size());

    // Range of the bins.
    std::int32_t first = options.firstDay.value_or(std::numeric_limits<std::int32_t>::max());
    std::int32_t last = options.lastDay.value_or(std::numeric_limits<std::int32_t>::min());
    if (!options.firstDay || !options.lastDay) {
        std::vector<std::pair<std::int32_t, std::int32_t>> spans(
            chunks,
            {std::numeric_limits<std::int32_t>::max(), std::numeric_limits<std::int32_t>::min()});
        forEachChunk(selection.size(), chunks,
                     [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                         auto [low, high] = spans[chunk];
                         for (std::size_t i = begin; i < end; ++i) {
                             const std::uint32_t e = selection[i];
                             if (precision[e] != DatePrecision::Unknown) {
                                 low = std::min(low, day[e]);
                                 high = std::max(high, day[e]);
                             }
                         }
                         spans[chunk] = {low, high};
                     });
        for (const auto& [low, high] : spans) {
            if (!options.firstDay)
                first = std::min(first, low);
            if (!options.lastDay)
                last = std::max(last, high);
        }
    }
    if (first <= last) {
        const BinUnit unit = options.unit.value_or(CalendarBins::automaticUnit(first, last));
        timeline.bins = CalendarBins(unit, first, last);
    }

    // Series.
    std::vector<std::uint32_t> pairKeys; // for pair series
    switch (options.series) {
    case SeriesKind::QuadClass:
        for (int q = 1; q <= 4; ++q)
            timeline.seriesLabels.push_back(std::to_string(q));
        break;
    case SeriesKind::Root:
        for (int r = 1; r <= 20; ++r) {
            timeline.seriesLabels.push_back(std::to_string(r));
            if (r < 10)
                timeline.seriesLabels.back().insert(0, 1, '0');
        }
        break;
    case SeriesKind::Pair: {
        const PairMatrix pairs = aggregatePairs(store, selection);
        const std::size_t shown =
            std::min<std::size_t>(pairs.pairs.size(), std::size_t(std::max(0, options.pairSeries)));
        for (std::size_t i = 0; i < shown; ++i) {
            const PairTotal& pair = pairs.pairs[i];
            pairKeys.push_back(pairKey(pair.first, pair.second));
            timeline.seriesLabels.push_back(store.actorCode(pair.first) + "-" +
                                            store.actorCode(pair.second));
        }
        timeline.seriesLabels.push_back("other");
        break;
    }
    }

    const std::size_t seriesCount = timeline.seriesLabels.size();
    const std::size_t cells = std::size_t(timeline.bins.count()) * seriesCount;
    const DatePrecision needed = precisionOf(timeline.bins.unit());
    // Bin of every day of the range, so the pass does no calendar arithmetic (about 17,000
    // entries for 1979..2025).
    std::vector<std::int32_t> binOfDay;
    const std::int32_t firstDay = timeline.bins.count() ? timeline.bins.binStart(0) : 0;
    if (timeline.bins.count()) {
        const std::int32_t lastDay = timeline.bins.binEnd(timeline.bins.count() - 1);
        binOfDay.resize(std::size_t(lastDay - firstDay + 1));
        for (int bin = 0; bin < timeline.bins.count(); ++bin)
            std::fill(binOfDay.begin() + (timeline.bins.binStart(bin) - firstDay),
                      binOfDay.begin() + (timeline.bins.binEnd(bin) - firstDay + 1), bin);
    }
    std::vector<Part> parts(chunks);
    forEachChunk(selection.size(), chunks,
                 [&](std::size_t chunk, std::size_t begin, std::size_t end) {
                     Part& part = parts[chunk];
                     part.counts.assign(cells, 0);
                     part.goldstein.assign(cells, 0);
                     part.undated.assign(seriesCount, 0);
                     for (std::size_t i = begin; i < end; ++i) {
                         const std::uint32_t e = selection[i];
                         std::size_t series = 0;
                         switch (options.series) {
                         case SeriesKind::QuadClass:
                             series = std::size_t(std::clamp<int>(quad[e], 1, 4) - 1);
                             break;
                         case SeriesKind::Root:
                             series = std::size_t(std::clamp<int>(root[e], 1, 20) - 1);
                             break;
                         case SeriesKind::Pair: {
                             const std::uint32_t key = pairKey(source[e], target[e]);
                             series = std::size_t(std::find(pairKeys.begin(), pairKeys.end(), key) -
                                                  pairKeys.begin()); // "other" when not found
                             break;
                         }
                         }
                         if (precision[e] == DatePrecision::Unknown) {
                             ++part.undated[series];
                             continue;
                         }
                         const std::int64_t offset = std::int64_t{day[e]} - firstDay;
                         if (offset < 0 || offset >= std::int64_t(binOfDay.size()))
                             continue;
                         const int bin = binOfDay[std::size_t(offset)];
                         ++part.dated;
                         part.coarser += precision[e] < needed;
                         const std::size_t cell = std::size_t(bin) * seriesCount + series;
                         ++part.counts[cell];
                         part.goldstein[cell] += goldstein[e];
                     }
                 });

    timeline.counts.assign(cells, 0);
    timeline.goldsteinTenths.assign(cells, 0);
    timeline.undated.assign(seriesCount, 0);
    for (const Part& part : parts) {
        for (std::size_t c = 0; c < cells; ++c) {
            timeline.counts[c] += part.counts[c];
            timeline.goldsteinTenths[c] += part.goldstein[c];
        }
        for (std::size_t s = 0; s < seriesCount; ++s)
            timeline.undated[s] += part.undated[s];
        timeline.dated += part.dated;
        timeline.coarserThanBin += part.coarser;
    }
    for (int bin = 0; bin < timeline.bins.count(); ++bin) {
        std::uint32_t total = 0;
        for (std::size_t s = 0; s < seriesCount; ++s) {
            const std::uint32_t count = timeline.counts[std::size_t(bin) * seriesCount + s];
            timeline.maxCount = std::max(timeline.maxCount, count);
            total += count;
        }
        timeline.maxBinTotal = std::max(timeline.maxBinTotal, total);
    }
    return timeline;
}

} // namespace dyad
