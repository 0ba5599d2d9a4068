#include "core/io/StoreExtraction.h"

#include "core/util/Utf.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_map>

namespace dyad {

namespace {

std::string rootText(std::uint8_t root) {
    char buffer[4];
    std::snprintf(buffer, sizeof buffer, "%02u", unsigned(root) % 100u);
    return buffer;
}

/// The document as the store keeps it: metadata, text and entity mentions.
Document storedDocument(const StoredDocument& stored) {
    Document document;
    document.id = stored.id;
    document.path = stored.path;
    if (!stored.title.empty())
        document.title = stored.title;
    if (!stored.outlet.empty())
        document.outlet = stored.outlet;
    if (!stored.url.empty())
        document.url = stored.url;
    document.language = stored.language;
    document.published = stored.published;
    document.text = fromUtf8(stored.text.utf8());
    return document;
}

std::vector<EntityMention> mentionsOf(const EventStore& store, const StoredDocument& stored) {
    std::vector<EntityMention> mentions;
    mentions.reserve(stored.mentions.size());
    for (const StoredMention& mention : stored.mentions) {
        EntityMention out;
        out.span = mention.span;
        out.kind = mention.kind;
        if (mention.actor != EventStore::kNoActor)
            out.actor = store.actorCode(mention.actor);
        mentions.push_back(std::move(out));
    }
    return mentions;
}

} // namespace

bool StoreExtraction::isMarkupPath(const std::string& path) {
    const std::size_t dot = path.find_last_of('.');
    const std::size_t slash = path.find_last_of("/\\");
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return false;
    std::string extension = path.substr(dot + 1);
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return extension == "html" || extension == "htm" || extension == "md" ||
           extension == "markdown" || extension == "xhtml";
}

ExtractionResult StoreExtraction::of(const EventStore& store,
                                     const std::vector<std::uint32_t>& events,
                                     const DocumentSource& fullDocument) {
    ExtractionResult result;
    const DocumentTable& table = store.documents();
    const EvidenceTable& evidenceTable = store.evidence();
    std::unordered_map<std::uint32_t, bool> cited; // document index -> added

    result.events.reserve(events.size());
    std::vector<std::uint32_t> documentOrder;
    for (const std::uint32_t index : events) {
        if (index >= store.eventCount())
            continue;
        Event event;
        event.source = store.actorCode(store.sourceActors()[index]);
        event.target = store.actorCode(store.targetActors()[index]);
        event.code = store.cameoCode(index);
        event.root = rootText(store.roots()[index]);
        event.quadClass = store.quadClasses()[index];
        event.goldstein = float(store.goldstein(index));
        event.date = store.date(index);
        for (EvidenceRef ref = store.evidenceRefs()[index]; ref != kNoEvidence;
             ref = evidenceTable.next(ref)) {
            if (EvidenceTable::isDataset(ref))
                continue;
            const ArticleEvidence piece = evidenceTable.article(ref);
            if (piece.document >= table.size())
                continue;
            const StoredDocument& document = table.at(piece.document);
            Evidence evidence;
            evidence.document = document.id;
            evidence.sentence = piece.sentence;
            evidence.trigger = piece.trigger;
            evidence.sourceSpan = piece.sourceSpan;
            evidence.targetSpan = piece.targetSpan;
            if (piece.triggerWord < store.triggerWords().size())
                evidence.triggerText = store.triggerWords().text(piece.triggerWord);
            event.evidence.push_back(std::move(evidence));
            if (std::find(event.documents.begin(), event.documents.end(), document.id) ==
                event.documents.end())
                event.documents.push_back(document.id);
            if (cited.emplace(piece.document, true).second)
                documentOrder.push_back(piece.document);
        }
        result.events.push_back(std::move(event));
    }

    std::sort(documentOrder.begin(), documentOrder.end()); // the order of loading
    result.documents.reserve(documentOrder.size());
    for (const std::uint32_t index : documentOrder) {
        const StoredDocument& stored = table.at(index);
        DocumentExtraction extraction;
        extraction.document = storedDocument(stored);
        extraction.entities = mentionsOf(store, stored);
        if (isMarkupPath(stored.path)) {
            std::optional<Document> full;
            if (fullDocument)
                full = fullDocument(stored);
            if (full && full->text == extraction.document.text) {
                extraction.document.sourceText = std::move(full->sourceText);
                extraction.document.sourceOffsets = std::move(full->sourceOffsets);
            } else {
                extraction.document.warnings.push_back(
                    "the file could not be read again as it was loaded: offsets are into the "
                    "text shown by the viewer, not into the file");
            }
        }
        result.documents.push_back(std::move(extraction));
    }
    return result;
}

} // namespace dyad
