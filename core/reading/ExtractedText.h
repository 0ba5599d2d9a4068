#pragma once

#include "core/util/TextSpan.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad {

/// A paragraph-like unit found by an extractor, before it is classified as body or furniture.
struct RawBlock {
    TextSpan span;                 ///< code points in ExtractedText::text, trimmed
    std::uint8_t headingLevel = 0; ///< 1..6 for headings (HTML h1..h6, Markdown #), else 0
    bool listItem = false;         ///< an item of a list
    std::int32_t linkChars = 0;    ///< code points of the block inside links
    /// Furniture named by the markup around the block (HTML nav, aside, footer, figcaption,
    /// class or id such as "comments", "related"), in the words of Block::reason; empty if none.
    std::string markupHint;
};

/// The text of a document as an extractor sees it: the canonical decoded text, its blocks and
/// the metadata the markup declares.
struct ExtractedText {
    std::u32string text;
    /// For each code point of `text`, the code point offset in the extractor's input it comes
    /// from (see Document::sourceOffsets); empty when `text` is the input itself.
    std::vector<std::int32_t> sourceOffsets;
    std::vector<RawBlock> blocks;
    /// Declared metadata, names lower case: "title", "og:title", "og:url", "canonical",
    /// "og:site_name", "article:published_time", "lang", ... (values UTF-8, in page order).
    std::vector<std::pair<std::string, std::string>> meta;
    /// Problems met while extracting ("nesting deeper than 512 elements flattened").
    std::vector<std::string> warnings;

    /// The first value declared for `name`, or "".
    std::string metaValue(std::string_view name) const {
        for (const auto& [key, value] : meta)
            if (key == name && !value.empty())
                return value;
        return {};
    }
};

} // namespace dyad
