#pragma once

#include "core/extract/ExtractionResult.h"
#include "core/store/EventStore.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace dyad {

/// Events of an EventStore in the shape of `dyad extract` (ExtractionResult), so that the
/// viewer's selection is exported with the same writers and the same contract (DESIGN.md §4):
/// each event with every piece of its article evidence, and the documents cited, with their
/// entity mentions. Dataset evidence (GDELT, ICEWS rows) has no document and is left out of
/// `evidence`.
///
/// The store keeps a document's text as read (rendered, for HTML and Markdown) but not the
/// file's own text, to which the contract's offsets point. `fullDocument` gives it back: given
/// a stored document it returns the document as read from its file (with `sourceText` and
/// `sourceOffsets`), or nullopt. It is trusted only when its text is the stored text;
/// otherwise, for a file in markup, the offsets stay in the stored text and the document says
/// so in its warnings. Plain text needs no file: its text is the file's.
class StoreExtraction {
public:
    using DocumentSource = std::function<std::optional<Document>(const StoredDocument&)>;

    static ExtractionResult of(const EventStore& store, const std::vector<std::uint32_t>& events,
                               const DocumentSource& fullDocument = {});
    /// Whether a path names a file in markup (HTML or Markdown), whose text is rendered.
    static bool isMarkupPath(const std::string& path);
};

} // namespace dyad
