#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

/// Text decoded from bytes, with the encoding it was read as.
struct DecodedText {
    std::u32string text;
    std::string encoding;         ///< "UTF-8", "UTF-16LE", "windows-1251", ...
    std::size_t invalidCount = 0; ///< bytes or sequences replaced by U+FFFD
};

/// Decodes article bytes: a UTF-8 or UTF-16 byte order mark decides; valid UTF-8 is UTF-8;
/// otherwise ICU's charset detector (ucsdet) chooses among the legacy encodings
/// (Windows-1252/Latin-1, Windows-1251, KOI8-R, ...), unless the bytes are mostly UTF-8 with
/// a few invalid sequences, which become U+FFFD.
class TextDecoder {
public:
    /// `declaredEncoding`: a charset named by the document itself (HTML meta), a hint to ucsdet.
    DecodedText decode(std::string_view bytes, std::string_view declaredEncoding = {}) const;

    /// The charset named in the first bytes of an HTML page (<meta charset=...>), or "".
    static std::string declaredHtmlCharset(std::string_view bytes);
};

} // namespace dyad
