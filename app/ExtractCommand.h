#pragma once

#include "app/CommandLine.h"

#include <ostream>

namespace dyad {

/// `dyad extract [--format json|csv] PATH...`: reads the articles, writes their entities and
/// events to `out` and problems to `err`. Returns the exit status: 0 when every input was
/// read, 2 when some could not be (they are listed in the output), 1 when extraction could not
/// start (the lexicon is missing).
int runExtract(const CommandLine& command, std::ostream& out, std::ostream& err);

} // namespace dyad
