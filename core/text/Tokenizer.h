#pragma once

#include "core/text/Stemmer.h"
#include "core/util/TextHash.h"
#include "core/util/TextSpan.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

enum class TokenKind : std::uint8_t { Word, Number, Punctuation };

/// A word, number or punctuation mark of a text, with its folded form (TextFolder) and, for
/// words, its Snowball stem in the tokenizer's language. `folded` and `stem` look into the
/// Tokenizer that made the token: they stay valid while it lives and until its releaseForms().
struct Token {
    TextSpan span; ///< code points in the tokenized text
    TokenKind kind = TokenKind::Word;
    bool capitalized = false; ///< starts with an upper-case or title-case letter
    bool allCaps = false;     ///< has letters, all of them upper case
    std::u32string_view folded;
    std::u32string_view stem; ///< equals `folded` for numbers, punctuation and unstemmed languages
    std::size_t foldedHash = 0; ///< textHash(folded), worked out once per distinct word
    std::size_t stemHash = 0;   ///< textHash(stem)

    HashedText foldedKey() const { return {folded, foldedHash}; }
    HashedText stemKey() const { return {stem, stemHash}; }
};

/// Splits text into tokens with ICU's word break rules, then: an English possessive "'s" becomes
/// its own token ("Russia's" -> "Russia" "'s"); a French elided article or pronoun becomes its
/// own word ("l'Allemagne" -> "l'" "Allemagne", "qu'il" -> "qu'" "il"); whitespace is dropped.
/// German stems keep umlauts ("fördert" and "fordert" differ) although folded forms do not.
/// Keeps a word iterator, buffers and what it made of each distinct piece of text it met (the
/// folded forms and stems its tokens look into), so a Tokenizer is not thread-safe: use one per
/// thread.
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
    /// Forgets the pieces met so far when there are more than `keepAtMost` of them, so a long
    /// run does not grow without bound. Tokens made before then must no longer be used.
    void releaseForms(std::size_t keepAtMost) const;
    /// How many distinct pieces of text the tokenizer keeps forms of.
    std::size_t formCount() const;

private:
    struct Workspace;
    /// One token of a piece of text as the word iterator cut it ("Russia's" has two).
    struct Part {
        std::int32_t from = 0; ///< code points from the start of the piece
        std::int32_t to = 0;
        TokenKind kind = TokenKind::Word;
        bool capitalized = false;
        bool allCaps = false;
        std::u32string folded;
        const std::u32string* stem = nullptr; ///< in the stem cache; null: the folded form
        std::size_t foldedHash = 0;
        std::size_t stemHash = 0;
    };
    struct Forms {
        std::vector<Part> parts;
    };

    /// The tokens a piece of text as written makes, through the cache of pieces.
    const Forms& formsOf(std::u32string_view piece) const;
    /// Works out the tokens of a piece the first time it is met.
    Forms makeForms(std::u32string_view piece) const;
    /// The tokens of a piece: elided article, word, possessive mark.
    Forms splitForms(std::u32string_view piece) const;
    /// The stem of a word token: `piece` as written, `folded` its folded form.
    const std::u32string& stemOf(std::u32string_view piece, const std::u32string& folded) const;
    /// Length of a French elided article or pronoun starting a folded word ("l'", "qu'"), or 0.
    std::size_t elisionLength(const std::u32string& folded) const;

    Stemmer m_stemmer;
    /// A letter the stemmer must see unfolded (German umlauts, Russian "й"), lower-cased; 0
    /// for the others. Null when folding loses nothing the language's stemmer reads.
    char32_t (*m_keptLetter)(char32_t) = nullptr;
    bool m_splitsElision = false;
    std::unique_ptr<Workspace> m_work;
    mutable TextNodeMap<std::u32string> m_stemCache; ///< parts point at its stems
    mutable TextMap<Forms> m_forms;                  ///< by the piece as written
};

} // namespace dyad
