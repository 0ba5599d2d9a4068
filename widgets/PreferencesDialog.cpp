#include "widgets/PreferencesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dyad {

QList<QPair<QString, QString>> PreferencesDialog::languages() {
    return {{QString(), tr("System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ru"), QStringLiteral("Русский")}};
}

PreferencesDialog::PreferencesDialog(const QString& language, const QString& scheme,
                                     QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_scheme(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    for (const auto& [code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_language->setAccessibleName(tr("Interface language"));
    m_scheme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(scheme)));
    m_scheme->setAccessibleName(tr("Colour scheme"));

    auto* note = new QLabel(tr("A new language applies the next time Dyad starts."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Colours:"), m_scheme);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const {
    return m_language->currentData().toString();
}

QString PreferencesDialog::colourScheme() const {
    return m_scheme->currentData().toString();
}

} // namespace dyad
