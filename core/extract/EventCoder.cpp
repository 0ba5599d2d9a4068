#include "core/extract/EventCoder.h"

#include <algorithm>

namespace dyad {

namespace {

using G = GrammarWords::Class;

/// How far (in tokens) an actor may stand from its trigger.
constexpr std::size_t kMaxSubjectGap = 14;
constexpr std::size_t kMaxObjectGap = 12;
/// How far before a trigger a negation or modal still governs it.
constexpr std::size_t kCueReach = 5;

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
        if (!m_grammar.is(G::Connector, s.language, s.tokens[i].folded))
            return false;
    }
    return true;
}

EventCoder::Ranges EventCoder::relativeClauses(const SentenceInput& s) const {
    Ranges ranges;
    for (std::size_t i = 0; i + 1 < s.tokens.size(); ++i) {
        if (s.tokens[i].folded != U"," ||
            !m_grammar.is(G::Clause, s.language, s.tokens[i + 1].folded))
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
        if (m_grammar.is(G::Clause, s.language, s.tokens[i].folded))
            return true;
    }
    return false;
}

bool EventCoder::isConjunctionGap(const SentenceInput& s, std::size_t from, std::size_t to) const {
    // "A and B", "A, B and C", "A y B": a conjunction, possibly after a comma.
    bool conjunction = false;
    for (std::size_t i = from; i < to; ++i) {
        const std::u32string& word = s.tokens[i].folded;
        if (m_grammar.is(G::Conjunction, s.language, word))
            conjunction = true;
        else if (word != U"," && !m_grammar.is(G::Connector, s.language, word))
            return false;
    }
    return conjunction;
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
            if (compatible && joinable && onlyConnectors(s, last.end, mention.first)) {
                last.end = mention.end;
                if (last.actor.empty() && !mention.actor.empty()) {
                    last.actor = mention.actor;
                    last.mention = static_cast<int>(m);
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
        if (chunk.role == MentionRole::Place && chunk.first > 0) {
            // "in Lima", "en La Habana", "в Москве": the place is where, not who.
            std::size_t before = chunk.first - 1;
            if (before > 0 && m_grammar.is(G::Connector, s.language, s.tokens[before].folded) &&
                s.tokens[before].folded != U",")
                --before;
            chunk.location = m_grammar.is(G::Locative, s.language, s.tokens[before].folded);
        }
        result.push_back(std::move(chunk));
    }
    return result;
}

EventCoder::Side EventCoder::subject(const SentenceInput& s, const std::vector<Chunk>& chunks,
                                     const Ranges& skip, const TriggerHit& trigger) const {
    Side side;
    for (auto it = chunks.rbegin(); it != chunks.rend(); ++it) {
        const Chunk& c = *it;
        if (c.end > trigger.first || rangeOf(skip, c.first))
            continue;
        std::size_t skipped = 0;
        for (const auto& range : skip) {
            if (range.first >= c.end && range.second <= trigger.first)
                skipped += range.second - range.first;
        }
        if (trigger.first - c.end - skipped > kMaxSubjectGap ||
            hasClauseBreak(s, skip, c.end, trigger.first))
            break;
        if (c.role == MentionRole::Plural) {
            side.first = &c;
            return side;
        }
        if (!canAct(c.role) || c.location || c.actor.empty())
            continue;
        side.first = &c;
        // A coordinated actor before it: "Chile and Peru signed".
        const auto previous = std::next(it);
        if (previous != chunks.rend() && canAct(previous->role) && !previous->location &&
            !previous->actor.empty() && isConjunctionGap(s, previous->end, c.first))
            side.second = &*previous;
        return side;
    }
    return side;
}

EventCoder::Side EventCoder::object(const SentenceInput& s, const std::vector<Chunk>& chunks,
                                    const TriggerHit& trigger, std::size_t limit) const {
    Side side;
    for (auto it = chunks.begin(); it != chunks.end(); ++it) {
        const Chunk& c = *it;
        if (c.first < trigger.end)
            continue;
        if (c.first >= limit || c.first - trigger.end > kMaxObjectGap ||
            hasClauseBreak(s, {}, trigger.end, c.first))
            break;
        if (c.role == MentionRole::Plural) {
            side.first = &c;
            return side;
        }
        if (!canAct(c.role) || c.actor.empty() || (c.location && !trigger.hostFromPlace))
            continue;
        side.first = &c;
        // "talks between A and B": both parties follow the trigger.
        const bool between =
            c.first > 0 && m_grammar.is(G::Between, s.language, s.tokens[c.first - 1].folded);
        const auto next = std::next(it);
        if (between && next != chunks.end() && canAct(next->role) && !next->actor.empty() &&
            isConjunctionGap(s, c.end, next->first))
            side.second = &*next;
        return side;
    }
    return side;
}

bool EventCoder::cueNear(const SentenceInput& s, CueType type, std::size_t from,
                         std::size_t to) const {
    return std::any_of(s.cues.begin(), s.cues.end(), [&](const CueHit& cue) {
        return cue.type == type && cue.first >= from && cue.first < to;
    });
}

std::vector<CodedEvent> EventCoder::code(const SentenceInput& s, const PairMemory& memory) const {
    std::vector<CodedEvent> events;
    const std::vector<Chunk> all = chunks(s);
    const Ranges relatives = relativeClauses(s);
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
        if (t + 1 < s.triggers.size())
            limit = std::min(limit, s.triggers[t + 1].first);
        const Side left = subject(s, all, skip, trigger);
        const Side right = object(s, all, trigger, limit);

        CodedEvent event;
        event.trigger = t;
        const bool leftPlural = left.first && left.first->role == MentionRole::Plural;
        const bool rightPlural = right.first && right.first->role == MentionRole::Plural;
        if (right.second) { // "between A and B"
            event.source = right.first->actor;
            event.target = right.second->actor;
            event.sourceMention = right.first->mention;
            event.targetMention = right.second->mention;
        } else if (left.second) { // "A and B met"
            event.source = left.second->actor;
            event.target = left.first->actor;
            event.sourceMention = left.second->mention;
            event.targetMention = left.first->mention;
        } else if (leftPlural || (rightPlural && !left.first)) {
            if (!memory.isKnown())
                continue;
            event.source = memory.first;
            event.target = memory.second;
        } else if (left.first && right.first && !rightPlural) {
            // "A met B"; passive "A was received by B" turns it round.
            const Chunk* source = trigger.passive ? right.first : left.first;
            const Chunk* target = trigger.passive ? left.first : right.first;
            event.source = source->actor;
            event.target = target->actor;
            event.sourceMention = source->mention;
            event.targetMention = target->mention;
        } else if (left.first && (rightPlural || trigger.reciprocal) && memory.isKnown() &&
                   (left.first->actor == memory.first || left.first->actor == memory.second)) {
            // "Cuba signed with its partner", "X met them": the other party of the pair.
            event.source = left.first->actor;
            event.target = left.first->actor == memory.first ? memory.second : memory.first;
            event.sourceMention = left.first->mention;
        } else {
            continue;
        }
        if (event.source.empty() || event.target.empty() || event.source == event.target)
            continue;
        event.code = trigger.code;
        if (cueNear(s, CueType::Modal, reachStart, trigger.first)) {
            event.code = intentCode(trigger.code);
            event.intent = true;
        }
        events.push_back(std::move(event));
    }
    return events;
}

} // namespace dyad
