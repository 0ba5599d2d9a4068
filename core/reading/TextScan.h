#pragma once

#include "core/util/TextSpan.h"

#include <unicode/uchar.h>

#include <string>
#include <string_view>

namespace dyad {

/// Small per-code-point helpers shared by the reading classes (ICU character properties).
inline bool isSpaceChar(char32_t c) {
    if (c < 0x80)
        return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\v';
    return c == 0xA0 || c == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(c));
}

inline bool isLetterChar(char32_t c) {
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    return u_isalpha(static_cast<UChar32>(c));
}

inline bool isDigitChar(char32_t c) {
    return c >= U'0' && c <= U'9';
}

inline bool isUpperChar(char32_t c) {
    if (c < 0x80)
        return c >= U'A' && c <= U'Z';
    return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

inline char32_t lowerChar(char32_t c) {
    if (c < 0x80)
        return (c >= U'A' && c <= U'Z') ? c + 32 : c;
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
}

/// Lower case without accents for the Latin letters of es/de/fr (á->a, ñ->n, ß kept, é->e ...)
/// and ё->е, so that word tables need one spelling.
inline char32_t foldChar(char32_t c) {
    c = lowerChar(c);
    if (c < 0xE0)
        return c;
    switch (c) {
    case 0xE0:
    case 0xE1:
    case 0xE2:
    case 0xE3:
    case 0xE4:
    case 0xE5:
        return U'a';
    case 0xE7:
        return U'c';
    case 0xE8:
    case 0xE9:
    case 0xEA:
    case 0xEB:
        return U'e';
    case 0xEC:
    case 0xED:
    case 0xEE:
    case 0xEF:
        return U'i';
    case 0xF1:
        return U'n';
    case 0xF2:
    case 0xF3:
    case 0xF4:
    case 0xF5:
    case 0xF6:
        return U'o';
    case 0xF9:
    case 0xFA:
    case 0xFB:
    case 0xFC:
        return U'u';
    case 0x451:
        return 0x435;
    default:
        return c;
    }
}

/// The span without leading and trailing white space.
inline TextSpan trimSpan(std::u32string_view text, TextSpan span) {
    while (span.start < span.end && isSpaceChar(text[static_cast<std::size_t>(span.start)]))
        ++span.start;
    while (span.end > span.start && isSpaceChar(text[static_cast<std::size_t>(span.end - 1)]))
        --span.end;
    return span;
}

inline std::u32string_view spanView(std::u32string_view text, TextSpan span) {
    return text.substr(static_cast<std::size_t>(span.start),
                       static_cast<std::size_t>(span.length()));
}

/// Folded (foldChar) copy of a piece of text.
inline std::u32string foldedText(std::u32string_view text) {
    std::u32string out(text.size(), U' ');
    for (std::size_t i = 0; i < text.size(); ++i)
        out[i] = foldChar(text[i]);
    return out;
}

/// Whether folded text opens with `word` as a whole word, something after it.
inline bool startsWithWord(std::u32string_view folded, std::u32string_view word) {
    return folded.size() > word.size() && folded.starts_with(word) &&
           !isLetterChar(folded[word.size()]);
}

/// Whether folded text opens like a byline: "By …", "Por …", "Von …", "Par …", "Автор: …".
inline bool opensByline(std::u32string_view folded) {
    for (const std::u32string_view word : {U"by", U"por", U"von", U"par", U"автор"})
        if (startsWithWord(folded, word))
            return true;
    return false;
}

} // namespace dyad
