#pragma once

#include "core/store/EventOrder.h"

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace dyad {

class EventSession;

/// The filtered, sorted table of events. Filtering and sorting happen in the core (index
/// vectors); the model only shows the rows the session hands it. sort() asks the session to
/// re-sort, so a QTableView header sorts a million rows without a proxy model.
class EventModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Date, Source, Target, Type, Goldstein, Sources, Evidence, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole, ///< the raw value the column sorts by
        EventIndexRole,          ///< the event's index in the store
        QuadClassRole,
        RootRole,
        SourceCodeRole,
        TargetCodeRole,
        DocumentIdRole, ///< id of the document of the first evidence; empty for dataset rows
    };

    EventModel(EventSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    /// The store index of the event on `row`.
    std::uint32_t eventAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The row showing store event `event`, or -1.
    int rowOf(std::uint32_t event) const;
    /// The first evidence sentence of an event (or its dataset row), as shown in the table.
    QString evidenceText(std::uint32_t event) const;

    // Called by the session.
    void setRows(std::vector<std::uint32_t> rows);
    void insertEvents(std::vector<std::uint32_t> events, const EventOrder& order);
    void eventsChanged(const std::vector<std::uint32_t>& events);

private:
    QVariant display(std::uint32_t event, Column column) const;
    QVariant sortValue(std::uint32_t event, Column column) const;

    EventSession& m_session;
    std::vector<std::uint32_t> m_rows;
};

} // namespace dyad
