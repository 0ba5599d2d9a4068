#pragma once

#include <QAbstractTableModel>

#include <cstdint>
#include <vector>

namespace dyad {

class EventSession;

/// The documents of the store in order of arrival, with how many of the selected events each
/// one reports. Documents appended while a load runs are inserted as rows.
class DocumentModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Outlet, Published, Language, Events, Id, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        DocumentIdRole,
        DocumentIndexRole, ///< index in the store's document table
        PathRole,
        UrlRole,
    };

    DocumentModel(const EventSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Selected events citing the document on `row`.
    int selectedEventCount(int row) const;
    /// The largest such count (for bars drawn in the view).
    int maxSelectedEventCount() const { return m_maxCount; }

    // Called by the session.
    void refresh();
    void documentsAppended(int first, int count);
    void updateCounts();

private:
    void recount();
    QVariant display(int row, Column column) const;
    QVariant sortValue(int row, Column column) const;

    const EventSession& m_session;
    int m_rows = 0;
    std::vector<std::uint32_t> m_counts;
    int m_maxCount = 0;
};

} // namespace dyad
