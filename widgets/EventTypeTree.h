#pragma once

#include <QList>
#include <QTreeWidget>

namespace dyad {

/// The event types to show: the twenty CAMEO roots grouped under their QuadClass (verbal and
/// material cooperation, verbal and material conflict), each with a check box; a group's box
/// checks or clears all its roots.
class EventTypeTree : public QTreeWidget {
    Q_OBJECT

public:
    explicit EventTypeTree(QWidget* parent = nullptr);

    /// The checked roots; empty when every root is checked (no condition).
    QList<int> checkedRoots() const;
    /// Checks exactly these roots (empty: all).
    void setCheckedRoots(const QList<int>& roots);

signals:
    /// The user changed which roots are checked.
    void rootsChanged();

private:
    QTreeWidgetItem* m_roots[21] = {};
    bool m_updating = false;
};

} // namespace dyad
