#include "app/ResourcePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dyad {

QString ResourcePaths::resourcesDir() {
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/../share/dyad"),
        QStringLiteral(DYAD_SOURCE_RESOURCES),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

QString ResourcePaths::sampleCorpusDir() {
    const QString resources = resourcesDir();
    if (resources.isEmpty())
        return {};
    const QString corpus = resources + QStringLiteral("/corpus");
    return QFileInfo(corpus).isDir() ? corpus : QString();
}

} // namespace dyad
