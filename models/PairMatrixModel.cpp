#include "models/PairMatrixModel.h"

#include "models/EventSession.h"

namespace dyad {

PairMatrixModel::PairMatrixModel(const EventSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {}

int PairMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matrix.size();
}

int PairMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matrix.size();
}

QVariant PairMatrixModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PairCell& cell = m_matrix.cell(index.row(), index.column());
    const EventStore& store = m_session.store();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case CountRole:
        return int(cell.count);
    case Qt::ToolTipRole:
        return tr("%1 → %2: %n event(s), net Goldstein %3", nullptr, int(cell.count))
            .arg(m_session.actorName(m_matrix.actors[std::size_t(index.row())]),
                 m_session.actorName(m_matrix.actors[std::size_t(index.column())]))
            .arg(cell.netGoldstein(), 0, 'f', 1);
    case NetGoldsteinRole:
        return cell.netGoldstein();
    case CooperationShareRole:
        return cell.cooperationShare();
    case SourceCodeRole:
        return QString::fromStdString(store.actorCode(m_matrix.actors[std::size_t(index.row())]));
    case TargetCodeRole:
        return QString::fromStdString(
            store.actorCode(m_matrix.actors[std::size_t(index.column())]));
    default:
        return {};
    }
}

QVariant PairMatrixModel::headerData(int section, Qt::Orientation, int role) const {
    if (section < 0 || section >= m_matrix.size())
        return {};
    const std::uint16_t actor = m_matrix.actors[std::size_t(section)];
    switch (role) {
    case Qt::DisplayRole:
        return m_session.actorName(actor);
    case ActorCodeRole:
    case Qt::ToolTipRole:
        return QString::fromStdString(m_session.store().actorCode(actor));
    default:
        return {};
    }
}

QStringList PairMatrixModel::topPairs(int count) const {
    QStringList pairs;
    const EventStore& store = m_session.store();
    for (const PairTotal& pair : m_matrix.pairs) {
        if (pairs.size() >= count)
            break;
        pairs << QString::fromStdString(store.actorCode(pair.first) + "-" +
                                        store.actorCode(pair.second));
    }
    return pairs;
}

int PairMatrixModel::actorPosition(const QString& code) const {
    const std::uint16_t actor = m_session.store().findActor(code.toStdString());
    for (int i = 0; i < m_matrix.size(); ++i)
        if (m_matrix.actors[std::size_t(i)] == actor)
            return i;
    return -1;
}

void PairMatrixModel::refresh(bool wholesale) {
    PairMatrix matrix = aggregatePairs(m_session.store(), m_session.matching());
    if (wholesale || matrix.actors != m_matrix.actors) {
        beginResetModel();
        m_matrix = std::move(matrix);
        endResetModel();
        return;
    }
    m_matrix = std::move(matrix);
    if (m_matrix.size() > 0)
        emit dataChanged(index(0, 0), index(m_matrix.size() - 1, m_matrix.size() - 1));
}

} // namespace dyad
