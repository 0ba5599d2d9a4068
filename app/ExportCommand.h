#pragma once

#include "app/CommandLine.h"

#include <ostream>

namespace dyad {

/// `dyad export --view timeline|matrix|events --out FILE [OPTION...] PATH...`: reads the
/// articles, applies the filter and writes the view (PNG, SVG, PDF) or the events (CSV, JSON)
/// to FILE, without a display (a QApplication must exist; the offscreen platform will do).
/// Problems go to `err`. Returns the exit status: 0 when FILE was written from every input,
/// 2 when FILE could not be written (nothing is left behind) or some inputs could not be read,
/// 1 when the lexicon is missing.
int runExport(const CommandLine& command, std::ostream& err);

} // namespace dyad
