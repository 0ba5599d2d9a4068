#pragma once

#include "app/CommandLine.h"

#include "core/extract/ExtractionResources.h"

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace dyad {

/// The bundled lexicon and the user's own, for the headless commands; lexicon problems are
/// written to `err`. Null (and a message) when the resources folder is missing.
std::shared_ptr<const ExtractionResources> loadExtractionResources(std::ostream& err);

/// The command's paths as the core takes them.
std::vector<std::string> commandPaths(const CommandLine& command);

/// `dyad extract [--format json|csv] PATH...`: reads the articles, writes their entities and
/// events to `out` and problems to `err`. Returns the exit status: 0 when every input was
/// read, 2 when some could not be (they are listed in the output), 1 when extraction could not
/// start (the lexicon is missing).
int runExtract(const CommandLine& command, std::ostream& out, std::ostream& err);

} // namespace dyad
