#include "models/EventModel.h"

#include "models/EventSession.h"

#include <algorithm>

namespace dyad {

namespace {

/// Above this many separate insertion places an append resets the table instead.
constexpr std::size_t kMaxInsertBlocks = 64;
constexpr int kEvidenceChars = 300;

SortColumn sortColumnOf(int column) {
    switch (static_cast<EventModel::Column>(column)) {
    case EventModel::Date:
        return SortColumn::Date;
    case EventModel::Source:
        return SortColumn::Source;
    case EventModel::Target:
        return SortColumn::Target;
    case EventModel::Type:
        return SortColumn::Code;
    case EventModel::Goldstein:
        return SortColumn::Goldstein;
    case EventModel::Sources:
        return SortColumn::Sources;
    case EventModel::Evidence:
        return SortColumn::Evidence;
    case EventModel::ColumnCount:
        break;
    }
    return SortColumn::Arrival;
}

} // namespace

EventModel::EventModel(EventSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {}

int EventModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

int EventModel::rowOf(std::uint32_t event) const {
    const auto found = std::find(m_rows.begin(), m_rows.end(), event);
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

QString EventModel::evidenceText(std::uint32_t event) const {
    const EventStore& store = m_session.store();
    const EvidenceRef ref = store.evidenceRefs()[event];
    if (ref == kNoEvidence)
        return {};
    if (EvidenceTable::isDataset(ref)) {
        const DatasetEvidence row = store.evidence().dataset(ref);
        return tr("%1, row %2")
            .arg(QString::fromStdString(store.datasets().text(row.dataset)))
            .arg(row.row);
    }
    const ArticleEvidence evidence = store.evidence().article(ref);
    const StoredDocument& document = store.documents().at(evidence.document);
    const auto bytes = document.text.slice(evidence.sentence);
    QString sentence = QString::fromUtf8(bytes.data(), qsizetype(bytes.size())).simplified();
    if (sentence.size() > kEvidenceChars)
        sentence = sentence.left(kEvidenceChars - 1) + QChar(0x2026);
    return sentence;
}

QVariant EventModel::display(std::uint32_t event, Column column) const {
    const EventStore& store = m_session.store();
    switch (column) {
    case Date: {
        const FuzzyDate date = store.date(event);
        return date.isKnown() ? QString::fromStdString(date.toIso()) : tr("undated");
    }
    case Source:
        return m_session.actorName(store.sourceActors()[event]);
    case Target:
        return m_session.actorName(store.targetActors()[event]);
    case Type:
        return QString::fromStdString(store.cameoCode(event));
    case Goldstein:
        return store.goldstein(event);
    case Sources:
        return int(store.sourceCounts()[event]);
    case Evidence:
        return evidenceText(event);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventModel::sortValue(std::uint32_t event, Column column) const {
    const EventStore& store = m_session.store();
    switch (column) {
    case Date:
        return store.date(event).isKnown() ? QVariant(store.days()[event]) : QVariant();
    case Source:
        return QString::fromStdString(store.actorCode(store.sourceActors()[event]));
    case Target:
        return QString::fromStdString(store.actorCode(store.targetActors()[event]));
    default: // the other columns sort by what they show
        return display(event, column);
    }
}

QVariant EventModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::uint32_t event = eventAt(index.row());
    const auto column = static_cast<Column>(index.column());
    const EventStore& store = m_session.store();
    switch (role) {
    case Qt::DisplayRole:
        return display(event, column);
    case Qt::ToolTipRole:
        return column == Evidence ? evidenceText(event) : QVariant();
    case Qt::TextAlignmentRole:
        return (column == Goldstein || column == Sources)
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    case SortRole:
        return sortValue(event, column);
    case EventIndexRole:
        return event;
    case QuadClassRole:
        return int(store.quadClasses()[event]);
    case RootRole:
        return int(store.roots()[event]);
    case SourceCodeRole:
        return QString::fromStdString(store.actorCode(store.sourceActors()[event]));
    case TargetCodeRole:
        return QString::fromStdString(store.actorCode(store.targetActors()[event]));
    case DocumentIdRole: {
        const EvidenceRef ref = store.evidenceRefs()[event];
        if (ref == kNoEvidence || EvidenceTable::isDataset(ref))
            return QString();
        return QString::fromStdString(
            store.documents().at(store.evidence().articleDocument(ref)).id);
    }
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date:
        return tr("Date");
    case Source:
        return tr("Source");
    case Target:
        return tr("Target");
    case Type:
        return tr("Type");
    case Goldstein:
        return tr("Goldstein");
    case Sources:
        return tr("Sources");
    case Evidence:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> EventModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(EventIndexRole, "eventIndex");
    names.insert(QuadClassRole, "quadClass");
    names.insert(RootRole, "root");
    names.insert(SourceCodeRole, "sourceCode");
    names.insert(TargetCodeRole, "targetCode");
    names.insert(DocumentIdRole, "documentId");
    return names;
}

void EventModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    // The session re-sorts in the core and hands back the rows (one reset).
    m_session.setSort({sortColumnOf(column), order == Qt::DescendingOrder});
}

void EventModel::setRows(std::vector<std::uint32_t> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void EventModel::insertEvents(std::vector<std::uint32_t> events, const EventOrder& order) {
    if (events.empty())
        return;
    order.sort(events);
    // Where each new event goes among the current rows; consecutive ones form one block.
    std::vector<std::pair<std::size_t, std::size_t>> blocks; // (position in m_rows, count)
    std::vector<std::size_t> positions(events.size());
    for (std::size_t i = 0; i < events.size(); ++i) {
        positions[i] =
            static_cast<std::size_t>(std::lower_bound(m_rows.begin(), m_rows.end(), events[i],
                                                      [&order](std::uint32_t a, std::uint32_t b) {
                                                          return order.before(a, b);
                                                      }) -
                                     m_rows.begin());
        if (!blocks.empty() && blocks.back().first == positions[i])
            ++blocks.back().second;
        else
            blocks.emplace_back(positions[i], 1);
    }
    if (blocks.size() > kMaxInsertBlocks) {
        std::vector<std::uint32_t> merged;
        merged.reserve(m_rows.size() + events.size());
        std::merge(m_rows.begin(), m_rows.end(), events.begin(), events.end(),
                   std::back_inserter(merged),
                   [&order](std::uint32_t a, std::uint32_t b) { return order.before(a, b); });
        setRows(std::move(merged));
        return;
    }
    std::size_t inserted = 0; // rows already inserted before the current block
    std::size_t next = 0;     // next event to insert
    for (const auto& [position, count] : blocks) {
        const int first = static_cast<int>(position + inserted);
        beginInsertRows({}, first, first + static_cast<int>(count) - 1);
        m_rows.insert(m_rows.begin() + first, events.begin() + static_cast<std::ptrdiff_t>(next),
                      events.begin() + static_cast<std::ptrdiff_t>(next + count));
        endInsertRows();
        inserted += count;
        next += count;
    }
}

void EventModel::eventsChanged(const std::vector<std::uint32_t>& events) {
    if (events.empty() || m_rows.empty())
        return;
    if (events.size() > kMaxInsertBlocks) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    for (const std::uint32_t event : events) {
        const int row = rowOf(event);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace dyad
