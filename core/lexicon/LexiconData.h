#pragma once

#include "core/lexicon/ActorCatalogue.h"
#include "core/lexicon/LexiconEntry.h"
#include "core/lexicon/PersonRecord.h"

#include <map>
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
    /// Folded words that match lexicon phrases only when spelt alike, never through a stem
    /// ("мало" must not be Mali), by language ("*" for every language); from ignore.tsv.
    std::map<std::string, std::set<std::u32string>, std::less<>> noStemWords;
};

} // namespace dyad
