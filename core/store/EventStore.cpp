#include "core/store/EventStore.h"

#include "core/store/SearchFolding.h"
#include "core/util/Utf.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace dyad {

namespace {

std::uint64_t mix(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3f99d1c3e53ULL;
    x ^= x >> 33;
    return x;
}

/// "04" -> 4; the root of a code is its first two digits. 0 when it is not a root 01..20.
std::uint8_t parseRoot(const std::string& root, const std::string& code) {
    const std::string& text = root.empty() ? code : root;
    if (text.size() < 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
        return 0;
    const int value = (text[0] - '0') * 10 + (text[1] - '0');
    return (value >= 1 && value <= 20) ? static_cast<std::uint8_t>(value) : std::uint8_t{0};
}

bool isCameoCode(const std::string& code) {
    return code.size() >= 2 && code.size() <= 4 &&
           std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

std::uint64_t EventStore::hashKey(std::uint16_t source, std::uint16_t target, std::uint8_t root,
                                  FuzzyDate date) {
    const std::uint64_t high = (std::uint64_t{source} << 48) | (std::uint64_t{target} << 32) |
                               (std::uint64_t{root} << 8) |
                               static_cast<std::uint64_t>(date.precision);
    return mix(high ^ mix(static_cast<std::uint32_t>(date.day)));
}

std::uint64_t EventStore::hashOf(std::uint32_t event) const {
    return hashKey(m_source[event], m_target[event], m_root[event], date(event));
}

bool EventStore::addDocument(const Document& document, const std::vector<EntityMention>& mentions,
                             std::vector<std::string>* warnings) {
    StoredDocument stored;
    stored.id = document.id;
    stored.path = document.path;
    stored.title = document.title.value_or(std::string());
    stored.outlet = document.outlet.value_or(std::string());
    stored.url = document.url.value_or(std::string());
    stored.language = document.language;
    stored.published = document.published;
    stored.text = DocumentText(document.text);
    stored.mentions.reserve(mentions.size());
    std::string error;
    for (const auto& mention : mentions) {
        StoredMention compact{mention.span, kNoActor, mention.kind};
        if (!mention.actor.empty() && !internActor(mention.actor, compact.actor, error) && warnings)
            warnings->push_back(document.id + ": " + error);
        stored.mentions.push_back(compact);
    }
    std::sort(
        stored.mentions.begin(), stored.mentions.end(),
        [](const StoredMention& a, const StoredMention& b) { return a.span.start < b.span.start; });
    if (m_documents.add(std::move(stored)) == DocumentTable::npos) {
        if (warnings)
            warnings->push_back(document.id + ": a document with this id is already loaded");
        return false;
    }
    return true;
}

void EventStore::addDocuments(const std::vector<Document>& documents,
                              const std::vector<std::vector<EntityMention>>& mentions,
                              std::vector<std::string>* warnings) {
    static const std::vector<EntityMention> none;
    for (std::size_t i = 0; i < documents.size(); ++i)
        addDocument(documents[i], i < mentions.size() ? mentions[i] : none, warnings);
}

bool EventStore::internActor(const std::string& code, std::uint16_t& id, std::string& error) {
    std::uint64_t packed = 0;
    if (!code.empty() && code.size() <= 8) {
        std::memcpy(&packed, code.data(), code.size());
        if (const auto found = m_actorByPackedCode.find(packed);
            found != m_actorByPackedCode.end()) {
            id = found->second;
            return true;
        }
    }
    if (code.empty() || code.size() > 16) {
        error = "invalid actor code \"" + code.substr(0, 16) + "\"";
        return false;
    }
    const std::uint32_t found = m_actors.find(code);
    if (found == StringTable::npos && m_actors.size() >= kNoActor) {
        error = "too many distinct actors (at most 65535)";
        return false;
    }
    const std::size_t before = m_actors.size();
    id = static_cast<std::uint16_t>(found != StringTable::npos ? found : m_actors.intern(code));
    if (m_actors.size() != before)
        m_actorRanks.clear();
    if (code.size() <= 8)
        m_actorByPackedCode.emplace(packed, id);
    return true;
}

std::uint16_t EventStore::findActor(std::string_view code) const {
    const std::uint32_t id = m_actors.find(code);
    return id == StringTable::npos ? kNoActor : static_cast<std::uint16_t>(id);
}

const std::vector<std::uint16_t>& EventStore::actorRanks() const {
    if (m_actorRanks.size() != m_actors.size()) {
        std::vector<std::uint16_t> order(m_actors.size());
        std::iota(order.begin(), order.end(), std::uint16_t{0});
        std::sort(order.begin(), order.end(), [this](std::uint16_t a, std::uint16_t b) {
            return m_actors.text(a) < m_actors.text(b);
        });
        m_actorRanks.assign(order.size(), 0);
        for (std::size_t rank = 0; rank < order.size(); ++rank)
            m_actorRanks[order[rank]] = static_cast<std::uint16_t>(rank);
    }
    return m_actorRanks;
}

bool EventStore::prepare(const std::string& source, const std::string& target,
                         const std::string& code, const std::string& root, std::uint8_t quadClass,
                         float goldstein, std::uint16_t sources, NewEvent& out,
                         std::string& error) {
    if (!internActor(source, out.source, error) || !internActor(target, out.target, error))
        return false;
    if (!isCameoCode(code)) {
        error = "invalid CAMEO code \"" + code.substr(0, 8) + "\"";
        return false;
    }
    out.root = parseRoot(root, code);
    if (out.root == 0) {
        error = "invalid CAMEO root \"" + root.substr(0, 8) + "\" for code " + code;
        return false;
    }
    if (quadClass > 4) {
        error = "QuadClass " + std::to_string(quadClass) + " is not 1..4";
        return false;
    }
    if (quadClass == 0) // not stated: CAMEO's own grouping of roots
        quadClass = out.root <= 5 ? 1 : out.root <= 8 ? 2 : out.root <= 13 ? 3 : 4;
    if (!(goldstein >= -10.0f && goldstein <= 10.0f)) {
        error = "Goldstein weight out of -10..+10";
        return false;
    }
    int number = 0;
    for (const char digit : code)
        number = number * 10 + (digit - '0');
    const std::size_t slot = (code.size() - 2) * 10000 + std::size_t(number);
    if (m_codeByNumber.empty())
        m_codeByNumber.assign(30000, 0xFFFF);
    if (m_codeByNumber[slot] == 0xFFFF)
        m_codeByNumber[slot] = static_cast<std::uint16_t>(m_codes.intern(code));
    out.code = m_codeByNumber[slot];
    out.quadClass = quadClass;
    out.goldsteinTenths = static_cast<std::int16_t>(std::lround(goldstein * 10.0f));
    out.sources = std::max<std::uint16_t>(sources, 1);
    return true;
}

std::uint32_t EventStore::place(const NewEvent& event, EvidenceRef evidence, AppendResult& result) {
    const std::uint64_t hash = hashKey(event.source, event.target, event.root, event.date);
    if (event.date.isKnown()) {
        const std::uint32_t existing = m_dedup.find(hash, [&](std::uint32_t i) {
            return m_day[i] == event.date.day && m_precision[i] == event.date.precision &&
                   m_source[i] == event.source && m_target[i] == event.target &&
                   m_root[i] == event.root;
        });
        if (existing != DedupIndex::npos) {
            m_sources[existing] = static_cast<std::uint16_t>(std::min<std::uint32_t>(
                0xFFFFu, std::uint32_t{m_sources[existing]} + event.sources));
            if (m_evidence[existing] == kNoEvidence)
                m_evidence[existing] = evidence;
            else
                m_evidenceTable.appendToChain(m_evidence[existing], evidence);
            if (existing < result.firstNew)
                result.merged.push_back(existing);
            return existing;
        }
    }
    const std::uint32_t index = eventCount();
    m_day.push_back(event.date.isKnown() ? event.date.day : 0);
    m_precision.push_back(event.date.precision);
    m_source.push_back(event.source);
    m_target.push_back(event.target);
    m_code.push_back(event.code);
    m_root.push_back(event.root);
    m_quadClass.push_back(event.quadClass);
    m_goldsteinTenths.push_back(event.goldsteinTenths);
    m_sources.push_back(event.sources);
    m_evidence.push_back(evidence);
    if (event.date.isKnown())
        m_dedup.insert(hash, index, [this](std::uint32_t i) { return hashOf(i); });
    return index;
}

AppendResult EventStore::addEvents(const std::vector<Event>& events) {
    AppendResult result;
    result.firstNew = eventCount();
    std::string error;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& event = events[i];
        NewEvent prepared{};
        prepared.date = event.date;
        const auto documentCount = std::max(event.documents.size(), event.evidence.size());
        const auto sources =
            static_cast<std::uint16_t>(std::clamp<std::size_t>(documentCount, 1, 0xFFFF));
        if (!prepare(event.source, event.target, event.code, event.root, event.quadClass,
                     event.goldstein, sources, prepared, error)) {
            result.warnings.push_back("event " + std::to_string(i + 1) + ": " + error);
            continue;
        }
        EvidenceRef head = kNoEvidence;
        for (const Evidence& piece : event.evidence) {
            const std::uint32_t document = m_documents.find(piece.document);
            if (document == DocumentTable::npos) {
                result.warnings.push_back("event " + std::to_string(i + 1) +
                                          ": evidence cites unknown document \"" + piece.document +
                                          "\"");
                continue;
            }
            const std::string triggerText =
                piece.triggerText.empty()
                    ? std::string(m_documents.at(document).text.slice(piece.trigger))
                    : piece.triggerText;
            ArticleEvidence compact{
                document,         piece.sentence,
                piece.trigger,    piece.sourceSpan,
                piece.targetSpan, m_triggerWords.intern(foldForSearch(triggerText))};
            const EvidenceRef ref = m_evidenceTable.addArticle(compact);
            if (head == kNoEvidence)
                head = ref;
            else
                m_evidenceTable.appendToChain(head, ref);
        }
        place(prepared, head, result);
    }
    return result;
}

AppendResult EventStore::addDatasetRows(const std::string& datasetName,
                                        const std::vector<DatasetRow>& rows) {
    AppendResult result;
    result.firstNew = eventCount();
    if (m_datasets.find(datasetName) == StringTable::npos && m_datasets.size() >= 0xFFFF) {
        result.warnings.push_back(datasetName + ": too many datasets");
        return result;
    }
    const auto dataset = static_cast<std::uint16_t>(m_datasets.intern(datasetName));
    if (eventCount() + rows.size() > m_day.capacity())
        reserve(std::max(eventCount() + rows.size(), m_day.capacity() * 3 / 2));
    m_evidenceTable.reserveDatasetRows(rows.size());
    m_dedup.reserve(eventCount() + rows.size(), [this](std::uint32_t i) { return hashOf(i); });
    std::string error;
    for (const DatasetRow& row : rows) {
        NewEvent prepared{};
        prepared.date = row.date;
        if (!prepare(row.source, row.target, row.code, row.root, row.quadClass, row.goldstein,
                     row.sources, prepared, error)) {
            result.warnings.push_back(datasetName + " row " + std::to_string(row.row) + ": " +
                                      error);
            continue;
        }
        place(prepared, m_evidenceTable.addDatasetRow({dataset, row.row}), result);
    }
    return result;
}

void EventStore::reserve(std::size_t events) {
    m_day.reserve(events);
    m_precision.reserve(events);
    m_source.reserve(events);
    m_target.reserve(events);
    m_code.reserve(events);
    m_root.reserve(events);
    m_quadClass.reserve(events);
    m_goldsteinTenths.reserve(events);
    m_sources.reserve(events);
    m_evidence.reserve(events);
}

std::size_t EventStore::eventColumnBytes() const {
    return m_day.capacity() * 4 + m_precision.capacity() + m_source.capacity() * 2 +
           m_target.capacity() * 2 + m_code.capacity() * 2 + m_root.capacity() +
           m_quadClass.capacity() + m_goldsteinTenths.capacity() * 2 + m_sources.capacity() * 2 +
           m_evidence.capacity() * 4;
}

std::size_t EventStore::documentBytes() const {
    return m_documents.memoryBytes() + m_actors.memoryBytes() + m_codes.memoryBytes() +
           m_triggerWords.memoryBytes() + m_datasets.memoryBytes();
}

} // namespace dyad
