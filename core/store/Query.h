#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

/// A question to the event store. Every condition left at its default lets every event pass.
struct Query {
    std::string actorA;    ///< actor code; empty for any actor
    std::string actorB;    ///< actor code; empty for any partner
    bool directed = false; ///< true: A is the source and B the target; false: either way round
    std::optional<std::int32_t> fromDay; ///< first day (days since 1970-01-01), inclusive
    std::optional<std::int32_t> toDay;   ///< last day, inclusive
    bool includeUndated = true;
    std::vector<int> roots;       ///< CAMEO roots 1..20; empty for every root
    std::vector<int> quadClasses; ///< 1..4; empty for every class
    int minSources = 1;
    std::string document; ///< a document id: only events with evidence in it; empty for any
    std::string text;     ///< words searched in actor codes and names and in trigger words
};

} // namespace dyad
