#pragma once

#include <QTableView>

namespace dyad {

class DocumentModel;

/// The documents loaded, with how many selected events each reports. Choosing one shows it in
/// the source panel.
class DocumentList : public QTableView {
    Q_OBJECT

public:
    explicit DocumentList(DocumentModel& model, QWidget* parent = nullptr);

    /// Makes the row of store document `index` current without emitting documentChosen().
    void showDocument(int index);

signals:
    /// The user chose store document `index`.
    void documentChosen(int index);

private:
    DocumentModel& m_model;
    bool m_following = false;
};

} // namespace dyad
