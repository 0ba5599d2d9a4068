#include "core/extract/EventCoder.h"

#include <algorithm>

namespace dyad {

namespace {

using G = GrammarWords::Class;

/// How far (in tokens) an actor may stand from its trigger.
constexpr std::size_t kMaxSubjectGap = 14;
constexpr std::size_t kMaxObjectGap = 12;
constexpr std::size_t kMaxNounGap = 3;
/// Between a place and a verb-final visit after it ("in Deutschland mit Ehren empfangen").
constexpr std::size_t kMaxPlaceGap = 4;
/// How far before a trigger a negation or modal still governs it.
constexpr std::size_t kCueReach = 5;
/// Tokens from a dateline's place to its dash ("BERLIN, 30. Januar 2023 (dpa) -").
constexpr std::size_t kMaxDatelineTokens = 14;
/// Words between a verb and the noun of the act it takes as object ("the", "new").
constexpr std::size_t kMaxDeterminers = 2;
/// Most parties of a joint act coded pair by pair ("Egypt, Ethiopia and Sudan signed").
constexpr std::size_t kMaxJointParties = 6;

bool canAct(MentionRole role) {
    return role == MentionRole::Participant || role == MentionRole::Place;
}

/// The range of `ranges` holding token `i`, or nullptr.
const std::pair<std::size_t, std::size_t>*
rangeOf(const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::size_t i) {
    for (const auto& range : ranges) {
        if (i >= range.first && i < range.second)
            return &range;
    }
    return nullptr;
}

} // namespace

EventCoder::EventCoder(const GrammarWords& grammar)
    : m_grammar(grammar) {}

std::string EventCoder::intentCode(std::string_view code) {
    const std::string_view root = code.substr(0, 2);
    if (root == "04")
        return "036";
    if (root == "05")
        return "032";
    if (root == "06")
        return "031";
    if (root == "07")
        return "033";
    if (root == "08")
        return "035";
    if (root == "15" || root == "17")
        return "130";
    if (root == "16")
        return "131";
    if (root == "18" || root == "19" || root == "20")
        return "138";
    return std::string(code);
}

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

bool EventCoder::isCooperation(std::string_view code) {
    // Roots 01-08: what two parties named together do jointly ("the two sides agreed").
    return code.size() >= 2 && code[0] == '0' && code[1] >= '1' && code[1] <= '8';
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

std::vector<CodedEvent> EventCoder::code(const SentenceInput& s,
                                         const PairMemory& documentPair) const {
    // "They" later in a sentence means the pair the sentence has just named.
    PairMemory memory = documentPair;
    std::vector<CodedEvent> events;
    const std::vector<Chunk> all = chunks(s);
    const Ranges relatives = relativeClauses(s);
    std::vector<Side> subjects(s.triggers.size());
    std::vector<const Chunk*> objects; // the objects of the acts coded so far
    for (std::size_t t = 0; t < s.triggers.size(); ++t) {
        const TriggerHit& trigger = s.triggers[t];
        const std::size_t reachStart = trigger.first > kCueReach ? trigger.first - kCueReach : 0;
        if (cueNear(s, CueType::Negation, reachStart, trigger.first) ||
            cueNear(s, CueType::Cancellation, reachStart, trigger.end + kCueReach))
            continue;

        // A trigger inside a relative clause looks for its subject inside it; one outside
        // skips the clause. Its object stops at the next trigger or the clause's end.
        const auto* own = rangeOf(relatives, trigger.first);
        Ranges skip;
        for (const auto& range : relatives) {
            if (&range != own)
                skip.push_back(range);
        }
        std::size_t limit = own ? own->second : s.tokens.size();
        // Coordinated acts of one kind share their object ("imposed travel bans and asset
        // freezes on Russian officials"): the object search goes past them.
        std::size_t next = t + 1;
        while (next < s.triggers.size() &&
               s.triggers[next].code.substr(0, 2) == trigger.code.substr(0, 2) &&
               s.triggers[next].first >= s.triggers[next - 1].end &&
               isListGap(s, s.triggers[next - 1].end, s.triggers[next].first))
            ++next;
        // A verb judging an act ("rejected the accusations of Lithuania", "condemned the attack
        // by Ukraine", "welcomed the decision of") judges that act's doer: its object search
        // goes past the noun. Talks about an act ("discussed sanctions against Minsk") do not.
        const bool judges = trigger.code.starts_with("11") || trigger.code.starts_with("12") ||
                            trigger.code.starts_with("051");
        const bool objectIsAct = judges && !trigger.nominal && next == t + 1 &&
                                 next < s.triggers.size() && s.triggers[next].nominal &&
                                 s.triggers[next].first >= trigger.end &&
                                 s.triggers[next].first <= trigger.end + kMaxDeterminers;
        if (objectIsAct) {
            // ... its doer named right by it ("of Lithuania", "by Ukraine").
            limit = std::min(limit, s.triggers[next].end + kMaxDeterminers + 2);
            ++next;
        }
        if (next < s.triggers.size())
            limit = std::min(limit, s.triggers[next].first);
        Side left = subject(s, all, skip, trigger);
        // A noun's doer stands right before it, not before another act ("Biden condemned the
        // attack") nor in the object of an earlier act ("recalled its ambassadors to A and B
        // for consultations").
        if (trigger.nominal && left.first) {
            const std::size_t from = left.first->end;
            const bool acrossAct =
                std::any_of(s.triggers.begin(), s.triggers.end(), [&](const TriggerHit& other) {
                    return &other != &trigger && other.first >= from && other.end <= trigger.first;
                });
            const bool usedAsObject =
                std::find(objects.begin(), objects.end(), left.first) != objects.end();
            if (acrossAct || usedAsObject)
                left = {};
        }
        // Coordinated predicates share the subject: "Putin called Aliyev and apologised", "X
        // met Y and signed ...": the actor right before "and" is the first verb's object.
        if (t > 0 && subjects[t - 1].first && followsConjunction(s, trigger.first) &&
            (!left.first || left.first->first > s.triggers[t - 1].first))
            left = subjects[t - 1];
        subjects[t] = left;
        Side right = object(s, all, trigger, limit, left.first ? left.first->actor : "");
        if (!right.first && trigger.hostFromPlace)
            right = placeBefore(s, all, trigger);
        // The subject before its auxiliary, the verb at the end: the actor nearest before the
        // verb is its object ("Kenia hat ... ein Abkommen mit Tansania unterzeichnet").
        if (!right.first && left.anchored && !trigger.passive) {
            for (auto c = all.rbegin(); c != all.rend(); ++c) {
                // A mention may run into the trigger's noun ("den israelischen Botschafter
                // ausgewiesen": the trigger is "Botschafter … ausgewiesen").
                if (c->first >= trigger.first)
                    continue;
                if (c->first <= left.first->first)
                    break;
                if (canAct(c->role) && !c->location && !c->actor.empty() &&
                    c->actor != left.first->actor) {
                    right.first = &*c;
                    right.list = {&*c};
                    break;
                }
            }
        }
        // A verb at the end of its clause ("hat die Regierung zwei Diplomaten der russischen
        // Botschaft des Landes verwiesen"): the actor nearest before it is its object and the
        // one before that the subject.
        if (!right.first && left.first && left.list.size() == 1 && !trigger.nominal &&
            !trigger.passive && m_grammar.is(G::Order, s.language, U"verbfinal")) {
            TriggerHit before;
            before.first = before.end = left.first->first;
            const Side earlier = subject(s, all, skip, before);
            if (earlier.first && earlier.first->role != MentionRole::Plural &&
                earlier.first->actor != left.first->actor) {
                right = left;
                left = earlier;
            }
        }

        objects.insert(objects.end(), right.list.begin(), right.list.end());
        const bool leftPlural = left.first && left.first->role == MentionRole::Plural;
        const bool rightPlural = right.first && right.first->role == MentionRole::Plural;
        // "sanctions imposed by Canada", "the visit was hosted by Peru": the doer follows.
        // ("the attack by Ukraine": the agent of the act noun, still the verb's target)
        const bool rightIsAgent =
            right.first && !rightPlural && !objectIsAct && isAgent(s, right.first->first);
        std::vector<CodedEvent> found;
        auto add = [&](const std::string& source, const std::string& target, int sourceMention,
                       int targetMention) {
            CodedEvent event;
            event.trigger = t;
            event.source = source;
            event.target = target;
            event.sourceMention = sourceMention;
            event.targetMention = targetMention;
            found.push_back(std::move(event));
        };
        // Verb before subject ("Anschließend traf Erdoğan mit Merkel zusammen", "Se reunió
        // Maduro con Petro"): with nobody before the verb, the actor right after it acts on the
        // next one.
        Side inverted;
        if (!left.first && right.first && !right.second && !rightPlural && !rightIsAgent &&
            !trigger.nominal && !trigger.passive &&
            m_grammar.is(G::Order, s.language, U"inverted") &&
            right.first->first <= trigger.end + 2) {
            TriggerHit after = trigger;
            after.first = right.list.back()->first;
            after.end = right.list.back()->end;
            inverted = object(s, all, after, limit, right.first->actor);
        }
        if (inverted.first && inverted.first->role != MentionRole::Plural) {
            for (const Chunk* member : inverted.list)
                add(right.first->actor, member->actor, right.first->mention, member->mention);
        }
        const bool rightBetween = right.second && isBetween(s, *right.first);
        if (!found.empty()) {
            // coded above
        } else if ((rightBetween && !(leftPlural && !trigger.nominal)) ||
                   (right.second && !left.first)) {
            // ("the two sides discussed a free trade zone between A and C": the sides talked)
            // "talks between A and B", "met on Monday A and B"
            add(right.first->actor, right.second->actor, right.first->mention,
                right.second->mention);
        } else if (left.list.size() >= 2) {
            const bool objectInList =
                right.first && std::any_of(left.list.begin(), left.list.end(), [&](const Chunk* m) {
                    return m->actor == right.first->actor;
                });
            const bool joint = trigger.reciprocal || isCooperation(trigger.code);
            if (trigger.passive || rightIsAgent) {
                // "eight Turks and a US citizen were killed (by Israeli soldiers)": the list
                // undergoes the act; only a named agent acts on each.
                if (right.first && !rightPlural && !objectInList) {
                    for (const Chunk* member : left.list)
                        add(right.first->actor, member->actor, right.first->mention,
                            member->mention);
                }
            } else if (objectInList && !joint) {
                // "U.S. and British warships shot down drones ... the U.S. military said": the
                // object is no party to the act of the pair.
            } else if (right.first && !rightPlural && !objectInList) {
                // "Saudi Arabia, Bahrain and the UAE severed relations with Qatar"
                for (const Chunk* member : left.list)
                    add(member->actor, right.first->actor, member->mention, right.first->mention);
            } else if (joint && left.list.size() <= kMaxJointParties) {
                // "Chile and Peru signed"; "Egypt, Ethiopia and Sudan signed": each pair (also
                // when one of them is named again after it: "the declaration on the Ethiopian
                // dam").
                for (std::size_t a = 0; a + 1 < left.list.size(); ++a) {
                    for (std::size_t b = a + 1; b < left.list.size(); ++b)
                        add(left.list[a]->actor, left.list[b]->actor, left.list[a]->mention,
                            left.list[b]->mention);
                }
            } else if (joint) {
                // A long list acting together: the last two, as named.
                add(left.second->actor, left.first->actor, left.second->mention,
                    left.first->mention);
            }
        } else if (leftPlural || (rightPlural && !left.first)) {
            // "The two countries signed": both act together. With a one-sided act they act
            // towards a third party ("the two countries condemned Japan"), if one is named.
            if (!memory.isKnown())
                continue;
            if (trigger.reciprocal || isCooperation(trigger.code)) {
                add(memory.first, memory.second, -1, -1);
            } else if (leftPlural && right.first && !rightPlural) {
                add(memory.first, right.first->actor, -1, right.first->mention);
                add(memory.second, right.first->actor, -1, right.first->mention);
            }
        } else if (left.first && right.first && !rightPlural) {
            // "A met B"; passive "A was received by B" and "A's ... by B" turn it round;
            // "A condemned B, C and D" gives one event for each.
            if (trigger.passive || rightIsAgent) {
                add(right.first->actor, left.first->actor, right.first->mention,
                    left.first->mention);
            } else {
                for (const Chunk* member : right.list)
                    add(left.first->actor, member->actor, left.first->mention, member->mention);
            }
        } else if (left.first && (rightPlural || (trigger.reciprocal && !trigger.nominal)) &&
                   memory.isKnown() &&
                   (left.first->actor == memory.first || left.first->actor == memory.second)) {
            // "Cuba signed with its partner", "X met them": the other party of the pair.
            add(left.first->actor, left.first->actor == memory.first ? memory.second : memory.first,
                left.first->mention, -1);
        }
        for (CodedEvent& event : found) {
            if (event.source.empty() || event.target.empty() || event.source == event.target)
                continue;
            event.code = trigger.code;
            // "May said Britain would expel 23 diplomats": a cut in relations announced by a
            // government is the act itself, as in languages whose future needs no cue word.
            const bool announcedCut = trigger.code.substr(0, 2) == "16" &&
                                      cueNear(s, CueType::Reporting, 0, trigger.first);
            if (!announcedCut && cueNear(s, CueType::Modal, reachStart, trigger.first)) {
                event.code = intentCode(trigger.code);
                event.intent = true;
            }
            if (events.empty())
                memory = {event.source, event.target};
            // One act told with two words ("travel bans and asset freezes") is one event.
            const bool told = std::any_of(events.begin(), events.end(), [&](const CodedEvent& e) {
                return e.source == event.source && e.target == event.target && e.code == event.code;
            });
            if (!told)
                events.push_back(std::move(event));
        }
    }
    return events;
}

} // namespace dyad
