#pragma once

#include <QString>

namespace dyad {

/// Where the program's bundled data lives: beside an installed program (share/dyad), or the
/// source tree's resources/ when run from a build tree.
class ResourcePaths {
public:
    /// The resources folder, or an empty string when none is found.
    static QString resourcesDir();
    /// The bundled sample corpus folder, or an empty string when none is found.
    static QString sampleCorpusDir();
};

} // namespace dyad
