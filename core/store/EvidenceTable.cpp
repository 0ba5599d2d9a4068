#include "core/store/EvidenceTable.h"

#include <algorithm>
#include <limits>

namespace dyad {

namespace {

/// A span stored relative to its sentence; spans too far away to fit are stored as empty.
void packSpan(const TextSpan& span, std::int32_t base, std::vector<std::int16_t>& offsets,
              std::vector<std::uint16_t>& lengths) {
    const std::int32_t offset = span.start - base;
    const bool fits = !span.isEmpty() && offset >= std::numeric_limits<std::int16_t>::min() &&
                      offset <= std::numeric_limits<std::int16_t>::max() &&
                      span.length() <= std::numeric_limits<std::uint16_t>::max();
    offsets.push_back(fits ? static_cast<std::int16_t>(offset) : std::int16_t{0});
    lengths.push_back(fits ? static_cast<std::uint16_t>(span.length()) : std::uint16_t{0});
}

TextSpan unpackSpan(std::int32_t base, std::int16_t offset, std::uint16_t length) {
    if (length == 0)
        return {};
    return {base + offset, base + offset + length};
}

} // namespace

EvidenceRef EvidenceTable::addArticle(const ArticleEvidence& evidence) {
    const auto ref = static_cast<EvidenceRef>(m_document.size());
    m_document.push_back(evidence.document);
    const std::int32_t base = evidence.sentence.start;
    m_sentenceStart.push_back(base);
    m_sentenceLength.push_back(static_cast<std::uint16_t>(std::clamp<std::int32_t>(
        evidence.sentence.length(), 0, std::numeric_limits<std::uint16_t>::max())));
    packSpan(evidence.trigger, base, m_triggerOffset, m_triggerLength);
    packSpan(evidence.sourceSpan, base, m_sourceOffset, m_sourceLength);
    packSpan(evidence.targetSpan, base, m_targetOffset, m_targetLength);
    m_triggerWord.push_back(evidence.triggerWord);
    m_articleNext.push_back(kNoEvidence);
    return ref;
}

EvidenceRef EvidenceTable::addDatasetRow(const DatasetEvidence& evidence) {
    const auto index = static_cast<std::uint32_t>(m_datasetRow.size());
    m_dataset.push_back(evidence.dataset);
    m_datasetRow.push_back(evidence.row);
    m_datasetNext.push_back(kNoEvidence);
    return index | kDatasetBit;
}

void EvidenceTable::reserveDatasetRows(std::size_t count) {
    const std::size_t needed = m_datasetRow.size() + count;
    if (needed <= m_datasetRow.capacity())
        return;
    const std::size_t capacity = std::max(needed, m_datasetRow.capacity() * 3 / 2);
    m_dataset.reserve(capacity);
    m_datasetRow.reserve(capacity);
    m_datasetNext.reserve(capacity);
}

EvidenceRef EvidenceTable::next(EvidenceRef ref) const {
    if (ref == kNoEvidence)
        return kNoEvidence;
    return isDataset(ref) ? m_datasetNext[ref & ~kDatasetBit] : m_articleNext[ref];
}

void EvidenceTable::setNext(EvidenceRef ref, EvidenceRef nextRef) {
    if (isDataset(ref))
        m_datasetNext[ref & ~kDatasetBit] = nextRef;
    else
        m_articleNext[ref] = nextRef;
}

void EvidenceTable::appendToChain(EvidenceRef head, EvidenceRef added) {
    if (head == kNoEvidence || added == kNoEvidence || head == added)
        return;
    EvidenceRef tail = head;
    while (next(tail) != kNoEvidence)
        tail = next(tail);
    setNext(tail, added);
}

ArticleEvidence EvidenceTable::article(EvidenceRef ref) const {
    ArticleEvidence result;
    result.document = m_document[ref];
    const std::int32_t base = m_sentenceStart[ref];
    result.sentence = {base, base + m_sentenceLength[ref]};
    result.trigger = unpackSpan(base, m_triggerOffset[ref], m_triggerLength[ref]);
    result.sourceSpan = unpackSpan(base, m_sourceOffset[ref], m_sourceLength[ref]);
    result.targetSpan = unpackSpan(base, m_targetOffset[ref], m_targetLength[ref]);
    result.triggerWord = m_triggerWord[ref];
    return result;
}

DatasetEvidence EvidenceTable::dataset(EvidenceRef ref) const {
    const std::uint32_t index = ref & ~kDatasetBit;
    return {m_dataset[index], m_datasetRow[index]};
}

std::size_t EvidenceTable::memoryBytes() const {
    const std::size_t articles = m_document.capacity() * (4 + 4 + 2 + 2 * 3 + 2 * 3 + 4 + 4);
    const std::size_t rows = m_datasetRow.capacity() * (2 + 4 + 4);
    return articles + rows;
}

} // namespace dyad
