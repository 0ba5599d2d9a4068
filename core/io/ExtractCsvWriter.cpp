#include "core/io/ExtractCsvWriter.h"

#include "core/io/CsvWriter.h"
#include "core/util/Utf.h"

#include <cmath>
#include <unordered_map>

namespace dyad {

void ExtractCsvWriter::write(const ExtractionResult& result, std::ostream& out) {
    std::unordered_map<std::string, const Document*> byId;
    for (const DocumentExtraction& extraction : result.documents)
        byId[extraction.document.id] = &extraction.document;

    CsvWriter csv(out);
    for (const char* column :
         {"id", "date", "date_precision", "source", "target", "code", "root", "quad_class",
          "goldstein", "sources", "documents", "document", "start", "end", "trigger", "sentence"})
        csv.text(column);
    csv.endRow();

    std::size_t number = 0;
    for (const Event& event : result.events) {
        std::string documents;
        for (const std::string& id : event.documents) {
            if (!documents.empty())
                documents += ';';
            documents += id;
        }
        csv.text("e" + std::to_string(++number))
            .text(event.date.toIso())
            .text(event.date.isKnown() ? precisionName(event.date.precision) : "")
            .text(event.source)
            .text(event.target)
            .text(event.code)
            .text(event.root)
            .integer(event.quadClass)
            .number(std::round(static_cast<double>(event.goldstein) * 10.0) / 10.0)
            .integer(static_cast<long long>(event.documents.size()))
            .text(documents);
        if (event.evidence.empty()) {
            csv.text("").text("").text("").text("").text("");
        } else {
            const Evidence& e = event.evidence.front();
            std::string sentence;
            TextSpan source = e.sentence; // offsets into the file's text, sentence as rendered
            if (auto it = byId.find(e.document); it != byId.end()) {
                sentence = sliceUtf8(it->second->text, e.sentence);
                source = it->second->toSource(e.sentence);
            }
            csv.text(e.document)
                .integer(source.start)
                .integer(source.end)
                .text(e.triggerText)
                .text(sentence);
        }
        csv.endRow();
    }
}

} // namespace dyad
