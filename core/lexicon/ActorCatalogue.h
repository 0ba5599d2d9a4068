#pragma once

#include "core/lexicon/ActorInfo.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

/// Every actor Dyad knows: the ISO 3166-1 states from ICU, then the historical states,
/// organisations and news agencies of the lexicon data. Display names come from the data
/// first, then (for states) from ICU in any language ICU knows.
class ActorCatalogue {
public:
    /// Adds every ISO 3166-1 state ICU lists, with its alpha-3 code.
    void addIsoStates();
    /// Adds an actor, or merges its names into the actor with the same code (later names win).
    void add(ActorInfo actor);

    const ActorInfo* find(std::string_view code) const;
    const std::vector<ActorInfo>& actors() const { return m_actors; }

    /// The actor's name in `language` (ISO 639-1): the lexicon's name, ICU's for states, the
    /// English name, or the code itself when nothing is known.
    std::string displayName(std::string_view code, std::string_view language) const;

    /// ICU's name of an ISO 3166-1 alpha-2 region in a language; "" when ICU has none.
    static std::string icuRegionName(std::string_view alpha2, std::string_view language);
    /// ICU's short name of a region ("US", "UK") when it differs from the full one; else "".
    static std::string icuShortRegionName(std::string_view alpha2, std::string_view language);

private:
    std::vector<ActorInfo> m_actors;
    std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace dyad
