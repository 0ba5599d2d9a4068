#include "core/reading/PlainTextExtractor.h"

#include "core/reading/TextScan.h"

namespace dyad {

namespace {

struct Line {
    std::int32_t start = 0;
    std::int32_t end = 0; ///< without the line break
};

std::vector<Line> splitLines(const std::u32string& text) {
    std::vector<Line> lines;
    const auto n = static_cast<std::int32_t>(text.size());
    std::int32_t start = 0;
    for (std::int32_t i = 0; i < n; ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029) {
            lines.push_back({start, i});
            if (c == U'\r' && i + 1 < n && text[static_cast<std::size_t>(i + 1)] == U'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.push_back({start, n});
    return lines;
}

/// Hard-wrapped text: most non-empty lines are shorter than 100 code points, blank lines
/// separate paragraphs, and paragraphs average more than two lines.
bool isHardWrapped(const std::u32string& text, const std::vector<Line>& lines) {
    int nonEmpty = 0, shortLines = 0, paragraphs = 0;
    bool inParagraph = false;
    for (const auto& line : lines) {
        const TextSpan trimmed = trimSpan(text, {line.start, line.end});
        if (trimmed.isEmpty()) {
            inParagraph = false;
            continue;
        }
        ++nonEmpty;
        if (trimmed.length() < 100)
            ++shortLines;
        if (!inParagraph)
            ++paragraphs;
        inParagraph = true;
    }
    return nonEmpty >= 6 && paragraphs > 0 && shortLines * 10 >= nonEmpty * 9 &&
           nonEmpty > paragraphs * 2;
}

void describe(const std::u32string& text, RawBlock& block) {
    std::size_t i = static_cast<std::size_t>(block.span.start);
    const std::size_t end = static_cast<std::size_t>(block.span.end);
    std::uint8_t hashes = 0;
    while (i < end && text[i] == U'#' && hashes < 7) {
        ++hashes;
        ++i;
    }
    if (hashes >= 1 && hashes <= 6 && i < end && text[i] == U' ') {
        block.headingLevel = hashes;
        return;
    }
    i = static_cast<std::size_t>(block.span.start);
    if (i + 1 < end &&
        (text[i] == U'-' || text[i] == U'*' || text[i] == U'+' || text[i] == 0x2022) &&
        text[i + 1] == U' ')
        block.listItem = true;
}

} // namespace

ExtractedText PlainTextExtractor::extract(std::u32string text) const {
    ExtractedText result;
    const auto lines = splitLines(text);
    const bool wrapped = isHardWrapped(text, lines);
    std::int32_t paragraphStart = -1, paragraphEnd = -1;
    auto flush = [&] {
        if (paragraphStart >= 0) {
            RawBlock block;
            block.span = trimSpan(text, {paragraphStart, paragraphEnd});
            describe(text, block);
            result.blocks.push_back(std::move(block));
        }
        paragraphStart = -1;
    };
    for (const auto& line : lines) {
        const TextSpan trimmed = trimSpan(text, {line.start, line.end});
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        if (!wrapped) {
            RawBlock block;
            block.span = trimmed;
            describe(text, block);
            result.blocks.push_back(std::move(block));
            continue;
        }
        // In wrapped text a heading or list line still starts a block of its own.
        RawBlock probe;
        probe.span = trimmed;
        describe(text, probe);
        if (probe.headingLevel || probe.listItem)
            flush();
        if (paragraphStart < 0)
            paragraphStart = trimmed.start;
        paragraphEnd = trimmed.end;
        if (probe.headingLevel)
            flush();
    }
    flush();
    result.text = std::move(text);
    return result;
}

} // namespace dyad
