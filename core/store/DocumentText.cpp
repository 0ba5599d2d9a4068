#include "core/store/DocumentText.h"

#include "core/util/Utf.h"

#include <algorithm>

namespace dyad {

namespace {

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0u) == 0x80u;
}

} // namespace

DocumentText::DocumentText(std::u32string_view text)
    : m_utf8(toUtf8(text))
    , m_codePointCount(static_cast<std::int32_t>(text.size())) {
    m_checkpoints.reserve(text.size() / kCheckpointStride + 1);
    std::size_t byte = 0;
    for (std::int32_t i = 0; i < m_codePointCount; ++i) {
        if (i % kCheckpointStride == 0)
            m_checkpoints.push_back(static_cast<std::uint32_t>(byte));
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c > 0xFFFF && c <= 0x10FFFF)
            m_astralPositions.push_back(i);
        // toUtf8 writes one sequence per code point (invalid ones become U+FFFD: 3 bytes).
        ++byte;
        while (byte < m_utf8.size() && isContinuationByte(m_utf8[byte]))
            ++byte;
    }
}

std::size_t DocumentText::byteOffset(std::int32_t codePoint) const {
    codePoint = std::clamp(codePoint, 0, m_codePointCount);
    if (codePoint == m_codePointCount)
        return m_utf8.size();
    std::size_t byte = m_checkpoints[static_cast<std::size_t>(codePoint / kCheckpointStride)];
    for (std::int32_t i = codePoint % kCheckpointStride; i > 0; --i) {
        ++byte;
        while (byte < m_utf8.size() && isContinuationByte(m_utf8[byte]))
            ++byte;
    }
    return byte;
}

std::string_view DocumentText::slice(TextSpan span) const {
    const std::size_t begin = byteOffset(span.start);
    const std::size_t end = byteOffset(std::max(span.start, span.end));
    return std::string_view(m_utf8).substr(begin, end - begin);
}

std::int32_t DocumentText::utf16Offset(std::int32_t codePoint) const {
    codePoint = std::clamp(codePoint, 0, m_codePointCount);
    const auto astralBefore =
        std::lower_bound(m_astralPositions.begin(), m_astralPositions.end(), codePoint) -
        m_astralPositions.begin();
    return codePoint + static_cast<std::int32_t>(astralBefore);
}

std::size_t DocumentText::memoryBytes() const {
    return m_utf8.capacity() + m_checkpoints.capacity() * sizeof(std::uint32_t) +
           m_astralPositions.capacity() * sizeof(std::int32_t);
}

} // namespace dyad
