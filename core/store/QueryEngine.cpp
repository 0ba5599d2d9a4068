#include "core/store/QueryEngine.h"

#include "core/store/Parallel.h"
#include "core/store/SearchFolding.h"

#include <algorithm>
#include <limits>

namespace dyad {

namespace {

enum class PairMode : std::uint8_t { Any, NoMatch, EitherOf, SourceIs, TargetIs, Between, From };

} // namespace

/// A query turned into flags and ids the matching loop can test cheaply.
struct QueryEngine::Compiled {
    PairMode pairMode = PairMode::Any;
    std::uint16_t a = 0, b = 0;
    bool dateBounded = false;
    std::int32_t fromDay = std::numeric_limits<std::int32_t>::min();
    std::int32_t toDay = std::numeric_limits<std::int32_t>::max();
    bool includeUndated = true;
    std::uint32_t rootMask = 0; ///< bit r set for an allowed root; 0 for all
    std::uint8_t quadMask = 0;  ///< bit q set for an allowed class; 0 for all
    std::uint16_t minSources = 1;
    bool byDocument = false;
    std::uint32_t document = 0;
    bool byText = false;
    std::vector<std::uint8_t> textActors; ///< per actor id: its code or name contains the text
    std::vector<std::uint8_t> textWords;  ///< per trigger word id: it contains the text
    bool anyTextWord = false;
};

QueryEngine::Compiled QueryEngine::compile(const Query& query) const {
    Compiled c;
    const std::uint16_t a = query.actorA.empty() ? 0 : m_store.findActor(query.actorA);
    const std::uint16_t b = query.actorB.empty() ? 0 : m_store.findActor(query.actorB);
    const bool unknownActor = (!query.actorA.empty() && a == EventStore::kNoActor) ||
                              (!query.actorB.empty() && b == EventStore::kNoActor);
    c.a = a;
    c.b = b;
    if (unknownActor)
        c.pairMode = PairMode::NoMatch;
    else if (!query.actorA.empty() && !query.actorB.empty())
        c.pairMode = query.directed ? PairMode::From : PairMode::Between;
    else if (!query.actorA.empty())
        c.pairMode = query.directed ? PairMode::SourceIs : PairMode::EitherOf;
    else if (!query.actorB.empty()) {
        c.pairMode = query.directed ? PairMode::TargetIs : PairMode::EitherOf;
        c.a = b;
    }
    c.dateBounded = query.fromDay.has_value() || query.toDay.has_value();
    if (query.fromDay)
        c.fromDay = *query.fromDay;
    if (query.toDay)
        c.toDay = *query.toDay;
    c.includeUndated = query.includeUndated;
    for (const int root : query.roots)
        if (root >= 1 && root <= 20)
            c.rootMask |= 1u << root;
    if (!query.roots.empty() && c.rootMask == 0)
        c.pairMode = PairMode::NoMatch;
    for (const int quad : query.quadClasses)
        if (quad >= 1 && quad <= 4)
            c.quadMask = static_cast<std::uint8_t>(c.quadMask | (1u << quad));
    if (!query.quadClasses.empty() && c.quadMask == 0)
        c.pairMode = PairMode::NoMatch;
    c.minSources = static_cast<std::uint16_t>(std::clamp(query.minSources, 1, 0xFFFF));
    if (!query.document.empty()) {
        c.byDocument = true;
        c.document = m_store.documents().find(query.document);
        if (c.document == DocumentTable::npos)
            c.pairMode = PairMode::NoMatch;
    }
    const std::string needle = foldForSearch(query.text);
    if (!needle.empty()) {
        c.byText = true;
        const auto& actors = m_store.actors();
        c.textActors.assign(actors.size(), 0);
        for (std::size_t id = 0; id < actors.size(); ++id) {
            std::string haystack = actors.text(static_cast<std::uint32_t>(id));
            if (m_names)
                haystack += '\n' + m_names(haystack);
            c.textActors[id] = foldForSearch(haystack).find(needle) != std::string::npos;
        }
        const auto& words = m_store.triggerWords();
        c.textWords.assign(words.size(), 0);
        for (std::size_t id = 0; id < words.size(); ++id) {
            c.textWords[id] =
                words.text(static_cast<std::uint32_t>(id)).find(needle) != std::string::npos;
            c.anyTextWord = c.anyTextWord || c.textWords[id];
        }
    }
    return c;
}

namespace {

/// The pair condition of one mode, tested without a branch per event.
template <PairMode Mode>
std::uint8_t pairMatches(std::uint16_t source, std::uint16_t target, std::uint16_t a,
                         std::uint16_t b) {
    if constexpr (Mode == PairMode::Any)
        return 1;
    else if constexpr (Mode == PairMode::NoMatch)
        return 0;
    else if constexpr (Mode == PairMode::EitherOf)
        return (source == a) | (target == a);
    else if constexpr (Mode == PairMode::SourceIs)
        return source == a;
    else if constexpr (Mode == PairMode::TargetIs)
        return target == b;
    else if constexpr (Mode == PairMode::Between)
        return ((source == a) & (target == b)) | ((source == b) & (target == a));
    else
        return (source == a) & (target == b);
}

} // namespace

template <int ModeValue>
void QueryEngine::matchColumns(const Compiled& c, std::uint32_t begin, std::uint32_t end,
                               std::uint8_t* out) const {
    constexpr auto Mode = static_cast<PairMode>(ModeValue);
    const auto* day = m_store.days().data();
    const auto* precision = m_store.precisions().data();
    const auto* source = m_store.sourceActors().data();
    const auto* target = m_store.targetActors().data();
    const auto* root = m_store.roots().data();
    const auto* quad = m_store.quadClasses().data();
    const auto* sources = m_store.sourceCounts().data();
    const std::uint32_t rootMask = c.rootMask ? c.rootMask : 0xFFFFFFFFu;
    const std::uint32_t quadMask = c.quadMask ? c.quadMask : 0xFFu;
    const std::uint8_t undated = c.includeUndated ? 1 : 0;
    for (std::uint32_t i = begin; i < end; ++i) {
        std::uint8_t ok = pairMatches<Mode>(source[i], target[i], c.a, c.b);
        const std::uint8_t inRange = (day[i] >= c.fromDay) & (day[i] <= c.toDay);
        ok &= precision[i] == DatePrecision::Unknown ? undated : inRange;
        ok &= (rootMask >> root[i]) & 1u;
        ok &= (quadMask >> quad[i]) & 1u;
        ok &= sources[i] >= c.minSources;
        out[i - begin] = ok;
    }
}

void QueryEngine::matchRange(const Compiled& c, std::uint32_t begin, std::uint32_t end,
                             std::uint8_t* out) const {
    switch (c.pairMode) {
    case PairMode::Any:
        matchColumns<int(PairMode::Any)>(c, begin, end, out);
        break;
    case PairMode::NoMatch:
        matchColumns<int(PairMode::NoMatch)>(c, begin, end, out);
        break;
    case PairMode::EitherOf:
        matchColumns<int(PairMode::EitherOf)>(c, begin, end, out);
        break;
    case PairMode::SourceIs:
        matchColumns<int(PairMode::SourceIs)>(c, begin, end, out);
        break;
    case PairMode::TargetIs:
        matchColumns<int(PairMode::TargetIs)>(c, begin, end, out);
        break;
    case PairMode::Between:
        matchColumns<int(PairMode::Between)>(c, begin, end, out);
        break;
    case PairMode::From:
        matchColumns<int(PairMode::From)>(c, begin, end, out);
        break;
    }
    if (!c.byDocument && !c.byText)
        return;
    // Document and text conditions follow evidence chains: only for events still matching.
    const auto* source = m_store.sourceActors().data();
    const auto* target = m_store.targetActors().data();
    const auto* evidence = m_store.evidenceRefs().data();
    const EvidenceTable& table = m_store.evidence();
    for (std::uint32_t i = begin; i < end; ++i) {
        std::uint8_t& ok = out[i - begin];
        if (ok && c.byDocument) {
            bool found = false;
            for (EvidenceRef ref = evidence[i]; ref != kNoEvidence && !found; ref = table.next(ref))
                found = !EvidenceTable::isDataset(ref) && table.articleDocument(ref) == c.document;
            ok = found;
        }
        if (ok && c.byText) {
            bool found = c.textActors[source[i]] || c.textActors[target[i]];
            for (EvidenceRef ref = evidence[i]; c.anyTextWord && ref != kNoEvidence && !found;
                 ref = table.next(ref)) {
                if (EvidenceTable::isDataset(ref))
                    continue;
                const std::uint32_t word = table.articleTriggerWord(ref);
                found = word < c.textWords.size() && c.textWords[word];
            }
            ok = found;
        }
    }
}

std::vector<std::uint8_t> QueryEngine::matchMask(const Query& query) const {
    const Compiled compiled = compile(query);
    const std::uint32_t count = m_store.eventCount();
    std::vector<std::uint8_t> mask(count);
    forEachChunk(count, chunkCountFor(count), [&](std::size_t, std::size_t begin, std::size_t end) {
        matchRange(compiled, static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                   mask.data() + begin);
    });
    return mask;
}

std::vector<std::uint8_t> QueryEngine::matchEvents(const Query& query,
                                                   const std::vector<std::uint32_t>& events) const {
    const Compiled compiled = compile(query);
    std::vector<std::uint8_t> result(events.size());
    for (std::size_t i = 0; i < events.size(); ++i)
        matchRange(compiled, events[i], events[i] + 1, &result[i]);
    return result;
}

std::vector<std::uint32_t> QueryEngine::select(const Query& query) const {
    return indicesOf(matchMask(query));
}

std::vector<std::uint32_t> QueryEngine::indicesOf(const std::vector<std::uint8_t>& mask) {
    const auto count = static_cast<std::size_t>(std::count(mask.begin(), mask.end(), 1));
    std::vector<std::uint32_t> result(count + 1);
    std::size_t next = 0;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        result[next] = static_cast<std::uint32_t>(i);
        next += mask[i] != 0;
    }
    result.resize(next);
    return result;
}

std::vector<std::uint32_t> QueryEngine::filterOrder(const std::vector<std::uint8_t>& mask,
                                                    const std::vector<std::uint32_t>& order) {
    // The walk over `order` reads the mask at random: as bits it stays in cache (125 KB for a
    // million events).
    std::vector<std::uint64_t> bits((mask.size() + 63) / 64, 0);
    std::size_t count = 0;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        bits[i >> 6] |= std::uint64_t{mask[i] != 0} << (i & 63);
        count += mask[i] != 0;
    }
    std::vector<std::uint32_t> result(count);
    std::size_t next = 0;
    for (const std::uint32_t event : order) {
        if (event < mask.size() && next < count) {
            result[next] = event;
            next += (bits[event >> 6] >> (event & 63)) & 1u;
        }
    }
    result.resize(next);
    return result;
}

} // namespace dyad
