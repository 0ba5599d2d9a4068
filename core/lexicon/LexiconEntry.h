#pragma once

#include "core/lexicon/LexiconMatch.h"

#include <cstdint>
#include <string>

namespace dyad {

/// One phrase of the lexicon, as loaded from a data file (or generated from ICU's names), before
/// it is tokenised for a language.
struct LexiconEntry {
    std::string phrase;   ///< UTF-8, as written in the file
    std::string language; ///< ISO 639-1, or "*" for every language
    MentionKind kind = MentionKind::CountryName;
    std::string actor;     ///< empty for roles and for institutions needing a country
    std::string role;      ///< role id (roles, persons)
    std::string detail;    ///< place or institution kind
    std::string canonical; ///< see LexiconMatch::canonical
    /// Match only with the phrase's exact capitalisation (lower / Capitalised / ALL CAPS) and
    /// never on stems: "US" must not match the pronoun "us".
    bool caseSensitive = false;
    /// Match on folded forms only, never on stems or inflection endings.
    bool exact = false;
    bool needsCountry = false;
    std::int32_t person = -1; ///< index into the lexicon's persons for Person entries
    /// A phrase that contains a name but stands for no actor ("Latin America", "New Mexico"):
    /// it wins over the shorter names inside it and yields no match.
    bool blocker = false;
};

} // namespace dyad
