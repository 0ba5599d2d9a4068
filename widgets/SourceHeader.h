#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace dyad {

struct StoredDocument;

/// The head of the source panel: the document's title, then outlet, publication date and
/// language, and its URL as plain, selectable text (never a link: nothing is opened from it).
class SourceHeader : public QWidget {
    Q_OBJECT

public:
    explicit SourceHeader(QWidget* parent = nullptr);

    /// Shows a document's metadata; null shows that no document is selected.
    void setDocument(const StoredDocument* document);

    QString titleText() const;
    QString detailText() const;
    QString urlText() const;

private:
    QLabel* m_title;
    QLabel* m_details;
    QLineEdit* m_url;
};

} // namespace dyad
