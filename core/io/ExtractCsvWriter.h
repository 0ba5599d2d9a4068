#pragma once

#include "core/extract/ExtractionResult.h"

#include <ostream>

namespace dyad {

/// Writes an extraction's events as CSV (`dyad extract --format csv`): one row per event with
/// its first evidence sentence, UTF-8 with a header row.
class ExtractCsvWriter {
public:
    static void write(const ExtractionResult& result, std::ostream& out);
};

} // namespace dyad
