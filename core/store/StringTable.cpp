#include "core/store/StringTable.h"

namespace dyad {

std::uint32_t StringTable::intern(std::string_view text) {
    if (const auto found = m_ids.find(text); found != m_ids.end())
        return found->second;
    const auto id = static_cast<std::uint32_t>(m_texts.size());
    m_texts.emplace_back(text);
    m_ids.emplace(std::string(text), id);
    return id;
}

std::uint32_t StringTable::find(std::string_view text) const {
    const auto found = m_ids.find(text);
    return found == m_ids.end() ? npos : found->second;
}

std::size_t StringTable::memoryBytes() const {
    std::size_t bytes = m_texts.capacity() * sizeof(std::string);
    for (const auto& text : m_texts)
        bytes += 2 * (text.capacity() + 1) + 48; // the string twice plus a hash node
    return bytes;
}

} // namespace dyad
