#pragma once

#include "core/util/TextSpan.h"

#include <cstdint>
#include <vector>

namespace dyad {

/// A reference to one piece of evidence: either a sentence of a document (article evidence) or
/// a row of an imported dataset (GDELT, ICEWS). The top bit tells which table it points into.
using EvidenceRef = std::uint32_t;
inline constexpr EvidenceRef kNoEvidence = 0xFFFFFFFFu;

/// Article evidence as read back from the table (spans in code points into the document).
struct ArticleEvidence {
    std::uint32_t document = 0;
    TextSpan sentence;
    TextSpan trigger;
    TextSpan sourceSpan;                     ///< empty when unknown
    TextSpan targetSpan;                     ///< empty when unknown
    std::uint32_t triggerWord = 0xFFFFFFFFu; ///< id in the store's trigger word table
};

/// Dataset evidence: which dataset and which row of it.
struct DatasetEvidence {
    std::uint16_t dataset = 0;
    std::uint32_t row = 0;
};

/// Every piece of evidence of a store, compactly: spans inside a sentence are kept as 16-bit
/// offsets from the sentence start, and the pieces of one event form a chain (`next`).
class EvidenceTable {
public:
    static bool isDataset(EvidenceRef ref) { return ref != kNoEvidence && (ref & kDatasetBit); }

    EvidenceRef addArticle(const ArticleEvidence& evidence);
    EvidenceRef addDatasetRow(const DatasetEvidence& evidence);
    /// Links `added` (a fresh single piece) at the end of the chain starting at `head`.
    void appendToChain(EvidenceRef head, EvidenceRef added);

    EvidenceRef next(EvidenceRef ref) const;
    ArticleEvidence article(EvidenceRef ref) const;
    DatasetEvidence dataset(EvidenceRef ref) const;
    /// The document of article evidence, without decoding the spans.
    std::uint32_t articleDocument(EvidenceRef ref) const { return m_document[ref]; }
    std::uint32_t articleTriggerWord(EvidenceRef ref) const { return m_triggerWord[ref]; }

    std::size_t articleCount() const { return m_document.size(); }
    std::size_t datasetRowCount() const { return m_datasetRow.size(); }
    void reserveDatasetRows(std::size_t count);
    std::size_t memoryBytes() const;

private:
    static constexpr std::uint32_t kDatasetBit = 0x80000000u;
    void setNext(EvidenceRef ref, EvidenceRef next);

    // Article evidence columns.
    std::vector<std::uint32_t> m_document;
    std::vector<std::int32_t> m_sentenceStart;
    std::vector<std::uint16_t> m_sentenceLength;
    std::vector<std::int16_t> m_triggerOffset, m_sourceOffset, m_targetOffset;
    std::vector<std::uint16_t> m_triggerLength, m_sourceLength, m_targetLength;
    std::vector<std::uint32_t> m_triggerWord;
    std::vector<EvidenceRef> m_articleNext;
    // Dataset evidence columns.
    std::vector<std::uint16_t> m_dataset;
    std::vector<std::uint32_t> m_datasetRow;
    std::vector<EvidenceRef> m_datasetNext;
};

} // namespace dyad
