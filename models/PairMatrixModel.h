#pragma once

#include "core/store/PairMatrix.h"

#include <QAbstractTableModel>

namespace dyad {

class EventSession;

/// The actor x actor matrix of the selection: row = source actor, column = target actor, over
/// the actors taking part (alphabetical by code). DisplayRole is the number of events; the
/// roles give net Goldstein and the share of cooperation. Headers show the actors' names.
class PairMatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Rows and columns are actors, so there is no fixed column list: every cell has the same
    /// values, one per role.
    enum Role {
        SortRole = Qt::UserRole, ///< the number of events
        CountRole,
        NetGoldsteinRole,
        CooperationShareRole, ///< 0..1
        SourceCodeRole,
        TargetCodeRole,
        ActorCodeRole, ///< in headerData: the actor code of the row or column
    };

    PairMatrixModel(const EventSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const PairMatrix& matrix() const { return m_matrix; }
    int maxCount() const { return int(m_matrix.maxCount); }
    double maxAbsGoldstein() const { return m_matrix.maxAbsGoldstein; }
    /// The busiest pairs (either direction) as "CUB-RUS" codes, most events first.
    QStringList topPairs(int count) const;
    /// Row/column of an actor code, or -1.
    int actorPosition(const QString& code) const;

    /// Recomputes from the session's selection: a reset when `wholesale` or when the actors
    /// changed, otherwise dataChanged over the matrix.
    void refresh(bool wholesale);

private:
    const EventSession& m_session;
    PairMatrix m_matrix;
};

} // namespace dyad
