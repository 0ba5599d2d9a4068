#include "widgets/DocumentList.h"

#include "models/DocumentModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace dyad {

DocumentList::DocumentList(DocumentModel& model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setModel(&model);
    setAccessibleName(tr("Documents"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(DocumentModel::Title, digit * 34);
    header->resizeSection(DocumentModel::Outlet, digit * 14);
    header->resizeSection(DocumentModel::Published, digit * 11);
    header->resizeSection(DocumentModel::Language, digit * 6);
    header->resizeSection(DocumentModel::Events, digit * 7);
    hideColumn(DocumentModel::Id);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (m_following || !current.isValid())
                    return;
                emit documentChosen(
                    m_model.index(current.row(), 0).data(DocumentModel::DocumentIndexRole).toInt());
            });
}

void DocumentList::showDocument(int index) {
    m_following = true;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex cell = m_model.index(row, 0);
        if (cell.data(DocumentModel::DocumentIndexRole).toInt() == index) {
            selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
            scrollTo(cell);
            break;
        }
    }
    m_following = false;
}

} // namespace dyad
