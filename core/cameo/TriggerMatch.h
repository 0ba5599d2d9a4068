#pragma once

#include "core/util/TextSpan.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// What a trigger phrase tells the event coder about its actors (the flags column of the
/// trigger files; resources/lexicon/cameo/README.md).
enum class TriggerFlag : std::uint8_t {
    Reciprocal = 1 << 0, ///< `recip`: both parties act ("A and B met", "A met with B")
    Noun = 1 << 1,       ///< `noun`: a nominal trigger ("talks between A and B", "A's visit to B")
    Place = 1 << 2,      ///< `place`: the target may be named by a place ("visited Moscow")
    Host = 1 << 3,       ///< `host`: the subject is the host, the object the visitor
    Passive = 1 << 4,    ///< `passive`: the phrase is passive; the subject is the target
};

/// A trigger phrase found in a sentence's tokens.
struct TriggerMatch {
    std::size_t firstToken = 0; ///< index of the first matched token
    std::size_t endToken = 0;   ///< one past the last matched token
    TextSpan span;              ///< code points from the first to the last matched token
    std::string code;           ///< CAMEO code ("042")
    std::uint8_t flags = 0;     ///< TriggerFlag bits
    std::string phrase;         ///< the phrase as written in the lexicon ("meet|met with")
    std::string origin;         ///< "triggers_en.tsv:42": where the phrase is listed
    /// The tokens the phrase's words matched; tokens inside a gap are not listed (for
    /// "kam mit Putin zusammen" the gap holds an actor).
    std::vector<std::size_t> matchedTokens;

    bool has(TriggerFlag flag) const { return (flags & static_cast<std::uint8_t>(flag)) != 0; }
};

/// Parses a flags column ("recip,noun"); returns false and names the bad flag in `problem`.
bool parseTriggerFlags(std::string_view text, std::uint8_t& flags, std::string& problem);

} // namespace dyad
