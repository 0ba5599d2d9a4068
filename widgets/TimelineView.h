#pragma once

#include "widgets/TimelineLanes.h"

#include <QDate>
#include <QWidget>

#include <cstdint>
#include <optional>

class QChart;
class QLabel;
class QPainter;
class QTimer;
class QToolButton;

namespace dyad {

class EventSession;
class TimelineChartView;

/// The timeline of the session's selection, in two modes:
/// - Volume: stacked bars of events per time bin by QuadClass, net Goldstein as a line on a
///   second axis (from the session's TimelineModel, so a million events are a few hundred bars);
/// - Lanes: one lane per busiest country pair, one marker per event coloured by QuadClass with
///   a tooltip (date, actors, type, sentence), per-bin counts beyond the marker budget.
/// Dragging across the plot sets the filter's year range; double-clicking clears it. Clicking a
/// bar reports the bin's dates; clicking a marker reports the event. Undated events (never
/// drawn) are counted beside the chart. The chart follows the session: it is rebuilt once after
/// each filter change and at most a few times a second while events are appended.
class TimelineView : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Volume, Lanes };
    Q_ENUM(Mode)

    explicit TimelineView(EventSession& session, QWidget* parent = nullptr);
    ~TimelineView() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    void setLaneLimits(TimelineLanes::Limits limits);
    TimelineLanes::Limits laneLimits() const { return m_limits; }

    /// Rings the event in lanes mode (nothing to clear the ring).
    void setSelectedEvent(std::optional<std::uint32_t> event);
    std::optional<std::uint32_t> selectedEvent() const { return m_selected; }

    /// The chart on screen (brought up to date first). Owned by the view; replaced on rebuild.
    QChart* chart();
    TimelineChartView* chartView() const { return m_chartView; }
    /// The lanes as last computed (brought up to date first; empty in volume mode).
    const TimelineLanes& lanes();
    /// "12 undated" or empty when every event has a date.
    QString undatedText();
    /// A one-line caption for exports: undated events and pairs left out of the lanes.
    QString captionText();
    /// Tooltip of whatever is at a chart value (a bin or a marker), empty when nothing is.
    QString toolTipAt(QPointF value, QPointF tolerance);

    /// Paints the chart of the current mode, for the current selection, into `target` at any
    /// size (export to PNG, SVG or PDF): a fresh chart laid out for that size, with `title`
    /// above it when not empty, coloured for `palette` (the widget's own when not given).
    void renderTo(QPainter& painter, const QRectF& target, const QString& title = {},
                  const std::optional<QPalette>& palette = std::nullopt);

    /// Recomputes now instead of on the next turn of the event loop.
    void rebuildNow();

signals:
    void modeChanged(dyad::TimelineView::Mode mode);
    /// A bar (or an aggregated lane marker) was clicked: its bin's first and last day.
    void binActivated(QDate first, QDate last);
    /// An event marker was clicked (its index in the store).
    void eventActivated(quint32 event);
    /// The user dragged a time range; the filter's year range has been set to it.
    void yearRangeSelected(int fromYear, int toYear);

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* buildChart(const QPalette& palette);
    void scheduleRebuild(int delayMs);
    void ensureBuilt();
    void updateLabels();
    void dragged(double from, double to);
    void clicked(QPointF value, QPoint viewportPos);
    void hovered(QPointF value, QPoint viewportPos, QPoint globalPos);
    void clearYearRange();
    /// First and last day covered at chart x `x` (a bin in volume mode, a day in lanes mode).
    std::optional<std::pair<QDate, QDate>> datesAt(double x) const;

    EventSession& m_session;
    Mode m_mode = Mode::Volume;
    TimelineLanes::Limits m_limits;
    TimelineLanes m_lanes;
    std::optional<std::uint32_t> m_selected;
    bool m_dirty = true;

    QToolButton* m_volumeButton = nullptr;
    QToolButton* m_lanesButton = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_undated = nullptr;
    TimelineChartView* m_chartView = nullptr;
    QTimer* m_rebuildTimer = nullptr;
};

} // namespace dyad
