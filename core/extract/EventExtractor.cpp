#include "core/extract/EventExtractor.h"

#include "core/extract/EventDater.h"
#include "core/extract/MoneyParser.h"
#include "core/util/Utf.h"

#include <unicode/uscript.h>

#include <algorithm>

namespace dyad {

namespace {

/// Roots whose events may carry an amount of money (pledges, agreements, aid, credits).
bool takesMoney(const std::string& root) {
    return root == "03" || root == "05" || root == "06" || root == "07";
}

TextSpan spanOf(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    if (first >= end || end > tokens.size())
        return {};
    return {tokens[first].span.start, tokens[end - 1].span.end};
}

/// An undated event told again later in the article takes the date of the dated one with the
/// same pair and root: it is the same news.
void dateRetoldNews(std::vector<Event>& events, std::size_t from) {
    for (std::size_t i = from; i < events.size(); ++i) {
        Event& event = events[i];
        if (event.date.isKnown())
            continue;
        for (std::size_t j = from; j < events.size(); ++j) {
            const Event& dated = events[j];
            const bool samePair = (dated.source == event.source && dated.target == event.target) ||
                                  (dated.source == event.target && dated.target == event.source);
            if (dated.date.isKnown() && samePair && dated.root == event.root) {
                event.date = dated.date;
                break;
            }
        }
    }
}

/// Tokens after "since" that can make up its date ("seit dem 3. Oktober 2020").
constexpr std::size_t kSinceReach = 7;

/// The parts of a sentence whose dates do not date its acts: relative and subordinate clauses
/// set off by a comma (", which nearly went to war in 1978,"), from the clause word to the next
/// comma or the sentence's end; and a date after "since" ("the first visit since 1928").

std::vector<TextSpan> asidesOf(const std::vector<Token>& tokens, const GrammarWords& grammar,
                               const std::string& language) {
    std::vector<TextSpan> asides;
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
        // "the first visit since 1928": the date after "since" is a point of comparison.
        if (grammar.is(GrammarWords::Class::Since, language, tokens[i])) {
            std::size_t end = i + 1;
            while (end < tokens.size() && end < i + kSinceReach && tokens[end].folded != U",")
                ++end;
            asides.push_back({tokens[i].span.start, tokens[end - 1].span.end});
            continue;
        }
        if (tokens[i].folded != U"," ||
            !grammar.is(GrammarWords::Class::Clause, language, tokens[i + 1]))
            continue;
        std::size_t end = i + 2;
        while (end < tokens.size() && tokens[end].folded != U",")
            ++end;
        asides.push_back({tokens[i + 1].span.start, tokens[end - 1].span.end});
        i = end - 1;
    }
    return asides;
}

/// Drops the lexicon's matches inside an amount of money: "US" in "US$1.2 billion" is a
/// currency, not an actor.
void dropMatchesInAmounts(std::vector<LexiconMatch>& matches,
                          const std::vector<MoneyAmount>& amounts) {
    std::erase_if(matches, [&](const LexiconMatch& match) {
        return std::any_of(amounts.begin(), amounts.end(), [&](const MoneyAmount& amount) {
            return amount.span.contains(match.span);
        });
    });
}

/// Remembers the first two distinct acting actors of a sentence as the document's pair.
void rememberFirstPair(const RecognizedSentence& sentence, DocumentMemory& memory) {
    std::vector<std::string> actors;
    for (const ActorMention& m : sentence.mentions) {
        if (m.role == MentionRole::Participant && !m.actor.empty() &&
            std::find(actors.begin(), actors.end(), m.actor) == actors.end())
            actors.push_back(m.actor);
    }
    if (actors.size() >= 2)
        memory.rememberPair(actors[0], actors[1]);
}

/// Code points looked at to tell the script of a document.
constexpr std::size_t kScriptSample = 2000;

/// The language whose rules code a document: Russian for text mostly in Cyrillic letters (a
/// short note may be taken for Serbian or even English), else the document's language when
/// there are rules for it, else English.
std::string codingLanguage(const Document& document, const std::vector<std::string>& withRules) {
    const auto hasRules = [&](std::string_view language) {
        return std::find(withRules.begin(), withRules.end(), language) != withRules.end();
    };
    if (document.language == "ru" || !hasRules("ru"))
        return hasRules(document.language) ? document.language : "en";
    // Letters of the first part of the text by script; ASCII ones need no look-up.
    std::size_t cyrillic = 0;
    std::size_t latin = 0;
    const std::size_t n = std::min<std::size_t>(document.text.size(), kScriptSample);
    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = document.text[i];
        if (c < 0x80) {
            latin += (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        cyrillic += uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_CYRILLIC;
    }
    if (cyrillic > latin)
        return "ru"; // a short Russian text taken for English or Serbian
    return hasRules(document.language) ? document.language : "en";
}

} // namespace

EventExtractor::EventExtractor(const ExtractionResources& resources)
    : m_resources(resources)
    , m_recognizer(resources.grammar)
    , m_coder(resources.grammar)
    , m_ruleLanguages(resources.triggers.languages()) {}

const Tokenizer& EventExtractor::tokenizerFor(const std::string& language) {
    auto it = m_tokenizers.find(language);
    if (it == m_tokenizers.end())
        it = m_tokenizers.emplace(language, Tokenizer(language)).first;
    return it->second;
}

std::vector<LexiconMatch> EventExtractor::mentionsOf(const std::vector<Token>& tokens,
                                                     const std::string& language,
                                                     const FuzzyDate& when) const {
    std::vector<LexiconMatch> matches = m_resources.lexicon.findMentions(tokens, language, when);
    for (LexiconMatch& match : matches) {
        // A news agency stands for its home state as an entity; it never takes part.
        if (match.kind == MentionKind::Agency) {
            const ActorInfo* agency = m_resources.lexicon.actor(match.actor);
            match.actor = agency ? agency->country : std::string();
        }
    }
    return matches;
}

std::vector<TriggerHit> EventExtractor::triggersOf(const std::vector<Token>& tokens,
                                                   const std::string& language) const {
    std::vector<TriggerHit> hits;
    for (const TriggerMatch& match : m_resources.triggers.findTriggers(tokens, language)) {
        TriggerHit hit;
        hit.first = match.firstToken;
        hit.end = match.endToken;
        hit.code = match.code;
        hit.reciprocal = match.has(TriggerFlag::Reciprocal);
        hit.hostFromPlace = match.has(TriggerFlag::Place);
        hit.nominal = match.has(TriggerFlag::Noun);
        hit.passive = match.has(TriggerFlag::Passive);
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::vector<CueHit> EventExtractor::cuesOf(const std::vector<Token>& tokens,
                                           const std::string& language,
                                           const std::vector<ActorMention>& mentions) const {
    std::vector<CueHit> hits;
    for (const ModalityCue& cue : m_resources.modality.find(tokens, language)) {
        // A cue word inside an actor's name is no cue; the words a gapped cue skips may be
        // names ("sagte den Besuch in der Ukraine ab").
        const bool insideName = std::any_of(mentions.begin(), mentions.end(), [&](const auto& m) {
            return !m.actor.empty() &&
                   std::any_of(cue.matchedTokens.begin(), cue.matchedTokens.end(),
                               [&](std::size_t at) { return m.first <= at && at < m.end; });
        });
        if (insideName)
            continue;
        CueHit hit;
        hit.first = cue.firstToken;
        hit.end = cue.endToken;
        switch (cue.type) {
        case ModalityType::Negation:
        case ModalityType::Condition: // "if Chile signs": nothing happened yet
            hit.type = CueType::Negation;
            break;
        case ModalityType::Cancellation:
            hit.type = CueType::Cancellation;
            break;
        case ModalityType::Intent:
            hit.type = CueType::Modal;
            break;
        case ModalityType::Report:
            hit.type = CueType::Reporting;
            break;
        }
        hits.push_back(hit);
    }
    return hits;
}

/// Distinct pieces of text a tokenizer keeps between documents (about 100 bytes each).
constexpr std::size_t kMaxTokenizerForms = 300000;

DocumentExtraction EventExtractor::extract(Document document, std::vector<Event>& events) {
    DocumentExtraction result;
    const std::string language = codingLanguage(document, m_ruleLanguages);
    const Tokenizer& tokenizer = tokenizerFor(language);
    // The tokens of earlier documents are gone: the tokenizer may forget their words.
    tokenizer.releaseForms(kMaxTokenizerForms);
    DocumentMemory memory;
    const std::size_t firstEvent = events.size();
    std::size_t bodyIndex = 0;

    for (const Sentence& sentence : document.sentences) {
        if (sentence.block < 0)
            continue;
        const BlockRole role = document.blocks[static_cast<std::size_t>(sentence.block)].role;
        if (role == BlockRole::Boilerplate)
            continue;
        const std::vector<Token> tokens = tokenizer.tokenize(document.text, sentence.span);
        const std::vector<MoneyAmount> amounts = MoneyParser::find(tokens, language);
        std::vector<LexiconMatch> matches = mentionsOf(tokens, language, document.published);
        dropMatchesInAmounts(matches, amounts);
        RecognizedSentence recognized =
            m_recognizer.recognize(tokens, std::move(matches), language, memory);
        result.entities.insert(result.entities.end(), recognized.entities.begin(),
                               recognized.entities.end());

        if (role == BlockRole::Title) {
            // A headline naming two parties tells what "the two countries" will mean.
            rememberFirstPair(recognized, memory);
            continue;
        }

        // Until the article has coded an event, the first two states its lead names are the
        // pair it is about ("U.S. President Joe Biden and Russian President Vladimir Putin").
        if (!memory.pair().isKnown())
            rememberFirstPair(recognized, memory);

        const std::vector<TriggerHit> triggers = triggersOf(tokens, language);
        const std::vector<CueHit> cues = cuesOf(tokens, language, recognized.mentions);
        const std::vector<CodedEvent> coded =
            m_coder.code({tokens, recognized.mentions, triggers, cues, language}, memory.pair());
        const std::vector<TextSpan> asides = asidesOf(tokens, m_resources.grammar, language);

        for (const TriggerHit& trigger : triggers)
            result.entities.push_back(
                {spanOf(tokens, trigger.first, trigger.end), EntityKind::Trigger, {}});
        for (const CodedEvent& c : coded) {
            const CameoCode* code = m_resources.cameo.find(c.code);
            if (!code)
                continue;
            const TriggerHit& trigger = triggers[c.trigger];
            const TextSpan triggerSpan = spanOf(tokens, trigger.first, trigger.end);
            Event event;
            event.source = c.source;
            event.target = c.target;
            event.code = code->code;
            event.root = code->root;
            event.quadClass = static_cast<std::uint8_t>(code->quadClass);
            event.goldstein = static_cast<float>(code->goldstein);
            const TextSpan targetSpan =
                c.targetMention >= 0
                    ? spanOf(tokens, recognized.mentions[std::size_t(c.targetMention)].first,
                             recognized.mentions[std::size_t(c.targetMention)].end)
                    : TextSpan{};
            event.date =
                EventDater::date(document, sentence, triggerSpan, bodyIndex, asides, targetSpan);
            if (takesMoney(event.root) && !amounts.empty())
                event.money = amounts.front();
            Evidence evidence;
            evidence.document = document.id;
            evidence.sentence = sentence.span;
            evidence.trigger = triggerSpan;
            evidence.triggerText = sliceUtf8(document.text, triggerSpan);
            if (c.sourceMention >= 0) {
                const ActorMention& m = recognized.mentions[std::size_t(c.sourceMention)];
                evidence.sourceSpan = spanOf(tokens, m.first, m.end);
            }
            evidence.targetSpan = targetSpan;
            event.evidence.push_back(std::move(evidence));
            event.documents.push_back(document.id);
            events.push_back(std::move(event));
            memory.rememberPair(c.source, c.target);
        }
        ++bodyIndex;
    }
    dateRetoldNews(events, firstEvent);

    for (const DateMention& date : document.dates)
        result.entities.push_back({date.span, EntityKind::Date, {}});
    std::sort(
        result.entities.begin(), result.entities.end(),
        [](const EntityMention& a, const EntityMention& b) { return a.span.start < b.span.start; });
    result.document = std::move(document);
    return result;
}

} // namespace dyad
