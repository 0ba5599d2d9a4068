#include "app/ResourcePaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

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

QStringList ResourcePaths::userLexiconDirs() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString lexicon = dir + QStringLiteral("/lexicon");
    if (dir.isEmpty() || !QDir(lexicon).exists())
        return {};
    return {QDir::toNativeSeparators(lexicon)};
}

} // namespace dyad
