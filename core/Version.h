#pragma once

#include <string>

namespace dyad {

/// The program's version, e.g. "0.1.0".
std::string version();

/// One line per library Dyad is built on, with the version it runs with.
std::string libraryVersions();

} // namespace dyad
