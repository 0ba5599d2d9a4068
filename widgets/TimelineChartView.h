#pragma once

#include <QChartView>
#include <QPoint>
#include <QPointF>

class QRubberBand;

namespace dyad {

/// The chart view of the timeline: dragging across the plot marks a time range (a band over the
/// whole plot height), a click without drag and the hover position are reported in chart values
/// (x on the time axis, y on the first series' vertical axis). It knows nothing of events:
/// TimelineView turns the values into dates, bins and markers.
class TimelineChartView : public QChartView {
    Q_OBJECT

public:
    explicit TimelineChartView(QWidget* parent = nullptr);

    /// The chart value under a viewport position.
    QPointF valueAt(QPoint viewportPos) const;
    /// Chart units covered by `pixels` pixels along x and along y at a viewport position.
    QPointF valueSpan(QPoint viewportPos, int pixels) const;
    /// The plot area in viewport coordinates.
    QRect plotRect() const;

signals:
    /// The user dragged from x value `from` to x value `to` (from < to).
    void rangeDragged(double from, double to);
    /// A click without dragging.
    void clickedAt(QPointF value, QPoint viewportPos);
    void doubleClickedAt(QPointF value);
    /// The pointer rests over the plot (for tooltips).
    void hoveredAt(QPointF value, QPoint viewportPos, QPoint globalPos);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    static constexpr int kDragThreshold = 5;

    QRubberBand* m_band = nullptr;
    QPoint m_pressPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace dyad
