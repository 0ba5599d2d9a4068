#pragma once

#include "core/util/TextSpan.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dyad {

/// What a lexicon phrase found in a text is.
enum class MentionKind : std::uint8_t {
    CountryName, ///< a state's or historical state's name or alias ("Cuba", "U.S.", "РФ")
    Demonym,     ///< an adjective or people noun ("Cuban", "российской", "Deutschen")
    Place,       ///< a capital or seat of government used as a metonym ("the Kremlin")
    Institution, ///< a parliament, ministry, government body ("State Duma", "MinRex")
    Agency,      ///< a news agency: reports events, never takes part in them
    Person,      ///< an office-holder from the people files
    Role, ///< a role word ("President", "canciller", "министр иностранных дел")
    Organization, ///< an international organisation's name or alias ("NATO", "ONU")
};

/// "country", "demonym", "place", "institution", "agency", "person", "role", "organisation".
std::string_view mentionKindName(MentionKind kind);

/// A lexicon phrase found in a token sequence.
struct LexiconMatch {
    std::size_t firstToken = 0; ///< index of the first token of the match
    std::size_t endToken = 0;   ///< one past the last token of the match
    TextSpan span;              ///< code points, from the first token's start to the last's end
    MentionKind kind = MentionKind::CountryName;
    /// The actor code: the state, organisation or agency; for a person the actor of the
    /// tenure chosen for the date; empty when `needsCountry` or for a role word.
    std::string actor;
    /// Role id ("head_of_state", "foreign_minister", ...) for Role matches and for persons
    /// (the role of the chosen tenure).
    std::string role;
    /// Place kind (capital, seat, city, region) or institution kind (legislature, foreign_ministry,
    /// ...).
    std::string detail;
    /// The canonical form: the person's full name, the institution's or place's name as listed,
    /// the actor's English display name for names and demonyms, the role id for roles.
    std::string canonical;
    /// An institution named without its country ("the Foreign Ministry", "National Assembly"):
    /// the caller must find the country from the context.
    bool needsCountry = false;
    /// For persons: a tenure covers the date asked for (always false when the date is unknown).
    bool inOffice = false;
};

} // namespace dyad
