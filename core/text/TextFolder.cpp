#include "core/text/TextFolder.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>

namespace dyad {

namespace {

/// The base letter of a precomposed character (first code point of its canonical
/// decomposition), or the character itself.
char32_t baseLetter(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    static const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (!nfd)
        return c;
    icu::UnicodeString decomposition;
    if (!nfd->getDecomposition(static_cast<UChar32>(c), decomposition) || decomposition.isEmpty())
        return c;
    return static_cast<char32_t>(decomposition.char32At(0));
}

char32_t foldSlowly(char32_t c);

/// Folded forms of the code points below U+3000 (Latin, Greek, Cyrillic, the other alphabets and
/// the general punctuation), computed once.
constexpr char32_t tableEnd = 0x3000;

const std::array<char32_t, tableEnd>& foldTable() {
    static const std::array<char32_t, tableEnd> table = [] {
        std::array<char32_t, tableEnd> folded{};
        for (char32_t c = 0; c < tableEnd; ++c)
            folded[c] = foldSlowly(c);
        return folded;
    }();
    return table;
}

char32_t foldSlowly(char32_t c) {
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return c + ('a' - 'A');
        return c;
    }
    switch (c) {
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2013: // en dash
    case 0x2014: // em dash
    case 0x2212: // minus
        return U'-';
    case 0x2018:
    case 0x2019:
    case 0x02BC:
    case 0x00B4:
    case 0x0060:
        return U'\'';
    case 0x00A0:
    case 0x202F:
        return U' ';
    default:
        break;
    }
    const char32_t lower =
        static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    return static_cast<char32_t>(
        u_foldCase(static_cast<UChar32>(baseLetter(lower)), U_FOLD_CASE_DEFAULT));
}

} // namespace

char32_t TextFolder::fold(char32_t c) {
    if (c < 0x80)
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    if (c < tableEnd)
        return foldTable()[c];
    return foldSlowly(c);
}

std::u32string TextFolder::fold(std::u32string_view text) {
    std::u32string out(text.size(), U'\0');
    for (std::size_t i = 0; i < text.size(); ++i)
        out[i] = fold(text[i]);
    return out;
}

} // namespace dyad
