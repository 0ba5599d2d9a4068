#pragma once

#include "core/reading/ExtractedText.h"

#include <string_view>

namespace dyad {

/// Text, blocks and declared metadata of an HTML page, parsed with gumbo. Scripts, styles,
/// templates and hidden elements are ignored; block elements (p, div, li, h1..h6, td, br, ...)
/// make blocks; text inside links is counted per block (link density); furniture named by the
/// markup (nav, aside, footer, figcaption, class/id "comments", "related", "share", ...) is
/// passed on as a hint. The tree is walked with an explicit stack, so any depth is safe.
class HtmlExtractor {
public:
    ExtractedText extract(std::string_view utf8) const;
};

} // namespace dyad
