#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

/// The language of a text with CLD2, as an ISO 639-1 code ("en", "es", "ru", ...), or "und"
/// when CLD2 cannot tell.
class LanguageDetector {
public:
    LanguageDetector();

    /// `utf8`: the text, of which only the first `maxBytes` are looked at (cut before a word
    /// that would cross the limit); `hint`: a declared language (HTML lang) used when CLD2 is
    /// unsure.
    std::string detect(std::string_view utf8, std::string_view hint = {},
                       std::size_t maxBytes = 64 * 1024) const;
};

} // namespace dyad
