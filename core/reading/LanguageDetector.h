#pragma once

#include <string>
#include <string_view>

namespace dyad {

/// The language of a text with CLD2, as an ISO 639-1 code ("en", "es", "ru", ...), or "und"
/// when CLD2 cannot tell.
class LanguageDetector {
public:
    LanguageDetector();

    /// `utf8`: the text (only the first 64 KB are looked at); `hint`: a declared language
    /// (HTML lang) used when CLD2 is unsure.
    std::string detect(std::string_view utf8, std::string_view hint = {}) const;
};

} // namespace dyad
