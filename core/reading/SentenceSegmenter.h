#pragma once

#include "core/reading/Document.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Splits blocks into sentences with ICU's sentence BreakIterator, with ICU's abbreviation
/// suppressions for the language (FilteredBreakIteratorBuilder) plus our own abbreviations per
/// language ("Nov.", "U.S.", "Mr.", "Excmo.", "EE.UU.", "т.е.", "z.B."). Line breaks inside a
/// block do not end a sentence. In German a number of one to three digits with its period is an
/// ordinal, not a sentence end, unless a word that starts sentences follows ("am 9. Dezember",
/// "zum 70. Jahrestag" stay whole; "Es endete 2023. Danach ..." and "... auf 12. Die ..." split).
/// One segmenter serves one thread.
class SentenceSegmenter {
public:
    /// `language`: ISO 639-1 code ("en", "es", "ru", "de", "fr"; others use the root rules
    /// and the English abbreviations).
    explicit SentenceSegmenter(std::string_view language);
    ~SentenceSegmenter();
    SentenceSegmenter(const SentenceSegmenter&) = delete;
    SentenceSegmenter& operator=(const SentenceSegmenter&) = delete;

    /// Sentences of text[span], trimmed, spans in text coordinates, `block` set to blockIndex.
    void segment(std::u32string_view text, TextSpan span, std::int32_t blockIndex,
                 std::vector<Sentence>& out);

    /// Abbreviations (with their final period) that do not end a sentence in a language.
    static const std::vector<std::string>& abbreviations(std::string_view language);

private:
    /// Whether ICU's break between two pieces should be undone (abbreviation, quote + "she said").
    bool continuesSentence(std::u32string_view text, TextSpan previous, TextSpan next) const;
    /// "9.", "70." (one to three digits and a period): a German ordinal's form.
    static bool isGermanOrdinal(std::u32string_view word);
    /// Whether the sentence `next` opens with a German word that starts sentences ("Die", "Er").
    static bool startsGermanSentence(std::u32string_view text, TextSpan next);

    bool m_german = false;
    struct Impl;
    std::vector<std::u32string> m_abbreviations;
    std::unique_ptr<Impl> m_impl;
};

} // namespace dyad
