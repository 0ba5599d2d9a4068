#include "widgets/EventTypeTree.h"

#include "core/cameo/CameoCatalog.h"
#include "models/CameoNames.h"
#include "models/QuadClassPalette.h"

#include <QHeaderView>
#include <QPainter>
#include <QPixmap>

#include <string>

namespace dyad {

namespace {

QIcon swatch(const QColor& colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(colour);
    return QIcon(pixmap);
}

/// "05" for root 5.
std::string rootCode(int root) {
    return QStringLiteral("%1").arg(root, 2, 10, QLatin1Char('0')).toStdString();
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
        auto* group = new QTreeWidgetItem(this, {CameoNames::quadClassName(quad)});
        group->setIcon(0, swatch(QuadClassPalette::color(quad)));
        group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        group->setCheckState(0, Qt::Checked);
        groups[quad] = group;
    }
    for (int root = 1; root <= 20; ++root) {
        auto* item = new QTreeWidgetItem(groups[CameoCatalog::quadClassOfRoot(rootCode(root))],
                                         {QStringLiteral("%1 %2")
                                              .arg(root, 2, 10, QLatin1Char('0'))
                                              .arg(CameoNames::rootName(root))});
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

} // namespace dyad
