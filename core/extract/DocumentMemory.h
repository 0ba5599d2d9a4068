#pragma once

#include "core/extract/SentenceAnalysis.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

/// What a document has established so far, for resolving later short mentions: the people it
/// has named (so "Storchak" or "Lazo Hernández" find the country given with the full name) and
/// the pair of actors it is about (what "they" and "the two countries" stand for).
class DocumentMemory {
public:
    /// Remembers a person named by the folded tokens of `name`: every tail of the name
    /// ("Esteban Lazo Hernández" -> "lazo hernandez", "hernandez") resolves to `actor`.
    void rememberPerson(const std::vector<std::u32string>& name, const std::string& actor);
    /// The actor of a remembered person whose name (or tail of it) is `name`, or "".
    std::string personActor(const std::vector<std::u32string>& name) const;
    /// The longest remembered name starting at tokens[at], in tokens; 0 when none.
    std::size_t personAt(const std::vector<std::u32string>& folded, std::size_t at,
                         std::string& actor) const;
    /// The actor of a remembered one-word name (of four letters or more) that the single word
    /// `folded` is written with a case ending of one to three letters ("аветисяна" after
    /// "Аветисян", "nowickis" after "Nowicki"), or "". For languages whose names inflect.
    std::string inflectedPerson(const std::u32string& folded) const;

    /// Counts an event between two actors; the pair told most often (the earliest on a tie) is
    /// what the document is about.
    void rememberPair(const std::string& source, const std::string& target);
    const PairMemory& pair() const { return m_pair; }

private:
    static std::u32string key(const std::vector<std::u32string>& name, std::size_t from,
                              std::size_t to);

    std::unordered_map<std::u32string, std::string> m_people;
    std::size_t m_longestName = 0;
    std::vector<std::pair<PairMemory, int>> m_pairCounts; ///< unordered pairs, in first order
    PairMemory m_pair;
};

} // namespace dyad
