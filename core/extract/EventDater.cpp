#include "core/extract/EventDater.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace dyad {

namespace {

/// Distance in code points between a date expression and the trigger; expressions after the
/// trigger ("met ... on Friday") weigh a little less than those before it.
int distance(TextSpan date, TextSpan trigger) {
    if (date.start >= trigger.end)
        return date.start - trigger.end;
    if (date.end <= trigger.start)
        return (trigger.start - date.end) + 8;
    return 0;
}

/// The most code points between a target's name and a date that belongs to it (" on ", " el ",
/// " am ", " в ").
constexpr std::int32_t kTargetGap = 4;

/// Whether a date's whole period lies before `day` (a day may equal it: the news of the day).
bool endsBefore(const FuzzyDate& date, const FuzzyDate& day) {
    switch (date.precision) {
    case DatePrecision::Day:
        return date.day <= day.day;
    case DatePrecision::Month:
        return date.year() < day.year() ||
               (date.year() == day.year() && date.month() < day.month());
    case DatePrecision::Year:
        return date.year() < day.year();
    case DatePrecision::Unknown:
        return true;
    }
    return true;
}

/// Whether a comma, semicolon, dash or bracket stands in text[from, to).
bool hasBreak(const std::u32string& text, std::int32_t from, std::int32_t to) {
    for (std::int32_t i = std::max(from, 0); i < to && i < static_cast<std::int32_t>(text.size());
         ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U',' || c == U';' || c == U'(' || c == U'\u2013' || c == U'\u2014')
            return true;
    }
    return false;
}

} // namespace

FuzzyDate EventDater::date(const Document& document, const Sentence& sentence, TextSpan trigger,
                           std::size_t bodySentenceIndex, const std::vector<TextSpan>& asides,
                           TextSpan target) {
    // The nearest date expression of the trigger's own clause. One after a comma that follows
    // the trigger usually dates something else ("restored relations, broken off in 1961");
    // one at or after the publication, or a whole period around it, dates a plan or a
    // background, not the act reported ("agreed to stop ... from May 1", "this year").
    // A date right after the target's name is the target's: "received Kim on Sunday and Trump
    // on Monday"...
    const DateMention* nearest = nullptr;
    const DateMention* afterTarget = nullptr;
    int best = std::numeric_limits<int>::max();
    for (const DateMention& mention : document.dates) {
        if (!sentence.span.contains(mention.span))
            continue;
        if (document.published.isKnown() && mention.date.isKnown() &&
            !endsBefore(mention.date, document.published))
            continue;
        if (std::any_of(asides.begin(), asides.end(), [&](TextSpan aside) {
                return aside.contains(mention.span) && !aside.overlaps(trigger);
            }))
            continue;
        const int d = distance(mention.span, trigger);
        if (mention.span.start >= trigger.end &&
            hasBreak(document.text, trigger.end, mention.span.start))
            continue;
        if (d < best) {
            best = d;
            nearest = &mention;
        }
        if (!target.isEmpty() && mention.span.start >= target.end &&
            mention.span.start - target.end <= kTargetGap &&
            !hasBreak(document.text, target.end, mention.span.start))
            afterTarget = &mention;
    }
    // ... unless it is coarser than the clause's own date: a year after the target then dates
    // a background told in passing ("On Feb. 15, India withdrew the status it had granted
    // Pakistan in 1996").
    if (afterTarget && (!nearest || afterTarget->date.precision >= nearest->date.precision))
        nearest = afterTarget;
    if (nearest)
        return nearest->date; // unknown when it could not be resolved: undated, not guessed
    if (bodySentenceIndex < kLeadSentences)
        return document.published;
    return {};
}

} // namespace dyad
