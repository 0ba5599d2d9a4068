#include "widgets/EventTypeTree.h"

#include "models/QuadClassPalette.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

namespace dyad {

namespace {

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

} // namespace

EventTypeTree::EventTypeTree(QWidget* parent)
    : QTreeWidget(parent) {
    setHeaderHidden(true);
    setColumnCount(1);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Event types"));
    m_updating = true;
    QTreeWidgetItem* groups[5] = {};
    for (int quad = 1; quad <= 4; ++quad) {
        auto* group = new QTreeWidgetItem(this, {quadClassName(quad)});
        group->setIcon(0, swatch(QuadClassPalette::color(quad)));
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Checked);
        groups[quad] = group;
    }
    for (int root = 1; root <= 20; ++root) {
        auto* item = new QTreeWidgetItem(
            groups[quadClassOfRoot(root)],
            {QStringLiteral("%1 %2").arg(root, 2, 10, QLatin1Char('0')).arg(rootName(root))});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, root);
        m_roots[root] = item;
    }
    m_updating = false;
    connect(this, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            emit rootsChanged();
    });
}

QList<int> EventTypeTree::checkedRoots() const {
    QList<int> roots;
    for (int root = 1; root <= 20; ++root)
        if (m_roots[root]->checkState(0) == Qt::Checked)
            roots.append(root);
    if (roots.size() == 20)
        return {};
    return roots;
}

void EventTypeTree::setCheckedRoots(const QList<int>& roots) {
    if (roots == checkedRoots())
        return;
    m_updating = true;
    for (int root = 1; root <= 20; ++root)
        m_roots[root]->setCheckState(0, roots.isEmpty() || roots.contains(root) ? Qt::Checked
                                                                                : Qt::Unchecked);
    m_updating = false;
}

int EventTypeTree::quadClassOfRoot(int root) {
    if (root <= 5)
        return 1;
    if (root <= 8)
        return 2;
    if (root <= 13)
        return 3;
    return 4;
}

QString EventTypeTree::quadClassName(int quadClass) {
    switch (quadClass) {
    case 1:
        return tr("Verbal cooperation");
    case 2:
        return tr("Material cooperation");
    case 3:
        return tr("Verbal conflict");
    case 4:
        return tr("Material conflict");
    }
    return QString();
}

QString EventTypeTree::rootName(int root) {
    switch (root) {
    case 1:
        return tr("Make public statement");
    case 2:
        return tr("Appeal");
    case 3:
        return tr("Express intent to cooperate");
    case 4:
        return tr("Consult");
    case 5:
        return tr("Engage in diplomatic cooperation");
    case 6:
        return tr("Engage in material cooperation");
    case 7:
        return tr("Provide aid");
    case 8:
        return tr("Yield");
    case 9:
        return tr("Investigate");
    case 10:
        return tr("Demand");
    case 11:
        return tr("Disapprove");
    case 12:
        return tr("Reject");
    case 13:
        return tr("Threaten");
    case 14:
        return tr("Protest");
    case 15:
        return tr("Exhibit military posture");
    case 16:
        return tr("Reduce relations");
    case 17:
        return tr("Coerce");
    case 18:
        return tr("Assault");
    case 19:
        return tr("Fight");
    case 20:
        return tr("Use unconventional mass violence");
    }
    return QString();
}

} // namespace dyad
