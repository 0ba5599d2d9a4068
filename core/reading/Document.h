#pragma once

#include "core/util/FuzzyDate.h"
#include "core/util/TextSpan.h"

#include <cstdint>
#include <optional>
#include <string>
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

    bool isBody(const Sentence& sentence) const {
        return sentence.block >= 0 &&
               blocks[static_cast<std::size_t>(sentence.block)].role == BlockRole::Body;
    }
};

/// A file that could not be read, and why ("not a text file (binary content)").
struct ReadFailure {
    std::string path;
    std::string error;
};

} // namespace dyad
