#pragma once

#include "widgets/SessionFeeder.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dyad {

/// The files that could not be loaded and why, in a non-modal window that stays open beside
/// the main window while the rest load.
class LoadErrorsDialog : public QDialog {
    Q_OBJECT

public:
    explicit LoadErrorsDialog(QWidget* parent = nullptr);

    void addProblems(const QList<SessionFeeder::Problem>& problems);
    void clearProblems();
    int problemCount() const;
    /// "path: reason" for row `row`.
    QString problemText(int row) const;

private:
    void copyAll();
    void updateSummary();

    QLabel* m_summary;
    QTreeWidget* m_list;
};

} // namespace dyad
