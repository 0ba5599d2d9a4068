#pragma once

#include "core/cameo/PhrasePattern.h"
#include "core/text/Tokenizer.h"
#include "core/util/TextHash.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dyad {

/// Finds compiled phrases in a token sequence. Gaps never cross a sentence or clause end
/// (". ! ? ; :"). Immutable once built, so one matcher may serve several threads.
class PhraseMatcher {
public:
    struct Match {
        std::size_t pattern = 0; ///< index in the order of add()
        std::size_t firstToken = 0;
        std::size_t endToken = 0;               ///< one past the last matched token
        std::vector<std::size_t> matchedTokens; ///< tokens the elements matched (not gap tokens)
    };

    /// Adds a pattern; returns its index.
    std::size_t add(PhrasePattern pattern);
    std::size_t size() const { return m_patterns.size(); }
    const PhrasePattern& pattern(std::size_t index) const { return m_patterns[index]; }

    /// Every match of every pattern, with the tightest gaps, in token order.
    std::vector<Match> findAll(const std::vector<Token>& tokens) const;
    /// Non-overlapping matches, the most specific winning: more matched words first, then
    /// the earlier start (the verb before its object noun), then the shorter stretch of text,
    /// then more exact-form words, then the earlier pattern. The result is in token order.
    std::vector<Match> findLongest(const std::vector<Token>& tokens) const;

private:
    bool matchFrom(const PhrasePattern& pattern, std::size_t element, std::size_t position,
                   const std::vector<Token>& tokens, std::vector<std::size_t>& matched) const;

    std::vector<PhrasePattern> m_patterns;
    TextMap<std::vector<std::size_t>> m_byFirstStem;
    TextMap<std::vector<std::size_t>> m_byFirstWord;
    /// The first forms of the patterns: most tokens skip the table lookups.
    TextFilter m_stemFilter;
    TextFilter m_wordFilter;
};

} // namespace dyad
