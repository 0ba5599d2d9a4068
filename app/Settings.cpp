#include "app/Settings.h"

namespace dyad {

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

QStringList Settings::recentFiles() const {
    return m_recentFiles.get();
}

void Settings::addRecentFile(const QString& path) {
    QStringList files = m_recentFiles.get();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    m_recentFiles.set(files);
}

void Settings::clearRecentFiles() {
    m_recentFiles.reset();
}

} // namespace dyad
