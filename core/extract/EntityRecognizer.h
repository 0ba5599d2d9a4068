#pragma once

#include "core/extract/DocumentMemory.h"
#include "core/extract/GrammarWords.h"
#include "core/extract/SentenceAnalysis.h"
#include "core/lexicon/LexiconMatch.h"

#include <string_view>
#include <vector>

namespace dyad {

/// The actors of one sentence: token-based mentions for the coder and span-based entities for
/// the output and the source panel.
struct RecognizedSentence {
    std::vector<ActorMention> mentions;  ///< in token order, not overlapping
    std::vector<EntityMention> entities; ///< countries, people, organisations, places
};

/// Turns the lexicon's matches in a sentence into actor mentions, adding what the lexicon cannot
/// know: people it has never heard of, named beside a role ("Russian Deputy Finance Minister
/// Sergei Storchak", "the Cuban ambassador in Minsk, Ana Pérez", "Jiang Zaidong, China's
/// ambassador"), institutions whose country the context gives ("the House of Representatives of
/// Belarus"), later short mentions of people already named ("Storchak"), and plural phrases
/// that stand for the document's pair ("the two countries").
class EntityRecognizer {
public:
    explicit EntityRecognizer(const GrammarWords& grammar);

    RecognizedSentence recognize(const std::vector<Token>& tokens,
                                 std::vector<LexiconMatch> matches, std::string_view language,
                                 DocumentMemory& memory) const;

private:
    /// A name of capitalised words starting at `at` ("Sergei Storchak", "Lazo Hernández",
    /// "Diaz-Canel", "V. Putin"); its length in tokens, 0 when there is none.
    std::size_t nameAt(const std::vector<Token>& tokens, const std::vector<bool>& covered,
                       std::size_t at, std::string_view language) const;
    /// A name ending just before `end`; its first token, or `end` when there is none.
    std::size_t nameBefore(const std::vector<Token>& tokens, const std::vector<bool>& covered,
                           std::size_t end, std::string_view language) const;
    void findUnknownPeople(const std::vector<Token>& tokens, std::vector<LexiconMatch>& matches,
                           std::string_view language, DocumentMemory& memory) const;
    void resolveInstitutions(const std::vector<Token>& tokens, std::vector<LexiconMatch>& matches,
                             std::string_view language) const;

    const GrammarWords& m_grammar;
};

} // namespace dyad
