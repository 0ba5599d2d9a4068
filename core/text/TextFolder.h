#pragma once

#include <string>
#include <string_view>

namespace dyad {

/// Folds text for matching: case folding, accents and other combining marks removed,
/// dashes unified to '-', apostrophes to '\''. "Díaz-Canel" and "DIAZ–CANEL" fold alike;
/// "Ё" folds to "е". Folding works code point by code point, so a folded string has exactly
/// as many code points as its source (spans stay valid).
class TextFolder {
public:
    static char32_t fold(char32_t c);
    static std::u32string fold(std::u32string_view text);
};

} // namespace dyad
