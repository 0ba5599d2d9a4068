#pragma once

#include "core/extract/Event.h"
#include "core/reading/Document.h"
#include "core/store/DedupIndex.h"
#include "core/store/DocumentTable.h"
#include "core/store/EvidenceTable.h"
#include "core/store/StringTable.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

/// One row of an imported event dataset (GDELT, ICEWS): an event with no document behind it,
/// traced back to its row.
struct DatasetRow {
    std::string source;
    std::string target;
    std::string code; ///< CAMEO code
    std::string root; ///< CAMEO root; derived from the code when empty
    std::uint8_t quadClass = 0;
    float goldstein = 0.0f;
    FuzzyDate date;
    std::uint16_t sources = 1; ///< the dataset's number of sources (at least 1)
    std::uint32_t row = 0;     ///< row number in the dataset file
};

/// What an append did: the events it added (indices [firstNew, eventCount())), the existing
/// events it merged reports into (their number of sources grew), and what it refused and why.
struct AppendResult {
    std::uint32_t firstNew = 0;
    std::vector<std::uint32_t> merged;
    std::vector<std::string> warnings;
};

/// The events of a workspace in columns (struct of arrays): 21 bytes per event plus an
/// 8-byte dedup index, with documents, entity mentions and evidence kept beside them. Events
/// with the same (source, target, CAMEO root, date) are merged as they arrive, summing their
/// sources; undated events are never merged (a missing date says nothing about identity).
class EventStore {
public:
    static constexpr std::uint16_t kNoActor = 0xFFFF;

    // --- Appending (documents first, then the events that cite them) ---
    /// Adds a document with its entity mentions. Returns false (and a warning in `warnings`)
    /// when a document with that id is already stored.
    bool addDocument(const Document& document, const std::vector<EntityMention>& mentions,
                     std::vector<std::string>* warnings = nullptr);
    void addDocuments(const std::vector<Document>& documents,
                      const std::vector<std::vector<EntityMention>>& mentions,
                      std::vector<std::string>* warnings = nullptr);
    AppendResult addEvents(const std::vector<Event>& events);
    AppendResult addDatasetRows(const std::string& datasetName,
                                const std::vector<DatasetRow>& rows);

    // --- Columns ---
    std::uint32_t eventCount() const { return static_cast<std::uint32_t>(m_day.size()); }
    const std::vector<std::int32_t>& days() const { return m_day; }
    const std::vector<DatePrecision>& precisions() const { return m_precision; }
    const std::vector<std::uint16_t>& sourceActors() const { return m_source; }
    const std::vector<std::uint16_t>& targetActors() const { return m_target; }
    const std::vector<std::uint16_t>& codes() const { return m_code; }
    const std::vector<std::uint8_t>& roots() const { return m_root; }
    const std::vector<std::uint8_t>& quadClasses() const { return m_quadClass; }
    /// Goldstein weights in tenths (CAMEO and the datasets state them to one decimal), so
    /// sums are exact: 1.9 is stored as 19.
    const std::vector<std::int16_t>& goldsteinTenths() const { return m_goldsteinTenths; }
    double goldstein(std::uint32_t event) const { return m_goldsteinTenths[event] / 10.0; }
    const std::vector<std::uint16_t>& sourceCounts() const { return m_sources; }
    const std::vector<EvidenceRef>& evidenceRefs() const { return m_evidence; }

    FuzzyDate date(std::uint32_t event) const { return {m_day[event], m_precision[event]}; }

    // --- Tables beside the columns ---
    const StringTable& actors() const { return m_actors; }
    const std::string& actorCode(std::uint16_t actor) const { return m_actors.text(actor); }
    std::uint16_t findActor(std::string_view code) const;
    /// Position of each actor id in the alphabetical order of codes (for sorting).
    const std::vector<std::uint16_t>& actorRanks() const;
    const std::string& cameoCode(std::uint32_t event) const { return m_codes.text(m_code[event]); }
    const StringTable& cameoCodes() const { return m_codes; }
    const StringTable& triggerWords() const { return m_triggerWords; }
    const StringTable& datasets() const { return m_datasets; }
    const DocumentTable& documents() const { return m_documents; }
    const EvidenceTable& evidence() const { return m_evidenceTable; }

    // --- Memory ---
    std::size_t eventColumnBytes() const;
    std::size_t dedupIndexBytes() const { return m_dedup.memoryBytes(); }
    std::size_t evidenceBytes() const { return m_evidenceTable.memoryBytes(); }
    std::size_t documentBytes() const;
    void reserve(std::size_t events);

private:
    struct NewEvent {
        std::uint16_t source, target, code;
        std::uint8_t root, quadClass;
        std::int16_t goldsteinTenths;
        FuzzyDate date;
        std::uint16_t sources;
    };
    bool internActor(const std::string& code, std::uint16_t& id, std::string& error);
    bool prepare(const std::string& source, const std::string& target, const std::string& code,
                 const std::string& root, std::uint8_t quadClass, float goldstein,
                 std::uint16_t sources, NewEvent& out, std::string& error);
    /// Merges into an existing event or appends; returns the event's index and whether new.
    std::uint32_t place(const NewEvent& event, EvidenceRef evidence, AppendResult& result);
    std::uint64_t hashOf(std::uint32_t event) const;
    static std::uint64_t hashKey(std::uint16_t source, std::uint16_t target, std::uint8_t root,
                                 FuzzyDate date);

    std::vector<std::int32_t> m_day;
    std::vector<DatePrecision> m_precision;
    std::vector<std::uint16_t> m_source, m_target, m_code;
    std::vector<std::uint8_t> m_root, m_quadClass;
    std::vector<std::int16_t> m_goldsteinTenths;
    std::vector<std::uint16_t> m_sources;
    std::vector<EvidenceRef> m_evidence;

    DedupIndex m_dedup;
    StringTable m_actors, m_codes, m_triggerWords, m_datasets;
    DocumentTable m_documents;
    EvidenceTable m_evidenceTable;
    mutable std::vector<std::uint16_t> m_actorRanks;
    // Fast paths for interning: actor codes of up to 8 bytes packed into an integer, and CAMEO
    // codes (2-4 digits) indexed directly by length and value.
    std::unordered_map<std::uint64_t, std::uint16_t> m_actorByPackedCode;
    std::vector<std::uint16_t> m_codeByNumber;
};

} // namespace dyad
