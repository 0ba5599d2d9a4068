#pragma once

#include "core/extract/GrammarWords.h"
#include "core/extract/SentenceAnalysis.h"

#include <string_view>
#include <vector>

namespace dyad {

/// What the coder reads of one sentence.
struct SentenceInput {
    const std::vector<Token>& tokens;
    const std::vector<ActorMention>& mentions; ///< in token order, not overlapping
    const std::vector<TriggerHit>& triggers;   ///< in token order, not overlapping
    const std::vector<CueHit>& cues;
    std::string_view language;
};

/// Codes the events of one sentence from its structure: the actor on the subject side of a
/// trigger is the source and the one on the object side the target; "A and B signed" and
/// "talks between A and B" are reciprocal; "A visited Lima" takes the host from the place;
/// plural phrases ("the two countries", "they") stand for the pair the document is about.
/// Negated and cancelled acts give no event; modal ones ("will", "may", "plans to") become
/// intents (03x) or threats (13x). Agencies and places after a locative ("in Lima") never take
/// part; acts of an actor with itself are not dyads.
class EventCoder {
public:
    explicit EventCoder(const GrammarWords& grammar);

    std::vector<CodedEvent> code(const SentenceInput& sentence, const PairMemory& memory) const;

    /// The intent (03x) or threat (13x) code a modal turns `code` into; `code` itself when
    /// the act is a statement already.
    static std::string intentCode(std::string_view code);

private:
    struct Chunk {
        std::size_t first = 0;
        std::size_t end = 0;
        std::string actor;
        MentionRole role = MentionRole::Participant;
        int mention = -1;                      ///< the mention giving the actor
        EntityKind kind = EntityKind::Country; ///< of that mention
        bool location = false;                 ///< a place after a locative word
        bool afterLocative = false;            ///< any actor after a locative word
    };
    struct Side {
        const Chunk* first = nullptr;
        const Chunk* second = nullptr;  ///< a coordinated second actor ("A and B")
        std::vector<const Chunk*> list; ///< every coordinated actor, in text order ("A, B and C")
        bool anchored = false; ///< found before a German auxiliary, far from a clause-final verb
    };

    /// Token ranges of relative clauses set off by commas (", which Peru praised,").
    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    /// Where a trigger's object search stops; `pastAct`: it went past the noun of an act the
    /// verb judges, to that act's doer ("rejected the accusations of Lithuania").
    struct ObjectReach {
        std::size_t limit = 0;
        bool pastAct = false;
    };

    // EventCoder.cpp: from the sides around a trigger to its events.
    ObjectReach objectReach(const SentenceInput& s, std::size_t trigger,
                            std::size_t clauseEnd) const;
    /// With no object after the verb: the object (and subject) before a clause-final verb.
    void objectBeforeVerb(const SentenceInput& s, const std::vector<Chunk>& all, const Ranges& skip,
                          const TriggerHit& trigger, Side& left, Side& right) const;
    /// The source and target of each event of one trigger, from its sides.
    std::vector<CodedEvent> pairs(const SentenceInput& s, const std::vector<Chunk>& all,
                                  const TriggerHit& trigger, const Side& left, const Side& right,
                                  const ObjectReach& reach, const PairMemory& memory) const;
    static bool isCooperation(std::string_view code);

    // EventCoderParties.cpp: who stands on which side of a trigger.

    std::vector<Chunk> chunks(const SentenceInput& sentence) const;
    Ranges relativeClauses(const SentenceInput& sentence) const;
    bool onlyConnectors(const SentenceInput& s, std::size_t from, std::size_t to) const;
    bool hasClauseBreak(const SentenceInput& s, const Ranges& skip, std::size_t from,
                        std::size_t to) const;
    bool isConjunctionGap(const SentenceInput& s, std::size_t from, std::size_t to) const;
    /// Commas, conjunctions and connectors only, at least one comma or conjunction: the gap
    /// between two members of a list.
    bool isListGap(const SentenceInput& s, std::size_t from, std::size_t to) const;
    Side subject(const SentenceInput& s, const std::vector<Chunk>& chunks, const Ranges& skip,
                 const TriggerHit& trigger) const;
    /// The object after the trigger, before `limit`; an actor equal to `subjectActor` is a
    /// modifier ("froze U.S. assets of Russian officials"), not the object.
    Side object(const SentenceInput& s, const std::vector<Chunk>& chunks, const TriggerHit& trigger,
                std::size_t limit, const std::string& subjectActor) const;
    /// A verb-final visit: the place right before it is the host ("nach Moskau gereist",
    /// "в Москву прибыл").
    Side placeBefore(const SentenceInput& s, const std::vector<Chunk>& chunks,
                     const TriggerHit& trigger) const;
    bool isBetween(const SentenceInput& s, const Chunk& chunk) const;
    /// Whether a conjunction stands right before token `at` (at most one word between).
    bool followsConjunction(const SentenceInput& s, std::size_t at) const;
    /// Whether two mentions can be members of one list.
    static bool alike(EntityKind a, EntityKind b);
    /// Whether a place ending at `placeEnd` and opening the sentence is its dateline.
    static bool isDateline(const SentenceInput& s, std::size_t placeEnd);
    /// Whether an agent word ("by", "por", "со стороны") stands right before the chunk.
    bool isAgent(const SentenceInput& s, std::size_t chunkFirst) const;
    bool cueNear(const SentenceInput& s, CueType type, std::size_t from, std::size_t to) const;

    const GrammarWords& m_grammar;
};

} // namespace dyad
