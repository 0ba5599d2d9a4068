#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class Tokenizer;

/// A lexicon phrase compiled for matching against tokens (see resources/lexicon/cameo/README.md):
///
///   "hold talks"            two slots, matched on Snowball stems ("held|hold talks" for
///   irregulars) "meet|met with"         a slot with alternatives: any of them "sign * agreement"
///   a gap of up to 3 tokens between two slots ("*5": up to 5)
///   "=may"                  '=' matches the folded word form exactly instead of its stem;
///                           it applies to every alternative ("=talks|meetings")
///
/// A word that tokenizes into several tokens ("co-operate") becomes several slots; an
/// alternative must be a single token.
struct PhrasePattern {
    struct Slot {
        std::vector<std::u32string> forms; ///< stems, or folded words when `exact`
        bool exact = false;
    };
    std::vector<Slot> slots;
    /// gapBefore[i]: how many tokens may stand between slot i-1 and slot i (0: adjacent).
    std::vector<int> gapBefore;

    /// Compiles `text` with the tokenizer of the phrase's language. Returns false and sets
    /// `problem` to a readable reason when the phrase is malformed.
    static bool compile(std::string_view text, const Tokenizer& tokenizer, PhrasePattern& out,
                        std::string& problem);

    /// A canonical form ("sign *3 agreement") for finding the same phrase listed twice.
    std::u32string key() const;
};

} // namespace dyad
