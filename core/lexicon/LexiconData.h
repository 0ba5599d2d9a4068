#pragma once

#include "core/lexicon/ActorCatalogue.h"
#include "core/lexicon/LexiconEntry.h"
#include "core/lexicon/PersonRecord.h"

#include <set>
#include <string>
#include <vector>

namespace dyad {

/// Everything the lexicon files hold once loaded, before any language's phrase index is built.
struct LexiconData {
    ActorCatalogue catalogue;
    std::vector<LexiconEntry> entries; ///< in load order: later entries win ties
    std::vector<PersonRecord> persons;
    /// Languages with entries of their own (not "*"); for any other language every entry is used.
    std::set<std::string, std::less<>> languages;
};

} // namespace dyad
