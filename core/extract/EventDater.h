#pragma once

#include "core/reading/Document.h"

#include <cstddef>
#include <vector>

namespace dyad {

/// Dates an event from its sentence: the sentence's own date expression nearest to the
/// trigger (at its precision; undated when that expression cannot be resolved, never a guess),
/// leaving out those of a clause set off from the trigger's ("Chile, which broke off relations
/// in 1962, signed ...") and preferring one right after the target's name ("received Kim on
/// Sunday and Trump on Monday");
/// else the publication date when the sentence is the news of the day (the article's lead);
/// else undated. EventExtractor also gives an undated event the date of a dated event of the
/// same document with the same pair and root: the same news told again.
class EventDater {
public:
    /// How many body sentences at the start of an article count as its lead.
    static constexpr std::size_t kLeadSentences = 2;

    /// `asides`: spans whose dates are not the act's (clauses set off by commas, "since 1928");
    /// `target`: the target actor's span, whose own date ("Trump on Monday") comes first.
    static FuzzyDate date(const Document& document, const Sentence& sentence, TextSpan trigger,
                          std::size_t bodySentenceIndex, const std::vector<TextSpan>& asides = {},
                          TextSpan target = {});
};

} // namespace dyad
