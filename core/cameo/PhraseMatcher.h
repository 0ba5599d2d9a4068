#pragma once

#include "core/cameo/PhrasePattern.h"
#include "core/text/Tokenizer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
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
    /// A 4096-bit filter over the first forms: a clear bit means no pattern starts with a form
    /// of that slot, so most tokens skip the hash lookups.
    using FirstFormFilter = std::array<std::uint64_t, 64>;
    static std::size_t filterSlot(const std::u32string& form);
    static bool mayContain(const FirstFormFilter& filter, const std::u32string& form);

    bool matchFrom(const PhrasePattern& pattern, std::size_t element, std::size_t position,
                   const std::vector<Token>& tokens, std::vector<std::size_t>& matched) const;

    std::vector<PhrasePattern> m_patterns;
    std::unordered_map<std::u32string, std::vector<std::size_t>> m_byFirstStem;
    std::unordered_map<std::u32string, std::vector<std::size_t>> m_byFirstWord;
    FirstFormFilter m_stemFilter{};
    FirstFormFilter m_wordFilter{};
};

} // namespace dyad
