#include "core/extract/EventDater.h"

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

} // namespace

FuzzyDate EventDater::date(const Document& document, const Sentence& sentence, TextSpan trigger,
                           std::size_t bodySentenceIndex) {
    const DateMention* nearest = nullptr;
    int best = std::numeric_limits<int>::max();
    for (const DateMention& mention : document.dates) {
        if (!sentence.span.contains(mention.span))
            continue;
        const int d = distance(mention.span, trigger);
        if (d < best) {
            best = d;
            nearest = &mention;
        }
    }
    if (nearest)
        return nearest->date; // unknown when it could not be resolved: undated, not guessed
    if (bodySentenceIndex < kLeadSentences)
        return document.published;
    return {};
}

} // namespace dyad
