#include "widgets/SourceHeader.h"

#include "core/store/DocumentTable.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace dyad {

namespace {

QString languageName(const std::string& code) {
    if (code.empty() || code == "und")
        return QString();
    const QLocale locale(QString::fromStdString(code));
    if (locale.language() == QLocale::C)
        return QString::fromStdString(code);
    const QString name = QLocale::languageToString(locale.language());
    return name.isEmpty() ? QString::fromStdString(code) : name;
}

} // namespace

SourceHeader::SourceHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_url(new QLineEdit(this)) {
    for (QLabel* label : {m_title, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Document title"));
    m_details->setAccessibleName(tr("Outlet, date and language"));
    m_url->setReadOnly(true);
    m_url->setFrame(false);
    m_url->setAccessibleName(tr("Document address"));
    m_url->setToolTip(tr("The article's address, as text: Dyad never opens it"));
    QPalette urlPalette = m_url->palette();
    urlPalette.setColor(QPalette::Base, Qt::transparent);
    m_url->setPalette(urlPalette);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_url);
    setDocument(nullptr);
}

void SourceHeader::setDocument(const StoredDocument* document) {
    if (!document) {
        m_title->setText(tr("No document selected"));
        m_details->setText(tr("Select an event or a document to read its source."));
        m_url->clear();
        m_url->hide();
        return;
    }
    const QString title = QString::fromStdString(document->title);
    m_title->setText(title.isEmpty() ? QString::fromStdString(document->id) : title);
    QStringList details;
    details << (document->outlet.empty() ? tr("unknown outlet")
                                         : QString::fromStdString(document->outlet));
    details << (document->published.isKnown() ? QString::fromStdString(document->published.toIso())
                                              : tr("date unknown"));
    const QString language = languageName(document->language);
    details << (language.isEmpty() ? tr("language unknown") : language);
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_url->setText(QString::fromStdString(document->url));
    m_url->setCursorPosition(0);
    m_url->setVisible(!document->url.empty());
}

QString SourceHeader::titleText() const {
    return m_title->text();
}

QString SourceHeader::detailText() const {
    return m_details->text();
}

QString SourceHeader::urlText() const {
    return m_url->text();
}

} // namespace dyad
