#pragma once

#include "core/extract/Event.h"
#include "core/extract/ExtractionResources.h"
#include "core/reading/Document.h"

#include <memory>
#include <vector>

namespace dyad {

/// What one step of a background load delivers to the GUI thread: the documents read and
/// extracted in that step with their entity mentions, the events found in them (merged within
/// the batch), the files that could not be read, and how far the whole load is.
struct LoadBatch {
    std::vector<Document> documents;
    std::vector<std::vector<EntityMention>> mentions; ///< one list per document
    std::vector<Event> events;
    std::vector<ReadFailure> failures;
    int filesDone = 0;  ///< files handled so far in the whole load, this batch included
    int filesTotal = 0; ///< files in the whole load
    /// The extraction resources the batch was made with (the lexicon gives actor names).
    std::shared_ptr<const ExtractionResources> resources;
};

} // namespace dyad
