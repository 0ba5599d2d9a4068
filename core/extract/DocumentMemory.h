#pragma once

#include "core/extract/SentenceAnalysis.h"
#include "core/util/TextHash.h"

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// What a document has established so far, for resolving later short mentions: the people it
/// has named (so "Storchak" or "Lazo Hernández" find the country given with the full name) and
/// the pair of actors it is about (what "they" and "the two countries" stand for).
class DocumentMemory {
public:
    /// The folded words of a name or sentence (views of its tokens).
    using Words = std::vector<std::u32string_view>;

    /// Remembers a person named by the folded tokens of `name`: every tail of the name
    /// ("Esteban Lazo Hernández" -> "lazo hernandez", "hernandez") resolves to `actor`.
    void rememberPerson(const Words& name, const std::string& actor);
    /// The actor of a remembered person whose name (or tail of it) is `name`, or "".
    std::string personActor(const Words& name) const;
    /// The longest remembered name starting at tokens[at], in tokens; 0 when none.
    std::size_t personAt(const Words& folded, std::size_t at, std::string& actor) const;
    /// The actor of a remembered one-word name (of four letters or more) that the single word
    /// `folded` is written with a case ending of one to three letters ("аветисяна" after
    /// "Аветисян", "nowickis" after "Nowicki"), or "". For languages whose names inflect.
    std::string inflectedPerson(std::u32string_view folded) const;

    /// Counts an event between two actors; the pair told most often (the earliest on a tie) is
    /// what the document is about.
    void rememberPair(const std::string& source, const std::string& target);
    const PairMemory& pair() const { return m_pair; }

private:
    /// The words name[from, to) joined with spaces, into `out`.
    static void key(const Words& name, std::size_t from, std::size_t to, std::u32string& out);
    void remember(const Words& name, std::size_t from, std::size_t to, const std::string& actor);

    TextMap<std::string> m_people;
    TextSet m_firstWords;         ///< the first word of every name in m_people
    mutable std::u32string m_key; ///< buffer of the lookups
    std::size_t m_longestName = 0;
    std::vector<std::pair<PairMemory, int>> m_pairCounts; ///< unordered pairs, in first order
    PairMemory m_pair;
};

} // namespace dyad
