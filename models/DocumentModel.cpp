#include "models/DocumentModel.h"

#include "models/EventSession.h"

#include <QDate>

#include <algorithm>

namespace dyad {

namespace {

QDate toQDate(const FuzzyDate& date) {
    return date.isKnown() ? QDate(date.year(), date.month(), date.dayOfMonth()) : QDate();
}

} // namespace

DocumentModel::DocumentModel(const EventSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {}

int DocumentModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int DocumentModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int DocumentModel::selectedEventCount(int row) const {
    return row >= 0 && std::size_t(row) < m_counts.size() ? int(m_counts[std::size_t(row)]) : 0;
}

QVariant DocumentModel::display(int row, Column column) const {
    const StoredDocument& document = m_session.store().documents().at(std::uint32_t(row));
    switch (column) {
    case Title:
        return document.title.empty() ? QString::fromStdString(document.id)
                                      : QString::fromStdString(document.title);
    case Outlet:
        return QString::fromStdString(document.outlet);
    case Published:
        return document.published.isKnown() ? QString::fromStdString(document.published.toIso())
                                            : QString();
    case Language:
        return QString::fromStdString(document.language);
    case Events:
        return selectedEventCount(row);
    case Id:
        return QString::fromStdString(document.id);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DocumentModel::sortValue(int row, Column column) const {
    const StoredDocument& document = m_session.store().documents().at(std::uint32_t(row));
    switch (column) {
    case Title:
    case Outlet:
    case Language:
    case Id:
        return display(row, column);
    case Published:
        return toQDate(document.published);
    case Events:
        return selectedEventCount(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DocumentModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    const StoredDocument& document = m_session.store().documents().at(std::uint32_t(row));
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return QString::fromStdString(document.path);
    case SortRole:
        return sortValue(row, column);
    case DocumentIdRole:
        return QString::fromStdString(document.id);
    case DocumentIndexRole:
        return row;
    case PathRole:
        return QString::fromStdString(document.path);
    case UrlRole:
        return QString::fromStdString(document.url);
    default:
        return {};
    }
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Published");
    case Language:
        return tr("Language");
    case Events:
        return tr("Events");
    case Id:
        return tr("Id");
    case ColumnCount:
        break;
    }
    return {};
}

void DocumentModel::recount() {
    const EventStore& store = m_session.store();
    m_counts.assign(store.documents().size(), 0);
    m_maxCount = 0;
    if (m_counts.empty())
        return; // dataset rows only: no document to count
    const auto& refs = store.evidenceRefs();
    const EvidenceTable& evidence = store.evidence();
    for (const std::uint32_t event : m_session.matching()) {
        std::uint32_t previous = DocumentTable::npos;
        for (EvidenceRef ref = refs[event]; ref != kNoEvidence; ref = evidence.next(ref)) {
            if (EvidenceTable::isDataset(ref))
                continue;
            const std::uint32_t document = evidence.articleDocument(ref);
            if (document != previous && document < m_counts.size())
                ++m_counts[document];
            previous = document;
        }
    }
    m_maxCount = m_counts.empty() ? 0 : int(*std::max_element(m_counts.begin(), m_counts.end()));
}

void DocumentModel::refresh() {
    beginResetModel();
    m_rows = static_cast<int>(m_session.store().documents().size());
    recount();
    endResetModel();
}

void DocumentModel::documentsAppended(int first, int count) {
    if (first != m_rows) { // not a plain append: start over
        refresh();
        return;
    }
    beginInsertRows({}, first, first + count - 1);
    m_rows += count;
    m_counts.resize(std::size_t(m_rows), 0);
    endInsertRows();
}

void DocumentModel::updateCounts() {
    const std::vector<std::uint32_t> before = m_counts;
    recount();
    if (m_rows == 0)
        return;
    for (int row = 0; row < m_rows; ++row)
        if (std::size_t(row) >= before.size() ||
            before[std::size_t(row)] != m_counts[std::size_t(row)])
            emit dataChanged(index(row, Events), index(row, Events));
}

} // namespace dyad
