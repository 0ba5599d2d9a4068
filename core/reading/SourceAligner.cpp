#include "core/reading/SourceAligner.h"

#include "core/reading/TextScan.h"

#include <algorithm>

namespace dyad {

namespace {

bool isAsciiAlnum(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

char32_t namedReference(std::u32string_view name) {
    if (name == U"amp")
        return U'&';
    if (name == U"lt")
        return U'<';
    if (name == U"gt")
        return U'>';
    if (name == U"quot")
        return U'"';
    if (name == U"apos")
        return U'\'';
    if (name == U"nbsp")
        return 0xA0;
    return 0;
}

/// True when a reference decoding to `decoded` (0: a named reference not in the short table)
/// can stand for the rendered character `c`.
bool referenceMatches(char32_t decoded, char32_t c) {
    if (decoded != 0)
        return decoded == c || (isSpaceChar(decoded) && isSpaceChar(c));
    // Unknown named references stand for symbols and accented letters, not ASCII letters.
    return c >= 0x80 || (!isAsciiAlnum(c) && !isSpaceChar(c));
}

} // namespace

std::vector<std::int32_t> SourceAligner::codePointIndex(std::string_view utf8) {
    const bool ascii = std::all_of(utf8.begin(), utf8.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return {};
    std::vector<std::int32_t> index(utf8.size() + 1);
    std::int32_t codePoint = -1;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80)
            ++codePoint;
        index[i] = std::max(codePoint, 0);
    }
    index[utf8.size()] = codePoint + 1;
    return index;
}

std::size_t SourceAligner::referenceLength(std::u32string_view source, std::size_t at,
                                           char32_t& decoded) {
    decoded = 0;
    if (at >= source.size() || source[at] != U'&')
        return 0;
    std::size_t i = at + 1;
    const bool numeric = i < source.size() && source[i] == U'#';
    bool hex = false;
    if (numeric) {
        ++i;
        hex = i < source.size() && (source[i] == U'x' || source[i] == U'X');
        if (hex)
            ++i;
    }
    const std::size_t nameStart = i;
    while (i < source.size() && i - at < 40 && isAsciiAlnum(source[i]))
        ++i;
    if (i == nameStart || i >= source.size() || source[i] != U';')
        return 0;
    const std::u32string_view name = source.substr(nameStart, i - nameStart);
    if (numeric) {
        char32_t value = 0;
        for (char32_t c : name) {
            int digit = -1;
            if (c >= U'0' && c <= U'9')
                digit = static_cast<int>(c - U'0');
            else if (hex && c >= U'a' && c <= U'f')
                digit = static_cast<int>(c - U'a' + 10);
            else if (hex && c >= U'A' && c <= U'F')
                digit = static_cast<int>(c - U'A' + 10);
            if (digit < 0)
                return 0;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            if (value > 0x10FFFF)
                value = 0xFFFD;
        }
        decoded = value == 0 ? 0xFFFD : value;
    } else {
        decoded = namedReference(name);
    }
    return i + 1 - at;
}

void SourceAligner::alignGreedy(std::u32string_view rendered, TextSpan renderedSpan,
                                std::u32string_view source, TextSpan sourceRange,
                                std::vector<std::int32_t>& offsets, std::size_t window) {
    const auto rangeEnd =
        std::min<std::size_t>(static_cast<std::size_t>(sourceRange.end), source.size());
    std::size_t cursor =
        std::min<std::size_t>(static_cast<std::size_t>(sourceRange.start), rangeEnd);
    for (auto i = static_cast<std::size_t>(renderedSpan.start);
         i < static_cast<std::size_t>(renderedSpan.end) && i < rendered.size(); ++i) {
        const char32_t c = rendered[i];
        const bool space = isSpaceChar(c);
        const std::size_t limit = std::min(rangeEnd, cursor + window);
        std::size_t found = rangeEnd, length = 1;
        for (std::size_t p = cursor; p < limit; ++p) {
            const char32_t s = source[p];
            if (s == c || (space && isSpaceChar(s))) {
                found = p;
                break;
            }
            if (s == U']' && p + 1 < limit && source[p + 1] == U'(') {
                // A Markdown link destination is never rendered: skip to its ')'.
                int depth = 0;
                std::size_t q = p + 1;
                for (; q < limit; ++q) {
                    if (source[q] == U'(')
                        ++depth;
                    else if (source[q] == U')' && --depth == 0)
                        break;
                }
                if (q < limit) {
                    p = q;
                    continue;
                }
            }
            if (s == U'&') {
                char32_t decoded = 0;
                const std::size_t n = referenceLength(source, p, decoded);
                if (n > 0 && referenceMatches(decoded, c)) {
                    found = p;
                    length = n;
                    break;
                }
            }
        }
        if (found == rangeEnd) {
            // Not in the source (a character the renderer made): stay where we are.
            offsets[i] = static_cast<std::int32_t>(cursor < rangeEnd ? cursor
                                                   : rangeEnd > 0    ? rangeEnd - 1
                                                                     : 0);
            continue;
        }
        offsets[i] = static_cast<std::int32_t>(found);
        cursor = found + length;
    }
}

void SourceAligner::fillGaps(std::vector<std::int32_t>& offsets, std::int32_t sourceSize) {
    std::int32_t next = -1;
    for (auto it = offsets.rbegin(); it != offsets.rend(); ++it) {
        if (*it < 0)
            *it = next;
        else
            next = *it;
    }
    std::int32_t previous = 0;
    const std::int32_t last = std::max(sourceSize - 1, 0);
    for (std::int32_t& offset : offsets) {
        if (offset < 0)
            offset = previous;
        offset = std::clamp(offset, 0, last);
        previous = offset;
    }
}

} // namespace dyad
