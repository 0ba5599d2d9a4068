#pragma once

#include "core/store/Query.h"

#include <string>
#include <vector>

namespace dyad {

/// The analyst's filter as the user states it (actor pair, years, event types, ...), the value
/// behind the filter panel, the command line's `--filter` and the settings. FilterText reads
/// and writes its compact text form; toQuery() turns it into a store query.
struct FilterSpec {
    std::string actorA; ///< actor code; empty for any
    std::string actorB; ///< actor code; empty for any partner
    bool directed = false;
    int fromYear = 0; ///< first year, inclusive; 0 when open
    int toYear = 0;   ///< last year, inclusive; 0 when open
    bool includeUndated = true;
    std::vector<int> roots;       ///< CAMEO roots 1..20; empty for all
    std::vector<int> quadClasses; ///< 1..4; empty for all
    int minSources = 1;
    std::string document; ///< document id; empty for any
    std::string text;     ///< free text; empty for none

    Query toQuery() const;
    /// The same filter in canonical form: pair order for an undirected pair, sorted lists.
    FilterSpec normalised() const;
    /// Equal when they select the same events (an undirected pair is unordered).
    friend bool operator==(const FilterSpec& a, const FilterSpec& b);
};

} // namespace dyad
