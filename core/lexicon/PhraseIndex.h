#pragma once

#include "core/lexicon/LexiconData.h"
#include "core/text/Tokenizer.h"
#include "core/util/TextHash.h"

#include <cstdint>
#include <deque>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

/// The lexicon's phrases tokenised for one document language, indexed by the stem of their
/// first token. A document token matches a phrase token when the phrase token's capitalisation
/// allows it (a lower-case phrase word matches any case, a Capitalised one needs a capital, an
/// ACRONYM needs all capitals) and the folded forms are equal, or (unless the entry is exact)
/// the Snowball stems are equal, or the token is the phrase word plus an inflection ending of
/// the language (Russian cases, German genitive -s) for capitalised phrase words. Hyphens
/// between words are optional ("Díaz-Canel" = "Diaz Canel"). The longest match wins.
/// Built once, then read-only: find() may be called from several threads.
class PhraseIndex {
public:
    PhraseIndex(std::string language, const LexiconData& data);

    const std::string& language() const { return m_language; }
    std::size_t phraseCount() const { return m_phrases.size(); }

    std::vector<LexiconMatch> find(std::span<const Token> tokens, const FuzzyDate& when) const;

private:
    enum class Shape : std::uint8_t { Lower, Capitalized, AllCaps };
    struct PhraseToken {
        std::u32string folded;
        std::u32string stem;
        std::size_t foldedHash = 0;
        std::size_t stemHash = 0;
        Shape shape = Shape::Lower;
    };
    struct Phrase {
        const LexiconEntry* entry = nullptr;
        std::uint32_t priority = 0; ///< later-loaded phrases win ties
        bool exact = false;         ///< folded forms only (entry flag, or listed demonyms)
        bool caseSensitive = false; ///< the entry's flag, kept here to spare a lookup
        std::vector<PhraseToken> tokens;
    };
    struct Candidate {
        std::size_t end = 0;
        int rank = 0;
        int exactTokens = 0; ///< tokens matched on their folded form rather than a stem
        std::uint32_t priority = 0;
        const Phrase* phrase = nullptr;
        const Tenure* tenure = nullptr;
        bool inOffice = false;
    };

    /// Inflection endings a capitalised name may take without the stemmer joining the forms
    /// ("Лавров" -> "Лаврова"; "Putin" -> "Putins"), and the final letters an ending replaces
    /// ("Беларусь" -> "Беларуси", "Парагвай" -> "Парагвая", "Гватемала" -> "Гватемалы").
    struct Inflection {
        std::vector<std::u32string> endings;
        std::u32string_view replaced;
    };
    static Inflection inflectionOf(const std::string& language);

    void addIcuNames(Tokenizer& tokenizer);
    void add(const LexiconEntry& entry, Tokenizer& tokenizer);
    static Shape shapeOf(const Token& token);
    /// 0 = no match, 1 = on the stem or an inflection ending, 2 = on the folded form.
    /// `anyCase` skips the capitalisation check (a word after an elided article: "l'OTAN").
    int tokenMatches(const PhraseToken& expected, const Token& token, const Phrase& phrase,
                     bool anyCase = false) const;
    bool hasInflectionEnding(std::u32string_view folded, std::u32string_view base) const;
    /// A name without the final letter its case endings replace ("беларусь" -> "беларус"); the
    /// name itself when it ends otherwise or when too little would be left.
    std::u32string_view inflectionBase(std::u32string_view folded) const;
    /// The end token of the phrase matched at `first` (0 when it does not match there);
    /// `firstToken` stands for tokens[first] (the word after an elided article).
    std::size_t matchAt(const Phrase& phrase, std::span<const Token> tokens, std::size_t first,
                        const Token& firstToken, bool elided, int& exactTokens) const;
    void consider(const Phrase& phrase, std::span<const Token> tokens, std::size_t first,
                  const Token& firstToken, bool elided, const FuzzyDate& when,
                  Candidate& best) const;
    /// The length of an elided article or pronoun starting a folded token ("l'", "d'"), or 0.
    std::size_t elisionLength(std::u32string_view folded) const;
    LexiconMatch toMatch(const Candidate& best, std::span<const Token> tokens, std::size_t first,
                         std::int32_t skipped) const;

    std::string m_language;
    const LexiconData& m_data;
    std::deque<LexiconEntry> m_generated; ///< ICU's names of the states in this language
    std::vector<Phrase> m_phrases;
    TextMap<std::vector<std::uint32_t>> m_byStem;
    TextFilter m_stemFilter; ///< the first stems of m_byStem
    /// Phrases whose first word is capitalised, by that word's folded form (inflection endings).
    TextMap<std::vector<std::uint32_t>> m_byFolded;
    TextFilter m_foldedFilter; ///< the first words of m_byFolded
    /// Every phrase by its first word's folded form (words after an elided article).
    TextMap<std::vector<std::uint32_t>> m_byFirstWord;
    Inflection m_inflection;
    std::vector<std::u32string> m_elisions;
    /// Whether demonyms match on stems: only in languages whose case endings the files do not
    /// list (Russian); elsewhere every form is listed and stems would join unrelated words
    /// (Spanish "islandés" and "island").
    bool m_stemDemonyms = false;
    TextSet m_noStemWords;
};

} // namespace dyad
