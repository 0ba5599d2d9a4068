#include "app/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace dyad {

QStringList Translator::availableLanguages() {
    return {QStringLiteral("es"), QStringLiteral("ru")};
}

QString Translator::install(const QString& language) {
    for (const auto& translator : m_installed)
        QCoreApplication::removeTranslator(translator.get());
    m_installed.clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    const QString code = locale.name().section(QLatin1Char('_'), 0, 0);
    if (!availableLanguages().contains(code)) {
        QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(QLocale::English));
        auto english = std::make_unique<QTranslator>(); // plural forms only
        if (english->load(QStringLiteral(":/i18n/dyad_en.qm"))) {
            QCoreApplication::installTranslator(english.get());
            m_installed.push_back(std::move(english));
        }
        return QStringLiteral("en");
    }
    QLocale::setDefault(locale);
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/dyad_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(own.get());
        m_installed.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_installed.push_back(std::move(qt));
    }
    return code;
}

} // namespace dyad
