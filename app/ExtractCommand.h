#pragma once

#include "app/CommandLine.h"

#include "core/extract/ExtractionResources.h"
#include "core/extract/ExtractionResult.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace dyad {

/// The bundled lexicon and the user's own, for the headless commands; lexicon problems are
/// written to `err`. Null (and a message) when the resources folder is missing.
std::shared_ptr<const ExtractionResources> loadExtractionResources(std::ostream& err);

/// Reads and extracts the command's paths on both cores; each file that cannot be read is
/// named on `err` with the reason (and listed in the result).
ExtractionResult extractCommandPaths(const CommandLine& command,
                                     const ExtractionResources& resources, std::ostream& err);

/// `dyad extract [--format json|csv] PATH...`: reads the articles, writes their entities and
/// events to `out` and problems to `err`. Returns the exit status: 0 when every input was
/// read, 2 when some could not be (they are listed in the output), 1 when extraction could not
/// start (the lexicon is missing).
int runExtract(const CommandLine& command, std::ostream& out, std::ostream& err);

} // namespace dyad
