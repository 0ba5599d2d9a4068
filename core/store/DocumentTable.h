#pragma once

#include "core/extract/Event.h"
#include "core/reading/Document.h"
#include "core/store/DocumentText.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

/// An entity mention as the store keeps it: span, kind and an interned actor id.
struct StoredMention {
    TextSpan span;
    std::uint16_t actor = 0xFFFF; ///< 0xFFFF when the mention stands for no actor
    EntityKind kind = EntityKind::Country;
};

/// What the store keeps of a document: its metadata, its text and its entity mentions.
struct StoredDocument {
    std::string id;
    std::string path;
    std::string title;  ///< empty when unknown
    std::string outlet; ///< empty when unknown
    std::string url;    ///< empty when unknown
    std::string language;
    FuzzyDate published;
    DocumentText text;
    std::vector<StoredMention> mentions; ///< in text order
};

/// The documents of a store, in order of arrival, found by id.
class DocumentTable {
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    /// Adds a document; returns its index, or npos when a document with that id is already
    /// there (its first version is kept).
    std::uint32_t add(StoredDocument document);
    std::uint32_t find(const std::string& id) const;
    const StoredDocument& at(std::uint32_t index) const { return m_documents[index]; }
    std::size_t size() const { return m_documents.size(); }
    std::size_t memoryBytes() const;

private:
    std::vector<StoredDocument> m_documents;
    std::unordered_map<std::string, std::uint32_t> m_byId;
};

} // namespace dyad
