#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace dyad {

class ActorComboBox;
class EventSession;
class EventTypeTree;
class FilterState;

/// Edits the shared filter: country A and B (searchable, or any), direction, year range,
/// undated events, event types by QuadClass, minimum number of sources and free text, with a
/// reset. Follows the filter when something else changes it (a matrix click, a restored
/// setting), so every view shows the same selection.
class FilterPanel : public QWidget {
    Q_OBJECT

public:
    explicit FilterPanel(EventSession& session, QWidget* parent = nullptr);

    /// Re-reads the actors of the store and their names (after a load or a language change).
    void refreshActors();

    ActorComboBox* actorABox() const { return m_actorA; }
    ActorComboBox* actorBBox() const { return m_actorB; }
    QLineEdit* textEdit() const { return m_text; }
    QPushButton* resetButton() const { return m_reset; }

private:
    void readFilter();
    void writeYears();

    EventSession& m_session;
    FilterState& m_filter;
    ActorComboBox* m_actorA;
    ActorComboBox* m_actorB;
    QCheckBox* m_directed;
    QSpinBox* m_fromYear;
    QSpinBox* m_toYear;
    QCheckBox* m_undated;
    EventTypeTree* m_types;
    QSpinBox* m_minSources;
    QLineEdit* m_text;
    QTimer* m_textDelay;
    QPushButton* m_reset;
    bool m_reading = false;
};

} // namespace dyad
