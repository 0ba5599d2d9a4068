#include "widgets/TimelineChartView.h"

#include <QMouseEvent>
#include <QRubberBand>

#include <algorithm>
#include <cmath>

namespace dyad {

TimelineChartView::TimelineChartView(QWidget* parent)
    : QChartView(parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport())) {
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

QPointF TimelineChartView::valueAt(QPoint viewportPos) const {
    if (!chart() || chart()->series().isEmpty())
        return {};
    return chart()->mapToValue(chart()->mapFromScene(mapToScene(viewportPos)));
}

QPointF TimelineChartView::valueSpan(QPoint viewportPos, int pixels) const {
    const QPointF origin = valueAt(viewportPos);
    const QPointF moved = valueAt(viewportPos + QPoint(pixels, pixels));
    return {std::abs(moved.x() - origin.x()), std::abs(moved.y() - origin.y())};
}

QRect TimelineChartView::plotRect() const {
    if (!chart())
        return {};
    const QRectF scene = chart()->mapRectToScene(chart()->plotArea());
    return mapFromScene(scene).boundingRect();
}

void TimelineChartView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !plotRect().contains(event->position().toPoint())) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_pressed = true;
    m_dragging = false;
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (m_pressed) {
        if (!m_dragging && std::abs(pos.x() - m_pressPos.x()) >= kDragThreshold)
            m_dragging = true;
        if (m_dragging) {
            const QRect plot = plotRect();
            const int x = std::clamp(pos.x(), plot.left(), plot.right());
            m_band->setGeometry(QRect(QPoint(std::min(x, m_pressPos.x()), plot.top()),
                                      QPoint(std::max(x, m_pressPos.x()), plot.bottom())));
            m_band->show();
        }
        event->accept();
        return;
    }
    if (plotRect().contains(pos))
        emit hoveredAt(valueAt(pos), pos, event->globalPosition().toPoint());
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_pressed || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    m_band->hide();
    const QPoint pos = event->position().toPoint();
    if (m_dragging) {
        m_dragging = false;
        const QRect plot = plotRect();
        const QPoint end(std::clamp(pos.x(), plot.left(), plot.right()), pos.y());
        const double a = valueAt(m_pressPos).x();
        const double b = valueAt(end).x();
        emit rangeDragged(std::min(a, b), std::max(a, b));
    } else {
        emit clickedAt(valueAt(pos), pos);
    }
    event->accept();
}

void TimelineChartView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && plotRect().contains(event->position().toPoint())) {
        emit doubleClickedAt(valueAt(event->position().toPoint()));
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

} // namespace dyad
