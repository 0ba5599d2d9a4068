#include "core/extract/EventCoder.h"
#include "core/extract/EventCoderLimits.h"

#include <algorithm>

namespace dyad {

using namespace coder;
using G = GrammarWords::Class;

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

bool EventCoder::isCooperation(std::string_view code) {
    // Roots 01-08: what two parties named together do jointly ("the two sides agreed").
    return code.size() >= 2 && code[0] == '0' && code[1] >= '1' && code[1] <= '8';
}

EventCoder::ObjectReach EventCoder::objectReach(const SentenceInput& s, std::size_t t,
                                                std::size_t clauseEnd) const {
    const TriggerHit& trigger = s.triggers[t];
    ObjectReach reach{clauseEnd, false};
    // Coordinated acts of one kind share their object ("imposed travel bans and asset
    // freezes on Russian officials"): the object search goes past them.
    std::size_t next = t + 1;
    while (next < s.triggers.size() &&
           s.triggers[next].code.substr(0, 2) == trigger.code.substr(0, 2) &&
           s.triggers[next].first >= s.triggers[next - 1].end &&
           isListGap(s, s.triggers[next - 1].end, s.triggers[next].first))
        ++next;
    // A verb judging an act ("rejected the accusations of Lithuania", "condemned the attack by
    // Ukraine", "welcomed the decision of") judges that act's doer, named right by the noun:
    // the object search goes just past it. Talks about an act ("discussed sanctions against
    // Minsk") do not.
    const bool judges = trigger.code.starts_with("11") || trigger.code.starts_with("12") ||
                        trigger.code.starts_with("051");
    if (judges && !trigger.nominal && next == t + 1 && next < s.triggers.size() &&
        s.triggers[next].nominal && s.triggers[next].first >= trigger.end &&
        s.triggers[next].first <= trigger.end + kMaxDeterminers) {
        reach.limit = std::min(reach.limit, s.triggers[next].end + kMaxDoerWords);
        reach.pastAct = true;
        ++next;
    }
    if (next < s.triggers.size())
        reach.limit = std::min(reach.limit, s.triggers[next].first);
    return reach;
}

void EventCoder::objectBeforeVerb(const SentenceInput& s, const std::vector<Chunk>& all,
                                  const Ranges& skip, const TriggerHit& trigger, Side& left,
                                  Side& right) const {
    if (right.first || trigger.passive)
        return;
    // The subject before its auxiliary, the verb at the end: the actor nearest before the
    // verb is its object ("Kenia hat ... ein Abkommen mit Tansania unterzeichnet").
    if (left.anchored) {
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
                return;
            }
        }
    }
    // A verb at the end of its clause ("hat die Regierung zwei Diplomaten der russischen
    // Botschaft des Landes verwiesen"): the actor nearest before it is its object and the
    // one before that the subject.
    if (left.first && left.list.size() == 1 && !trigger.nominal &&
        m_grammar.is(G::Order, s.language, U"verbfinal")) {
        TriggerHit before;
        before.first = before.end = left.first->first;
        const Side earlier = subject(s, all, skip, before);
        if (earlier.first && earlier.first->role != MentionRole::Plural &&
            earlier.first->actor != left.first->actor) {
            right = left;
            left = earlier;
        }
    }
}

std::vector<CodedEvent> EventCoder::pairs(const SentenceInput& s, const std::vector<Chunk>& all,
                                          const TriggerHit& trigger, const Side& left,
                                          const Side& right, const ObjectReach& reach,
                                          const PairMemory& memory) const {
    std::vector<CodedEvent> found;
    auto add = [&](const std::string& source, const std::string& target, int sourceMention,
                   int targetMention) {
        CodedEvent event;
        event.source = source;
        event.target = target;
        event.sourceMention = sourceMention;
        event.targetMention = targetMention;
        found.push_back(std::move(event));
    };
    const auto addEach = [&](const Chunk& source, const std::vector<const Chunk*>& targets) {
        for (const Chunk* target : targets)
            add(source.actor, target->actor, source.mention, target->mention);
    };
    const auto addToEach = [&](const std::vector<const Chunk*>& sources, const Chunk& target) {
        for (const Chunk* source : sources)
            add(source->actor, target.actor, source->mention, target.mention);
    };
    const bool leftPlural = left.first && left.first->role == MentionRole::Plural;
    const bool rightPlural = right.first && right.first->role == MentionRole::Plural;
    const bool joint = trigger.reciprocal || isCooperation(trigger.code);
    // "sanctions imposed by Canada", "the visit was hosted by Peru": the doer follows ("the
    // attack by Ukraine" after a verb judging it is still that verb's target).
    const bool rightIsAgent =
        right.first && !rightPlural && !reach.pastAct && isAgent(s, right.first->first);

    // Verb before subject ("Anschließend traf Erdoğan mit Merkel zusammen", "Se reunió Maduro
    // con Petro"): with nobody before the verb, the actor right after it acts on the next one.
    if (!left.first && right.first && !right.second && !rightPlural && !rightIsAgent &&
        !trigger.nominal && !trigger.passive && m_grammar.is(G::Order, s.language, U"inverted") &&
        right.first->first <= trigger.end + 2) {
        TriggerHit after = trigger;
        after.first = right.list.back()->first;
        after.end = right.list.back()->end;
        const Side inverted = object(s, all, after, reach.limit, right.first->actor);
        if (inverted.first && inverted.first->role != MentionRole::Plural) {
            addEach(*right.first, inverted.list);
            return found;
        }
    }

    const bool rightBetween = right.second && isBetween(s, *right.first);
    if ((rightBetween && !(leftPlural && !trigger.nominal)) || (right.second && !left.first)) {
        // "talks between A and B", "met on Monday A and B" (but "the two sides discussed a
        // free trade zone between A and C": the sides talked)
        add(right.first->actor, right.second->actor, right.first->mention, right.second->mention);
    } else if (left.list.size() >= 2) {
        const bool objectInList =
            right.first && std::any_of(left.list.begin(), left.list.end(), [&](const Chunk* m) {
                return m->actor == right.first->actor;
            });
        if (trigger.passive || rightIsAgent) {
            // "eight Turks and a US citizen were killed (by Israeli soldiers)": the list
            // undergoes the act; only a named agent acts on each.
            if (right.first && !rightPlural && !objectInList)
                addEach(*right.first, left.list);
        } else if (objectInList && !joint) {
            // "U.S. and British warships shot down drones ... the U.S. military said": the
            // object is no party to the act of the pair.
        } else if (right.first && !rightPlural && !objectInList) {
            // "Saudi Arabia, Bahrain and the UAE severed relations with Qatar"
            addToEach(left.list, *right.first);
        } else if (joint && left.list.size() <= kMaxJointParties) {
            // "Chile and Peru signed"; "Egypt, Ethiopia and Sudan signed": each pair (also when
            // one of them is named again after it: "the declaration on the Ethiopian dam").
            for (std::size_t a = 0; a + 1 < left.list.size(); ++a) {
                for (std::size_t b = a + 1; b < left.list.size(); ++b)
                    add(left.list[a]->actor, left.list[b]->actor, left.list[a]->mention,
                        left.list[b]->mention);
            }
        } else if (joint) {
            // A long list acting together: the last two, as named.
            add(left.second->actor, left.first->actor, left.second->mention, left.first->mention);
        }
    } else if (leftPlural || (rightPlural && !left.first)) {
        // "The two countries signed": both act together. With a one-sided act they act towards
        // a third party ("the two countries condemned Japan"), if one is named.
        if (!memory.isKnown())
            return found;
        if (joint) {
            add(memory.first, memory.second, -1, -1);
        } else if (leftPlural && right.first && !rightPlural) {
            add(memory.first, right.first->actor, -1, right.first->mention);
            add(memory.second, right.first->actor, -1, right.first->mention);
        }
    } else if (left.first && right.first && !rightPlural) {
        // "A met B"; passive "A was received by B" and "A's ... by B" turn it round; "A
        // condemned B, C and D" gives one event for each.
        if (trigger.passive || rightIsAgent)
            add(right.first->actor, left.first->actor, right.first->mention, left.first->mention);
        else
            addEach(*left.first, right.list);
    } else if (left.first && (rightPlural || (trigger.reciprocal && !trigger.nominal)) &&
               memory.isKnown() &&
               (left.first->actor == memory.first || left.first->actor == memory.second)) {
        // "Cuba signed with its partner", "X met them": the other party of the pair.
        add(left.first->actor, left.first->actor == memory.first ? memory.second : memory.first,
            left.first->mention, -1);
    }
    return found;
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
        const ObjectReach reach = objectReach(s, t, own ? own->second : s.tokens.size());
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
        Side right = object(s, all, trigger, reach.limit, left.first ? left.first->actor : "");
        if (!right.first && trigger.hostFromPlace)
            right = placeBefore(s, all, trigger);
        objectBeforeVerb(s, all, skip, trigger, left, right);
        objects.insert(objects.end(), right.list.begin(), right.list.end());

        for (CodedEvent& event : pairs(s, all, trigger, left, right, reach, memory)) {
            if (event.source.empty() || event.target.empty() || event.source == event.target)
                continue;
            event.trigger = t;
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
