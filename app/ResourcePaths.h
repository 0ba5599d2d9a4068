#pragma once

#include <QString>
#include <QStringList>

namespace dyad {

/// Where the program's bundled data lives: beside an installed program (share/dyad), or the
/// source tree's resources/ when run from a build tree.
class ResourcePaths {
public:
    /// The resources folder, or an empty string when none is found.
    static QString resourcesDir();
    /// The bundled sample corpus folder, or an empty string when none is found.
    static QString sampleCorpusDir();
    /// The user's own lexicon folder (data directory/lexicon) when it exists, loaded after the
    /// bundled lexicon.
    static QStringList userLexiconDirs();
};

} // namespace dyad
