#include "core/extract/EventCoder.h"
#include "core/extract/EventCoderLimits.h"

#include <algorithm>

// Who stands where around a trigger: the chunks of actors, their lists, the subject and the
// object side. EventCoder.cpp turns the sides into events.

namespace dyad {

using namespace coder;
using G = GrammarWords::Class;

bool EventCoder::onlyConnectors(const SentenceInput& s, std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) {
        if (!m_grammar.is(G::Connector, s.language, s.tokens[i]))
            return false;
    }
    return true;
}

EventCoder::Ranges EventCoder::relativeClauses(const SentenceInput& s) const {
    Ranges ranges;
    for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
        if (s.tokens[i].folded != U"," || !m_grammar.is(G::Clause, s.language, s.tokens[i + 1]))
            continue;
        for (std::size_t j = i + 2; j < s.tokens.size(); ++j) {
            if (s.tokens[j].folded == U",") {
                ranges.emplace_back(i, j + 1);
                i = j;
                break;
            }
        }
    }
    return ranges;
}

bool EventCoder::hasClauseBreak(const SentenceInput& s, const Ranges& skip, std::size_t from,
                                std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) {
        if (const auto* range = rangeOf(skip, i)) {
            i = range->second - 1;
            continue;
        }
        if (m_grammar.is(G::Clause, s.language, s.tokens[i]))
            return true;
    }
    return false;
}

bool EventCoder::isConjunctionGap(const SentenceInput& s, std::size_t from, std::size_t to) const {
    // "A and B", "A, B and C", "A y B": a conjunction, possibly after a comma.
    bool conjunction = false;
    for (std::size_t i = from; i < to; ++i) {
        const Token& word = s.tokens[i];
        if (m_grammar.is(G::Conjunction, s.language, word))
            conjunction = true;
        else if (word.folded != U"," && !m_grammar.is(G::Connector, s.language, word))
            return false;
    }
    return conjunction;
}

bool EventCoder::isDateline(const SentenceInput& s, std::size_t placeEnd) {
    // A place opening the sentence, then ", date (agency)" or "(agency)" and a dash.
    if (placeEnd >= s.tokens.size() ||
        (s.tokens[placeEnd].folded != U"," && s.tokens[placeEnd].folded != U"("))
        return false;
    const std::size_t last = std::min(s.tokens.size(), placeEnd + kMaxDatelineTokens);
    for (std::size_t i = placeEnd + 1; i < last; ++i) {
        if (s.tokens[i].kind == TokenKind::Punctuation && s.tokens[i].folded == U"-")
            return true;
    }
    return false;
}

std::vector<EventCoder::Chunk> EventCoder::chunks(const SentenceInput& s) const {
    std::vector<Chunk> result;
    for (std::size_t m = 0; m < s.mentions.size(); ++m) {
        const ActorMention& mention = s.mentions[m];
        if (!result.empty()) {
            Chunk& last = result.back();
            const bool compatible =
                last.actor.empty() || mention.actor.empty() || last.actor == mention.actor;
            const bool joinable =
                last.role != MentionRole::Plural && mention.role != MentionRole::Plural &&
                last.role != MentionRole::Agency && mention.role != MentionRole::Agency;
            // "In Washington, Obama froze ...": a place after a locative stays apart.
            if (compatible && joinable && !last.location &&
                onlyConnectors(s, last.end, mention.first)) {
                last.end = mention.end;
                if (last.actor.empty() && !mention.actor.empty()) {
                    last.actor = mention.actor;
                    last.mention = static_cast<int>(m);
                    last.kind = mention.kind;
                }
                // A person or country named within the chunk makes it a participant.
                if (mention.role == MentionRole::Participant)
                    last.role = MentionRole::Participant;
                continue;
            }
        }
        Chunk chunk;
        chunk.first = mention.first;
        chunk.end = mention.end;
        chunk.actor = mention.actor;
        chunk.role = mention.role;
        chunk.mention = mention.actor.empty() ? -1 : static_cast<int>(m);
        chunk.kind = mention.kind;
        if (chunk.first > 0) {
            // "in Lima", "en La Habana", "в Москве": the place is where, not who.
            std::size_t before = chunk.first - 1;
            if (before > 0 && m_grammar.is(G::Connector, s.language, s.tokens[before]) &&
                s.tokens[before].folded != U",")
                --before;
            chunk.afterLocative = m_grammar.is(G::Locative, s.language, s.tokens[before]);
            chunk.location = chunk.role == MentionRole::Place && chunk.afterLocative;
        } else {
            // The dateline's place ("BERLIN, 30. Januar (dpa) - ...") is where the story was
            // filed, never a party.
            chunk.location = chunk.role == MentionRole::Place && isDateline(s, chunk.end);
        }
        result.push_back(std::move(chunk));
    }
    return result;
}

EventCoder::Side EventCoder::subject(const SentenceInput& s, const std::vector<Chunk>& chunks,
                                     const Ranges& skip, const TriggerHit& trigger) const {
    Side side;
    // Verb-final clauses: an actor right before the finite auxiliary is the subject of the
    // participle at the end, however much stands between ("Scholz ist am Freitag als erster
    // Regierungschef aus dem Kreis der G7 nach China gereist").
    const Chunk* anchored = nullptr;
    if (!trigger.nominal && m_grammar.is(G::Order, s.language, U"verbfinal")) {
        for (const Chunk& c : chunks) {
            if (c.end >= trigger.first)
                break;
            if (c.end < s.tokens.size() &&
                m_grammar.is(G::Auxiliary, s.language, s.tokens[c.end]) && canAct(c.role) &&
                !c.location && !c.afterLocative && !c.actor.empty() && !rangeOf(skip, c.first) &&
                !hasClauseBreak(s, skip, c.end, trigger.first))
                anchored = &c;
        }
    }
    // "В МИД Беларуси отвергли", "В Кремле заявили": an institution after the locative that
    // opens the clause speaks for itself ("переговоры в Кремле" is still where).
    const bool impersonal = m_grammar.is(G::Order, s.language, U"impersonal");
    const auto opensClause = [&](const Chunk& c) {
        return c.first == 1 ||
               (c.first >= 2 && s.tokens[c.first - 2].kind == TokenKind::Punctuation);
    };
    const auto situated = [&](const Chunk& c) {
        const bool speaks =
            impersonal && c.afterLocative && c.kind == EntityKind::Organization && opensClause(c);
        return (c.location || c.afterLocative) && !speaks;
    };
    for (auto it = chunks.rbegin(); it != chunks.rend(); ++it) {
        const Chunk& c = *it;
        if (c.end > trigger.first || rangeOf(skip, c.first))
            continue;
        if (anchored && c.first > anchored->first)
            continue;
        // Places and role words cannot act: look past them ("A and B announced in Montevideo
        // the conclusion of talks").
        if (c.role != MentionRole::Plural && (!canAct(c.role) || situated(c) || c.actor.empty()))
            continue;
        std::size_t skipped = 0;
        for (const auto& range : skip) {
            if (range.first >= c.end && range.second <= trigger.first)
                skipped += range.second - range.first;
        }
        const std::size_t gap = trigger.first - c.end - skipped;
        // A noun takes its doer from right before it ("Chile's visit", "the U.S. blockade"),
        // or from the subject of the verb announcing it ("Chile announced the expulsion").
        const bool announced = cueNear(s, CueType::Reporting, c.end, trigger.first);
        const std::size_t reach = trigger.nominal && !announced ? kMaxNounGap : kMaxSubjectGap;
        if ((gap > reach && &c != anchored) || hasClauseBreak(s, skip, c.end, trigger.first))
            break;
        if (c.role == MentionRole::Plural) {
            side.first = &c;
            return side;
        }
        if (!canAct(c.role) || situated(c) || c.actor.empty())
            continue;
        side.first = &c;
        side.anchored = &c == anchored;
        // Coordinated actors before it: "Chile and Peru signed", "A, B and C severed ties".
        side.list.push_back(&c);
        bool conjunction = false;
        for (auto previous = std::next(it); previous != chunks.rend(); ++previous) {
            const Chunk* later = side.list.back();
            // Members of one list are alike ("Saudi Arabia, Bahrain and the UAE"); a pair after
            // "between" belongs to something else ("the conflict between A and B, C said").
            if (isBetween(s, *previous)) {
                // "the crisis between Madrid and Rabat began ...": the pair belongs to a noun.
                if (side.list.size() == 1)
                    return {};
                side.list.pop_back();
                break;
            }
            if (!canAct(previous->role) || previous->location || previous->actor.empty() ||
                !alike(previous->kind, c.kind) || !isListGap(s, previous->end, later->first))
                break;
            conjunction |= isConjunctionGap(s, previous->end, later->first);
            side.list.push_back(&*previous);
        }
        if (!conjunction)
            side.list.resize(1);
        std::reverse(side.list.begin(), side.list.end());
        if (side.list.size() >= 2)
            side.second = side.list[side.list.size() - 2];
        return side;
    }
    return side;
}

EventCoder::Side EventCoder::placeBefore(const SentenceInput& s, const std::vector<Chunk>& chunks,
                                         const TriggerHit& trigger) const {
    Side side;
    for (const Chunk& c : chunks) {
        if (c.afterLocative && !c.actor.empty() && c.end <= trigger.first &&
            trigger.first - c.end <= kMaxPlaceGap && !hasClauseBreak(s, {}, c.end, trigger.first)) {
            side.first = &c;
            side.list = {&c};
        }
    }
    return side;
}

EventCoder::Side EventCoder::object(const SentenceInput& s, const std::vector<Chunk>& chunks,
                                    const TriggerHit& trigger, std::size_t limit,
                                    const std::string& subjectActor) const {
    Side side;
    // "the Brazilian Congress": a country right before another actor is part of its name.
    const auto modifiesNext = [&](const Chunk& c) {
        const auto at = static_cast<std::size_t>(&c - chunks.data());
        return at + 1 < chunks.size() && chunks[at + 1].first == c.end;
    };
    // A verb ending its clause in a verb-final language has its object before it; what
    // follows the comma is another clause ("… den Präsidenten Fernández getroffen, am Sonntag
    // in Santiago Präsident Boric").
    const bool verbFinal = !trigger.nominal && m_grammar.is(G::Order, s.language, U"verbfinal");
    const bool clauseFinal =
        verbFinal && trigger.end < s.tokens.size() && s.tokens[trigger.end].folded == U",";
    for (auto it = chunks.begin(); it != chunks.end(); ++it) {
        const Chunk& c = *it;
        if (clauseFinal && c.first >= trigger.end)
            break;
        // An actor inside a gapped trigger is its object ("expel 23 Russian diplomats"), also
        // one that starts with the trigger's noun and ends inside it ("den Botschafter Israels
        // ausgewiesen") and, with the verb at the end, one that runs into the trigger's noun
        // ("den argentinischen Präsidenten Alberto Fernández getroffen").
        const bool intoTrigger =
            verbFinal && c.first < trigger.first && c.end > trigger.first && c.end < trigger.end;
        if ((c.first < trigger.first && !intoTrigger) ||
            (c.first == trigger.first && (trigger.nominal || c.end >= trigger.end)))
            continue;
        const std::size_t from = std::min(c.first, trigger.end);
        if (c.first >= limit || c.first - from > kMaxObjectGap ||
            hasClauseBreak(s, {}, from, c.first))
            break;
        if (c.role == MentionRole::Plural) {
            side.first = &c;
            return side;
        }
        // A joint act "in Vietnam" (a meeting, a ceasefire agreed "in the Syrian province")
        // happens there; a visit "to Vietnam" is hosted by it; a preposition of the trigger
        // itself ("invest in Cuba") is no locative.
        const bool meetingPlace =
            c.afterLocative && c.first > trigger.end && isCooperation(trigger.code);
        if (!canAct(c.role) || c.actor.empty() ||
            ((c.location || meetingPlace) && !trigger.hostFromPlace) ||
            (c.actor == subjectActor && !trigger.passive && !isAgent(s, c.first) &&
             !modifiesNext(c)))
            continue;
        side.first = &c;
        // Coordinated actors after it: "talks between A and B", "condemned A, B and C", and a
        // joint act whose parties follow it ("trafen sich am Montag Putin und Macron").
        side.list.push_back(&c);
        bool conjunction = false;
        for (auto next = std::next(it); next != chunks.end(); ++next) {
            const Chunk* earlier = side.list.back();
            if (next->first >= limit || !canAct(next->role) || next->actor.empty() ||
                (next->location && !trigger.hostFromPlace) || !alike(next->kind, c.kind) ||
                !isListGap(s, earlier->end, next->first))
                break;
            conjunction |= isConjunctionGap(s, earlier->end, next->first);
            side.list.push_back(&*next);
        }
        if (!conjunction)
            side.list.resize(1);
        const bool between =
            c.first > 0 && m_grammar.is(G::Between, s.language, s.tokens[c.first - 1]);
        if ((between || trigger.reciprocal) && side.list.size() >= 2)
            side.second = side.list[1];
        return side;
    }
    return side;
}

bool EventCoder::isListGap(const SentenceInput& s, std::size_t from, std::size_t to) const {
    bool separated = false;
    for (std::size_t i = from; i < to; ++i) {
        const Token& word = s.tokens[i];
        if (word.folded == U"," || m_grammar.is(G::Conjunction, s.language, word))
            separated = true;
        else if (!m_grammar.is(G::Connector, s.language, word))
            return false;
    }
    return separated;
}

bool EventCoder::isBetween(const SentenceInput& s, const Chunk& chunk) const {
    return chunk.first > 0 && m_grammar.is(G::Between, s.language, s.tokens[chunk.first - 1]);
}

bool EventCoder::alike(EntityKind a, EntityKind b) {
    // States, organisations and people are listed together ("the European Union and the
    // United States", "Trump and Ukrainian President Zelensky"); places are not.
    const auto actor = [](EntityKind k) {
        return k == EntityKind::Country || k == EntityKind::Organization || k == EntityKind::Person;
    };
    return a == b || (actor(a) && actor(b));
}

bool EventCoder::followsConjunction(const SentenceInput& s, std::size_t at) const {
    // "and signed", "and later signed", "и принес"
    for (std::size_t back = 1; back <= 2 && back <= at; ++back) {
        if (m_grammar.is(G::Conjunction, s.language, s.tokens[at - back]))
            return true;
    }
    return false;
}

bool EventCoder::isAgent(const SentenceInput& s, std::size_t chunkFirst) const {
    // The word before the chunk, over one connector ("by the United States").
    for (std::size_t back = 1; back <= 2 && back <= chunkFirst; ++back) {
        const Token& word = s.tokens[chunkFirst - back];
        if (m_grammar.is(G::Agent, s.language, word) ||
            m_grammar.matchAt(G::Agent, s.language, s.tokens, chunkFirst - back) == back)
            return true;
        if (!m_grammar.is(G::Connector, s.language, word) || word.folded == U",")
            return false;
    }
    return false;
}

bool EventCoder::cueNear(const SentenceInput& s, CueType type, std::size_t from,
                         std::size_t to) const {
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const CueHit& cue) {
        return cue.type == type && cue.first >= from && cue.first < to;
    });
}

} // namespace dyad
