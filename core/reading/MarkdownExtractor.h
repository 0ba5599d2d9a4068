#pragma once

#include "core/reading/ExtractedText.h"

#include <string_view>

namespace dyad {

/// Text and blocks of a Markdown article, parsed with cmark: the canonical text is the rendered
/// text (markup removed, link text kept, autolinks kept as their address), one block per
/// paragraph, heading, list item paragraph or code block, separated by blank lines.
class MarkdownExtractor {
public:
    ExtractedText extract(std::string_view utf8) const;
};

} // namespace dyad
