#pragma once

#include "core/text/Stemmer.h"
#include "core/util/TextSpan.h"

#include <cstdint>
#include <functional>
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
/// its own token ("Russia's" -> "Russia" "'s"); a French elided article or pronoun becomes its
/// own word ("l'Allemagne" -> "l'" "Allemagne", "qu'il" -> "qu'" "il"); whitespace is dropped.
/// German stems keep umlauts ("fördert" and "fordert" differ) although folded forms do not.
/// Keeps a word iterator, buffers and a cache of stems, so a Tokenizer is not thread-safe: use
/// one per thread.
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
    /// The stem of a lower-case word, through the cache (for German, give the word with its
    /// umlauts to get the stem a token of it has).
    const std::u32string& stem(std::u32string_view lowerCaseWord) const;

private:
    struct Workspace;
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::u32string_view text) const {
            return std::hash<std::u32string_view>{}(text);
        }
    };

    /// The stem of a word token: `piece` as written, `folded` its folded form.
    const std::u32string& stemOf(std::u32string_view piece, const std::u32string& folded) const;
    /// Length of a French elided article or pronoun starting a folded word ("l'", "qu'"), or 0.
    std::size_t elisionLength(const std::u32string& folded) const;

    Stemmer m_stemmer;
    bool m_keepsUmlauts = false;
    bool m_splitsElision = false;
    std::unique_ptr<Workspace> m_work;
    mutable std::unordered_map<std::u32string, std::u32string, StringHash, std::equal_to<>>
        m_stemCache;
};

} // namespace dyad
