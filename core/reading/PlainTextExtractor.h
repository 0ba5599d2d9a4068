#pragma once

#include "core/reading/ExtractedText.h"

namespace dyad {

/// Blocks of a plain-text article: one block per line, or one per paragraph when the text is
/// hard-wrapped (paragraphs of several short lines separated by blank lines). Lines written in
/// Markdown style ("# Title", "- item") are recognised as headings and list items; the text is
/// kept exactly as decoded.
class PlainTextExtractor {
public:
    ExtractedText extract(std::u32string text) const;
};

} // namespace dyad
