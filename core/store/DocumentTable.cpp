#include "core/store/DocumentTable.h"

namespace dyad {

std::uint32_t DocumentTable::add(StoredDocument document) {
    if (m_byId.count(document.id) != 0)
        return npos;
    const auto index = static_cast<std::uint32_t>(m_documents.size());
    m_byId.emplace(document.id, index);
    m_documents.push_back(std::move(document));
    return index;
}

std::uint32_t DocumentTable::find(const std::string& id) const {
    const auto found = m_byId.find(id);
    return found == m_byId.end() ? npos : found->second;
}

std::size_t DocumentTable::memoryBytes() const {
    std::size_t bytes = m_documents.capacity() * sizeof(StoredDocument);
    for (const auto& document : m_documents)
        bytes += document.text.memoryBytes() +
                 document.mentions.capacity() * sizeof(StoredMention) + document.id.size() * 2 +
                 document.path.size() + document.title.size() + document.url.size() + 64;
    return bytes;
}

} // namespace dyad
