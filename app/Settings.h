#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace dyad {

/// One typed setting: a key, a default and conversions to and from QSettings.
template <typename T>
class Preference {
public:
    Preference(QSettings& settings, QString key, T defaultValue = T())
        : m_settings(settings)
        , m_key(std::move(key))
        , m_default(std::move(defaultValue)) {}

    T get() const {
        const QVariant value = m_settings.value(m_key);
        if (!value.isValid() || !value.canConvert<T>())
            return m_default;
        return value.value<T>();
    }
    void set(const T& value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }
    void reset() { m_settings.remove(m_key); }
    const QString& key() const { return m_key; }

private:
    QSettings& m_settings;
    QString m_key;
    T m_default;
};

/// Every setting Dyad keeps between runs, typed, over one QSettings.
class Settings {
    // Declared first: every Preference below refers to it.
    std::unique_ptr<QSettings> m_settings;

public:
    /// The user's settings (organisation and application names from QCoreApplication).
    Settings();
    /// Settings kept in an INI file (for tests and portable use).
    explicit Settings(const QString& iniFile);

    static constexpr int kMaxRecentFiles = 10;

    Preference<QByteArray> windowGeometry{*m_settings, QStringLiteral("window/geometry")};
    Preference<QByteArray> windowState{*m_settings, QStringLiteral("window/state")};
    Preference<QByteArray> mainSplitter{*m_settings, QStringLiteral("window/mainSplitter")};
    Preference<QByteArray> sourceSplitter{*m_settings, QStringLiteral("window/sourceSplitter")};
    /// The last filter, in FilterState's text form ("CUB-RUS 2018..2024 roots=04,05").
    Preference<QString> lastFilter{*m_settings, QStringLiteral("filter/last")};
    /// "volume" or "lanes".
    Preference<QString> timelineMode{*m_settings, QStringLiteral("timeline/mode"),
                                     QStringLiteral("volume")};
    /// "count" or "goldstein".
    Preference<QString> matrixColouring{*m_settings, QStringLiteral("matrix/colouring"),
                                        QStringLiteral("count")};
    /// The tab in the middle of the window: "timeline" or "matrix".
    Preference<QString> currentView{*m_settings, QStringLiteral("window/view"),
                                    QStringLiteral("timeline")};
    /// Whether the source panel shows page furniture (greyed) or folds it away.
    Preference<bool> furnitureShown{*m_settings, QStringLiteral("source/furnitureShown"), true};
    /// UI language ("es", "ru", ...); empty follows the system locale.
    Preference<QString> uiLanguage{*m_settings, QStringLiteral("ui/language")};
    /// "system", "light" or "dark".
    Preference<QString> colourScheme{*m_settings, QStringLiteral("ui/colourScheme"),
                                     QStringLiteral("system")};

    QStringList recentFiles() const;
    /// Puts `path` first in the recent files, without duplicates, at most kMaxRecentFiles.
    void addRecentFile(const QString& path);
    void clearRecentFiles();

    void sync() { m_settings->sync(); }
    QSettings& backend() { return *m_settings; }

private:
    Preference<QStringList> m_recentFiles{*m_settings, QStringLiteral("files/recent")};
};

} // namespace dyad
