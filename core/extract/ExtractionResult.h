#pragma once

#include "core/extract/Event.h"
#include "core/reading/Document.h"

#include <vector>

namespace dyad {

/// A read document with the entities recognised in it.
struct DocumentExtraction {
    Document document;
    std::vector<EntityMention> entities;
};

/// Everything `dyad extract` reports: the documents, the deduplicated events and the inputs
/// that could not be read.
struct ExtractionResult {
    std::vector<DocumentExtraction> documents;
    std::vector<Event> events;
    std::vector<ReadFailure> failures;
};

} // namespace dyad
