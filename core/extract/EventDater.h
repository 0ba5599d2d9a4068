#pragma once

#include "core/reading/Document.h"

#include <cstddef>

namespace dyad {

/// Dates an event from its sentence: the sentence's own date expression nearest to the
/// trigger (at its precision; undated when that expression cannot be resolved, never a guess);
/// else the publication date when the sentence is the news of the day (the article's lead);
/// else undated. EventExtractor also gives an undated event the date of a dated event of the
/// same document with the same pair and root: the same news told again.
class EventDater {
public:
    /// How many body sentences at the start of an article count as its lead.
    static constexpr std::size_t kLeadSentences = 2;

    static FuzzyDate date(const Document& document, const Sentence& sentence, TextSpan trigger,
                          std::size_t bodySentenceIndex);
};

} // namespace dyad
