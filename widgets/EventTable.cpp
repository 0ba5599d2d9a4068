#include "widgets/EventTable.h"

#include "models/EventModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>

namespace dyad {

EventTable::EventTable(EventModel& model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setModel(&model);
    setAccessibleName(tr("Events"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSortingEnabled(true);
    horizontalHeader()->setSortIndicator(EventModel::Date, Qt::AscendingOrder);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(EventModel::Date, digit * 12);
    header->resizeSection(EventModel::Source, digit * 16);
    header->resizeSection(EventModel::Target, digit * 16);
    header->resizeSection(EventModel::Type, digit * 7);
    header->resizeSection(EventModel::Goldstein, digit * 10);
    header->resizeSection(EventModel::Sources, digit * 9);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EventTable::rowChanged);
    connect(&model, &QAbstractItemModel::modelReset, this, &EventTable::restoreSelection);
    connect(&model, &QAbstractItemModel::layoutChanged, this, &EventTable::restoreSelection);
}

bool EventTable::selectEvent(std::uint32_t event) {
    const int row = m_model.rowOf(event);
    if (row < 0)
        return false;
    const QModelIndex index = m_model.index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

std::optional<std::uint32_t> EventTable::currentEvent() const {
    return m_current;
}

void EventTable::rowChanged(const QModelIndex& current) {
    if (m_restoring || !current.isValid())
        return;
    const std::uint32_t event = m_model.eventAt(current.row());
    if (m_current == event)
        return;
    m_current = event;
    emit eventChosen(event);
}

void EventTable::restoreSelection() {
    if (!m_current)
        return;
    m_restoring = true;
    const int row = m_model.rowOf(*m_current);
    if (row >= 0) {
        const QModelIndex index = m_model.index(row, 0);
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
        scrollTo(index);
    }
    m_restoring = false;
}

} // namespace dyad
