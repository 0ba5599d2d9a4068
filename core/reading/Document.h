#pragma once

#include "core/util/FuzzyDate.h"
#include "core/util/TextSpan.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// What a block of a page is. Only body blocks are read for events; the viewer shows the
/// others greyed.
enum class BlockRole : std::uint8_t {
    Body,        ///< the article's own text
    Title,       ///< the article's headline (metadata; not coded)
    Boilerplate, ///< page furniture: navigation, related links, comments, credits, other stories
};

/// A paragraph-like unit of the decoded text (a line, an HTML block, a Markdown paragraph).
struct Block {
    TextSpan span;
    BlockRole role = BlockRole::Body;
    /// Why a block is boilerplate, in a few words ("related-links list", "comment box",
    /// "photo credit", "after the article's end"); empty for body blocks.
    std::string reason;
};

/// A sentence found by ICU segmentation, inside one block.
struct Sentence {
    TextSpan span;
    std::int32_t block = -1; ///< index into Document::blocks
};

/// A date expression in the text, resolved to a calendar date where it can be.
struct DateMention {
    TextSpan span;
    FuzzyDate date;        ///< unknown when it cannot be resolved (e.g. "Friday" with no
                           ///< publication date)
    bool relative = false; ///< resolved against the publication date ("yesterday", "on Friday")
    bool hasYear = false;  ///< the year is written in the expression itself
};

/// An article as read from a file: the decoded text (canonical: every span is in code points
/// into it), its blocks and sentences, its metadata and its dates.
struct Document {
    std::string id;   ///< the file name without its extension
    std::string path; ///< the path it was read from, as given
    std::u32string text;
    /// The file's decoded text when `text` is rendered from markup (HTML, Markdown); empty
    /// when `text` is the file's text itself (plain text).
    std::u32string sourceText;
    /// For each code point of `text`, the code point offset in `sourceText` it comes from (a
    /// character reference maps to its '&', collapsed white space to the first space it
    /// replaced, inserted separators to the next source character); empty for plain text.
    std::vector<std::int32_t> sourceOffsets;

    std::vector<Block> blocks;
    std::vector<Sentence> sentences; ///< in text order, over every block
    std::vector<DateMention> dates;  ///< in text order

    std::optional<std::string> title;
    std::optional<std::string> url;
    std::optional<std::string> outlet;
    std::string language; ///< ISO 639-1, "und" when it cannot be told
    FuzzyDate published;  ///< unknown when the document does not establish it

    /// Problems worth telling the user that did not stop the reading (invalid bytes replaced,
    /// publication year ambiguous, ...).
    std::vector<std::string> warnings;

    /// The file's decoded text: `sourceText`, or `text` for plain text.
    std::u32string_view fileText() const { return sourceText.empty() ? text : sourceText; }

    /// A span of `text` as a span of the file's decoded text (identity for plain text). The
    /// end covers the whole source form of the last character (all of "&rsquo;").
    TextSpan toSource(TextSpan span) const {
        if (sourceOffsets.empty() || sourceOffsets.size() != text.size() || span.isEmpty())
            return span;
        const auto last = static_cast<std::int32_t>(sourceOffsets.size());
        const std::int32_t start = std::clamp(span.start, 0, last - 1);
        const std::int32_t endChar = std::clamp(span.end - 1, start, last - 1);
        TextSpan out{sourceOffsets[static_cast<std::size_t>(start)],
                     sourceOffsets[static_cast<std::size_t>(endChar)]};
        out.end += sourceCharLength(out.end, text[static_cast<std::size_t>(endChar)]);
        if (out.end < out.start)
            out.end = out.start;
        return out;
    }

    /// The file's text under a span of `text` (see toSource).
    std::u32string_view sourceSlice(TextSpan span) const {
        const TextSpan source = toSource(span);
        const std::u32string_view file = fileText();
        const auto start =
            std::min<std::size_t>(static_cast<std::size_t>(source.start), file.size());
        return file.substr(start, static_cast<std::size_t>(source.length()));
    }

    bool isBody(const Sentence& sentence) const {
        return sentence.block >= 0 &&
               blocks[static_cast<std::size_t>(sentence.block)].role == BlockRole::Body;
    }

private:
    /// Code points of the source form of the character `rendered` found at `position` of the
    /// source: a character reference ("&amp;", "&#8217;", "&eacute;") is several, else one.
    std::int32_t sourceCharLength(std::int32_t position, char32_t rendered) const {
        const std::u32string_view file = sourceText;
        const auto at = static_cast<std::size_t>(position);
        if (at >= file.size() || file[at] != U'&')
            return 1;
        std::size_t i = at + 1;
        if (i < file.size() && file[i] == U'#')
            ++i;
        const std::size_t nameStart = i;
        auto isAlnum = [](char32_t c) {
            return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
        };
        while (i < file.size() && i - at < 40 && isAlnum(file[i]))
            ++i;
        if (i == nameStart)
            return 1;
        if (i < file.size() && file[i] == U';')
            return static_cast<std::int32_t>(i + 1 - at);
        // A legacy reference without its semicolon ("&copy 2020"); a literal '&' stays one.
        return rendered == U'&' ? 1 : static_cast<std::int32_t>(i - at);
    }
};

/// A file that could not be read, and why ("not a text file (binary content)").
struct ReadFailure {
    std::string path;
    std::string error;
};

} // namespace dyad
