#pragma once

#include <QTableView>

#include <cstdint>
#include <optional>

namespace dyad {

class EventModel;

/// The selected events as a sortable table (sorting happens in the core through the model).
/// Selecting a row tells which store event was chosen; selectEvent() does the reverse for the
/// other views, keeping the selection across filter changes when the event is still shown.
class EventTable : public QTableView {
    Q_OBJECT

public:
    explicit EventTable(EventModel& model, QWidget* parent = nullptr);

    /// Selects and shows the row of store event `event`; false when it is not in the table.
    bool selectEvent(std::uint32_t event);
    std::optional<std::uint32_t> currentEvent() const;

signals:
    /// The user (or selectEvent()) made store event `event` current.
    void eventChosen(std::uint32_t event);

private:
    void rowChanged(const QModelIndex& current);
    void restoreSelection();

    EventModel& m_model;
    std::optional<std::uint32_t> m_current;
    bool m_restoring = false;
};

} // namespace dyad
