#pragma once

#include "core/text/Stemmer.h"
#include "core/util/TextSpan.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

enum class TokenKind : std::uint8_t { Word, Number, Punctuation };

/// A word, number or punctuation mark of a text, with its folded form (TextFolder) and, for
/// words, its Snowball stem in the tokenizer's language.
struct Token {
    TextSpan span; ///< code points in the tokenized text
    TokenKind kind = TokenKind::Word;
    bool capitalized = false; ///< starts with an upper-case or title-case letter
    bool allCaps = false;     ///< has letters, all of them upper case
    std::u32string folded;
    std::u32string stem; ///< equals `folded` for numbers, punctuation and unstemmed languages
};

/// Splits text into tokens with ICU's word break rules, then: an English possessive "'s" becomes
/// its own token ("Russia's" -> "Russia" "'s"); whitespace is dropped. Keeps a cache of stems,
/// so a Tokenizer is not thread-safe: use one per thread.
class Tokenizer {
public:
    /// `language`: ISO 639-1 code choosing the stemmer ("en", "es", "ru", "de", "fr", ...).
    explicit Tokenizer(std::string_view language);
    ~Tokenizer();
    Tokenizer(Tokenizer&&) noexcept;
    Tokenizer& operator=(Tokenizer&&) noexcept;

    const std::string& language() const { return m_stemmer.language(); }

    /// Tokens of text[range] (the whole text when range is empty), spans in text coordinates.
    std::vector<Token> tokenize(std::u32string_view text, TextSpan range = {}) const;
    /// The stem of a folded word, through the cache.
    const std::u32string& stem(const std::u32string& foldedWord) const;

private:
    Stemmer m_stemmer;
    mutable std::unordered_map<std::u32string, std::u32string> m_stemCache;
};

} // namespace dyad
