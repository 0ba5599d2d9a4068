#pragma once

#include "core/util/TextSpan.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// A document's text kept compactly as UTF-8, addressed in code points like every span of the
/// core. A checkpoint every 64 code points makes slicing cheap, and the positions of astral
/// code points (above U+FFFF) give UTF-16 offsets for views that count in UTF-16 units.
class DocumentText {
public:
    DocumentText() = default;
    explicit DocumentText(std::u32string_view text);

    std::int32_t codePointCount() const { return m_codePointCount; }
    const std::string& utf8() const { return m_utf8; }
    /// The UTF-8 bytes of code points [span.start, span.end), clamped to the text.
    std::string_view slice(TextSpan span) const;
    /// The UTF-16 offset of code point `codePoint` (clamped to the text).
    std::int32_t utf16Offset(std::int32_t codePoint) const;
    std::size_t memoryBytes() const;

private:
    std::size_t byteOffset(std::int32_t codePoint) const;

    static constexpr std::int32_t kCheckpointStride = 64;
    std::string m_utf8;
    std::vector<std::uint32_t> m_checkpoints;    ///< byte offset of code point k * stride
    std::vector<std::int32_t> m_astralPositions; ///< code point indices above U+FFFF, ascending
    std::int32_t m_codePointCount = 0;
};

} // namespace dyad
