#pragma once

#include "core/text/Tokenizer.h"
#include "core/util/TextHash.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Closed-class words per language that the event coder reads sentence structure with
/// (resources/lexicon/grammar/grammar.tsv): conjunctions, locative prepositions, "between",
/// "with", connectors inside an actor's name, plural phrases standing for both parties, and
/// clause openers.
class GrammarWords {
public:
    enum class Class {
        Conjunction,
        Locative,
        Between,
        With,
        Connector,
        Plural,
        Clause,
        Honorific,
        Particle,
        Agent,
        Since,     ///< before a date that is a point of comparison ("the first visit since 1928")
        Auxiliary, ///< a finite auxiliary right after the subject ("Scholz ist ... gereist")
        Order      ///< word-order facts of the language: "inverted", "verbfinal"
    };

    /// Loads grammar.tsv; malformed lines are reported in `errors` as "file:line: problem".
    static GrammarWords load(const std::string& path, std::vector<std::string>& errors);

    /// Whether the single token `folded` is a word of `wordClass` in `language`.
    bool is(Class wordClass, std::string_view language, std::u32string_view folded) const;
    /// The same for a token, with the hash it carries.
    bool is(Class wordClass, std::string_view language, const Token& token) const;
    /// Length in tokens of the longest phrase of `wordClass` starting at tokens[at], or 0.
    std::size_t matchAt(Class wordClass, std::string_view language,
                        const std::vector<Token>& tokens, std::size_t at) const;

private:
    static constexpr std::size_t kClassCount = static_cast<std::size_t>(Class::Order) + 1;
    /// The words of one class in one language.
    struct ClassWords {
        TextSet singles;
        /// Every phrase by its first word, longest first.
        TextMap<std::vector<std::vector<std::u32string>>> byFirst;
    };
    using LanguageWords = std::array<ClassWords, kClassCount>;

    const ClassWords* wordsOf(Class wordClass, std::string_view language) const;

    /// A handful of languages: a linear search of two-letter codes beats a tree.
    std::vector<std::pair<std::string, LanguageWords>> m_languages;
};

} // namespace dyad
