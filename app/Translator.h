#pragma once

#include <QString>
#include <QTranslator>

#include <memory>
#include <vector>

namespace dyad {

/// Puts the interface in one language: Dyad's own translation (built into the program from
/// translations/dyad_<lang>.ts) and Qt's (qtbase_<lang>.qm from Qt's translations folder, so
/// standard dialogs and buttons follow), and makes that language the default locale.
class Translator {
public:
    /// Installs the translations for `language` ("es", "ru", ...; empty follows the system
    /// locale). Replaces whatever this translator installed before. Returns the language in use
    /// ("en" when no translation matched).
    QString install(const QString& language);
    /// The languages Dyad has a translation for, besides English.
    static QStringList availableLanguages();

private:
    std::vector<std::unique_ptr<QTranslator>> m_installed;
};

} // namespace dyad
