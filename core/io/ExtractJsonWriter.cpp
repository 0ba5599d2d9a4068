#include "core/io/ExtractJsonWriter.h"

#include "core/util/Utf.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace dyad {

namespace {

using Json = nlohmann::ordered_json;

Json optionalString(const std::optional<std::string>& value) {
    return value ? Json(*value) : Json(nullptr);
}

/// The contract's entity kinds; dates and triggers are highlighted in the viewer only.
const char* kindName(EntityKind kind) {
    return kind == EntityKind::Date || kind == EntityKind::Trigger ? nullptr : entityKindName(kind);
}

Json documentJson(const DocumentExtraction& extraction) {
    const Document& d = extraction.document;
    Json entities = Json::array();
    for (const EntityMention& mention : extraction.entities) {
        const char* kind = kindName(mention.kind);
        if (!kind)
            continue;
        // Offsets and text are the file's (a rendered page's span maps back to its source).
        const TextSpan source = d.toSource(mention.span);
        entities.push_back({{"text", toUtf8(d.sourceSlice(mention.span))},
                            {"kind", kind},
                            {"actor", mention.actor.empty() ? Json(nullptr) : Json(mention.actor)},
                            {"start", source.start},
                            {"end", source.end}});
    }
    return {{"id", d.id},
            {"path", d.path},
            {"title", optionalString(d.title)},
            {"outlet", optionalString(d.outlet)},
            {"url", optionalString(d.url)},
            {"language", d.language},
            {"published", d.published.isKnown() ? Json(d.published.toIso()) : Json(nullptr)},
            {"entities", std::move(entities)},
            {"warnings", d.warnings}};
}

} // namespace

void ExtractJsonWriter::write(const ExtractionResult& result, std::ostream& out) {
    std::unordered_map<std::string, const Document*> byId;
    Json documents = Json::array();
    for (const DocumentExtraction& extraction : result.documents) {
        byId[extraction.document.id] = &extraction.document;
        documents.push_back(documentJson(extraction));
    }

    Json events = Json::array();
    std::size_t number = 0;
    for (const Event& event : result.events) {
        Json evidence = Json::array();
        for (const Evidence& e : event.evidence) {
            const auto it = byId.find(e.document);
            const Document* document = it != byId.end() ? it->second : nullptr;
            // Offsets into the file's text; the sentence as rendered.
            const TextSpan source = document ? document->toSource(e.sentence) : e.sentence;
            Json item = {{"document", e.document},
                         {"start", source.start},
                         {"end", source.end},
                         {"trigger", e.triggerText}};
            if (document)
                item["sentence"] = sliceUtf8(document->text, e.sentence);
            evidence.push_back(std::move(item));
        }
        Json item = {{"id", "e" + std::to_string(++number)},
                     {"date", event.date.isKnown() ? Json(event.date.toIso()) : Json(nullptr)},
                     {"date_precision", event.date.isKnown()
                                            ? Json(std::string(precisionName(event.date.precision)))
                                            : Json(nullptr)},
                     {"source", event.source},
                     {"target", event.target},
                     {"code", event.code},
                     {"root", event.root},
                     {"quad_class", event.quadClass},
                     {"goldstein", std::round(static_cast<double>(event.goldstein) * 10.0) / 10.0},
                     {"documents", event.documents},
                     {"evidence", std::move(evidence)}};
        if (event.money) {
            std::string text;
            if (!event.evidence.empty()) {
                if (auto it = byId.find(event.evidence.front().document); it != byId.end())
                    text = sliceUtf8(it->second->text, event.money->span);
            }
            item["amount"] = {{"value", event.money->value},
                              {"currency", event.money->currency.empty()
                                               ? Json(nullptr)
                                               : Json(event.money->currency)},
                              {"text", text}};
        }
        events.push_back(std::move(item));
    }

    Json failed = Json::array();
    for (const ReadFailure& failure : result.failures)
        failed.push_back({{"path", failure.path}, {"error", failure.error}});

    const Json root = {{"format", "dyad-extract/1"},
                       {"documents", std::move(documents)},
                       {"events", std::move(events)},
                       {"failed", std::move(failed)}};
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

} // namespace dyad
