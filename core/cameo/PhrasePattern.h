#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class Tokenizer;

/// A lexicon phrase compiled for matching against tokens (resources/lexicon/cameo/README.md).
/// Each element is one token position:
/// - `hold talks`: two elements, matched on Snowball stems;
/// - `meet|met with`: alternatives for one element (irregular forms, synonyms);
/// - `sign * agreement`: up to 3 other tokens between two elements (`*5`: up to 5);
/// - `=may`: '=' matches the folded word form instead of its stem, for every alternative;
/// - `zu$`: a trailing '$' wants the word at the end of its clause (punctuation or the end of
///   the sentence follows): German separable particles ("sagte ... Hilfe zu.").
///
/// A word that tokenizes into several tokens ("co-operate") becomes several elements; an
/// alternative must be a single token. (Not named `slots`: Qt defines that as a macro.)
struct PhrasePattern {
    struct Element {
        std::vector<std::u32string> forms; ///< stems, or folded words when `exact`
        bool exact = false;
        bool clauseEnd = false; ///< punctuation or the end of the tokens must follow
    };
    std::vector<Element> elements;
    /// gapBefore[i]: how many tokens may stand between element i-1 and i (0: adjacent).
    std::vector<int> gapBefore;

    /// Compiles `text` with the tokenizer of the phrase's language. Returns false and sets
    /// `problem` to a readable reason when the phrase is malformed.
    static bool compile(std::string_view text, const Tokenizer& tokenizer, PhrasePattern& out,
                        std::string& problem);

    /// A canonical form ("sign *3 agreement") for finding the same phrase listed twice.
    std::u32string key() const;
};

} // namespace dyad
