#pragma once

#include "core/extract/ExtractionResult.h"

#include <ostream>

namespace dyad {

/// Writes an extraction as the `dyad-extract/1` JSON of DESIGN.md §4: documents with their
/// entities (country, person, organization, place; offsets in code points), events with their
/// evidence, and the inputs that failed. Event ids are "e1", "e2", ... in the order given.
class ExtractJsonWriter {
public:
    static void write(const ExtractionResult& result, std::ostream& out);
};

} // namespace dyad
