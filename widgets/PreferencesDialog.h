#pragma once

#include <QDialog>

class QComboBox;

namespace dyad {

/// The user's preferences: the interface language (or the system's) and the colour scheme.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    /// `language`: "" for the system's, else "en", "es", "ru"; `scheme`: "system", "light",
    /// "dark".
    PreferencesDialog(const QString& language, const QString& scheme, QWidget* parent = nullptr);

    QString language() const;
    QString colourScheme() const;

    /// The interface languages offered: (code, name in that language); "" is the system's.
    static QList<QPair<QString, QString>> languages();

private:
    QComboBox* m_language;
    QComboBox* m_scheme;
};

} // namespace dyad
