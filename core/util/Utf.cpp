#include "core/util/Utf.h"

#include <unicode/utf8.h>

namespace dyad {

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            c = 0xFFFD;
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (c >> 18));
            out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

std::u32string fromUtf8(std::string_view text, std::size_t* invalidCount) {
    std::u32string out;
    out.reserve(text.size());
    std::size_t invalid = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const int32_t length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) {
            ++invalid;
            c = 0xFFFD;
        }
        out += static_cast<char32_t>(c);
    }
    if (invalidCount)
        *invalidCount = invalid;
    return out;
}

std::string sliceUtf8(std::u32string_view text, TextSpan span) {
    if (span.start < 0 || span.isEmpty() || span.end > static_cast<std::int32_t>(text.size()))
        return {};
    return toUtf8(
        text.substr(static_cast<std::size_t>(span.start), static_cast<std::size_t>(span.length())));
}

} // namespace dyad
