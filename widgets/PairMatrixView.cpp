#include "widgets/PairMatrixView.h"

#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/PairMatrixModel.h"
#include "widgets/MatrixLegend.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>

namespace dyad {

PairMatrixView::PairMatrixView(EventSession& session, QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_session(session) {
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Country-pair matrix"));
    const PairMatrixModel* model = m_session.pairMatrixModel();
    connect(model, &QAbstractItemModel::modelReset, this, &PairMatrixView::relayout);
    connect(model, &QAbstractItemModel::dataChanged, this, &PairMatrixView::relayout);
    relayout();
}

void PairMatrixView::setColorMode(MatrixColorMode mode) {
    if (mode == m_mode)
        return;
    m_mode = mode;
    viewport()->update();
    emit colorModeChanged(mode);
    emit matrixChanged();
}

QString PairMatrixView::sourceCodeAt(int row) const {
    if (row < 0 || row >= m_painter.actorCount())
        return {};
    return m_session.pairMatrixModel()
        ->headerData(m_painter.modelPosition(row), Qt::Vertical, PairMatrixModel::ActorCodeRole)
        .toString();
}

QString PairMatrixView::targetCodeAt(int column) const {
    return sourceCodeAt(column); // rows and columns list the same actors in the same order
}

QPoint PairMatrixView::scrollOffset() const {
    return {horizontalScrollBar()->value(), verticalScrollBar()->value()};
}

QRect PairMatrixView::visualCellRect(int row, int column) const {
    return m_painter.cellRect(row, column).translated(-scrollOffset());
}

QString PairMatrixView::cellToolTip(int row, int column) const {
    const int n = m_painter.actorCount();
    if (row < 0 || column < 0 || row >= n || column >= n)
        return {};
    const PairMatrixModel* model = m_session.pairMatrixModel();
    return model
        ->data(model->index(m_painter.modelPosition(row), m_painter.modelPosition(column)),
               Qt::ToolTipRole)
        .toString();
}

void PairMatrixView::relayout() {
    m_painter.rebuild(*m_session.pairMatrixModel(), font());
    m_painter.setCellSize(m_painter.fittingCellSize(viewport()->size()));
    // Find the current pair again among the new actors.
    const PairMatrixModel* model = m_session.pairMatrixModel();
    const int row = m_painter.displayIndex(model->actorPosition(m_currentSource));
    const int column = m_painter.displayIndex(model->actorPosition(m_currentTarget));
    m_current = row >= 0 && column >= 0 ? QPoint(column, row) : QPoint(-1, -1);
    updateScrollBars();
    viewport()->update();
    emit matrixChanged();
}

void PairMatrixView::updateScrollBars() {
    const QSize content = m_painter.contentSize();
    const QSize visible = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - visible.width()));
    verticalScrollBar()->setRange(0, std::max(0, content.height() - visible.height()));
    horizontalScrollBar()->setPageStep(visible.width());
    verticalScrollBar()->setPageStep(visible.height());
    horizontalScrollBar()->setSingleStep(m_painter.cellSize());
    verticalScrollBar()->setSingleStep(m_painter.cellSize());
}

void PairMatrixView::setCurrentCell(QPoint cell) {
    const int n = m_painter.actorCount();
    if (n == 0)
        return;
    cell = QPoint(std::clamp(cell.x(), 0, n - 1), std::clamp(cell.y(), 0, n - 1));
    m_current = cell;
    m_currentSource = sourceCodeAt(cell.y());
    m_currentTarget = targetCodeAt(cell.x());
    ensureVisible(cell);
    viewport()->update();
}

void PairMatrixView::ensureVisible(QPoint cell) {
    const QRect rect = visualCellRect(cell.y(), cell.x());
    const int left = m_painter.rowHeaderWidth(), top = m_painter.columnHeaderHeight();
    const QSize visible = viewport()->size();
    if (rect.left() < left)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (left - rect.left()));
    else if (rect.right() > visible.width())
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + rect.right() -
                                        visible.width() + 1);
    if (rect.top() < top)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (top - rect.top()));
    else if (rect.bottom() > visible.height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + rect.bottom() -
                                      visible.height() + 1);
}

void PairMatrixView::activate(int row, int column) {
    const QString source = sourceCodeAt(row);
    const QString target = targetCodeAt(column);
    if (source.isEmpty() || target.isEmpty())
        return;
    const PairMatrixModel* model = m_session.pairMatrixModel();
    const QModelIndex index =
        model->index(m_painter.modelPosition(row), m_painter.modelPosition(column));
    if (model->data(index, PairMatrixModel::CountRole).toInt() == 0)
        return; // a pair without events would only empty every view
    FilterSpec spec = m_session.filter()->spec();
    spec.actorA = source.toStdString();
    spec.actorB = target.toStdString();
    m_session.filter()->setSpec(spec);
    emit pairActivated(source, target);
}

void PairMatrixView::filterByActor(int row) {
    const QString actor = sourceCodeAt(row);
    if (actor.isEmpty())
        return;
    FilterSpec spec = m_session.filter()->spec();
    spec.actorA = actor.toStdString();
    spec.actorB.clear();
    m_session.filter()->setSpec(spec);
}

void PairMatrixView::paintEvent(QPaintEvent*) {
    QPainter painter(viewport());
    PairMatrixPainter::Frame frame;
    frame.scroll = scrollOffset();
    frame.size = viewport()->size();
    frame.current = m_current;
    frame.focused = hasFocus();
    m_painter.paint(painter, frame, palette(), m_mode);
}

void PairMatrixView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    m_painter.setCellSize(m_painter.fittingCellSize(viewport()->size()));
    updateScrollBars();
}

void PairMatrixView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint content = event->position().toPoint() + scrollOffset();
    const QPoint cell = m_painter.cellAt(content);
    if (cell.x() >= 0 && cell.y() >= 0 && event->position().x() >= m_painter.rowHeaderWidth() &&
        event->position().y() >= m_painter.columnHeaderHeight()) {
        setCurrentCell(cell);
        activate(cell.y(), cell.x());
    } else if (cell.y() >= 0 && event->position().x() < m_painter.rowHeaderWidth()) {
        filterByActor(cell.y());
    }
    event->accept();
}

void PairMatrixView::keyPressEvent(QKeyEvent* event) {
    const int n = m_painter.actorCount();
    if (n == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    QPoint cell = m_current.x() < 0 ? QPoint(0, 0) : m_current;
    const int page = std::max(1, viewport()->height() / m_painter.cellSize() - 2);
    switch (event->key()) {
    case Qt::Key_Left:
        cell.rx() -= m_current.x() < 0 ? 0 : 1;
        break;
    case Qt::Key_Right:
        cell.rx() += m_current.x() < 0 ? 0 : 1;
        break;
    case Qt::Key_Up:
        cell.ry() -= m_current.x() < 0 ? 0 : 1;
        break;
    case Qt::Key_Down:
        cell.ry() += m_current.x() < 0 ? 0 : 1;
        break;
    case Qt::Key_PageUp:
        cell.ry() -= page;
        break;
    case Qt::Key_PageDown:
        cell.ry() += page;
        break;
    case Qt::Key_Home:
        cell = event->modifiers() & Qt::ControlModifier ? QPoint(0, 0) : QPoint(0, cell.y());
        break;
    case Qt::Key_End:
        cell = event->modifiers() & Qt::ControlModifier ? QPoint(n - 1, n - 1)
                                                        : QPoint(n - 1, cell.y());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current.x() >= 0)
            activate(m_current.y(), m_current.x());
        event->accept();
        return;
    case Qt::Key_Escape: {
        FilterSpec spec = m_session.filter()->spec();
        if (spec.actorA.empty() && spec.actorB.empty()) {
            event->ignore();
            return;
        }
        spec.actorA.clear();
        spec.actorB.clear();
        m_session.filter()->setSpec(spec);
        event->accept();
        return;
    }
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    setCurrentCell(cell);
    QToolTip::showText(
        viewport()->mapToGlobal(visualCellRect(m_current.y(), m_current.x()).center()),
        cellToolTip(m_current.y(), m_current.x()), viewport());
    event->accept();
}

bool PairMatrixView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPoint cell = m_painter.cellAt(help->pos() + scrollOffset());
        const QString text = help->pos().x() >= m_painter.rowHeaderWidth() &&
                                     help->pos().y() >= m_painter.columnHeaderHeight()
                                 ? cellToolTip(cell.y(), cell.x())
                                 : QString();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void PairMatrixView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange)
        relayout();
    QAbstractScrollArea::changeEvent(event);
}

QSize PairMatrixView::sizeHint() const {
    return {480, 420};
}

QSize PairMatrixView::renderSize(const QString& title) const {
    const QSize content = m_painter.contentSize();
    const QFontMetrics metrics(font());
    const int titleHeight = title.isEmpty() ? 0 : metrics.height() * 2;
    return {std::max(content.width(), 420),
            titleHeight + content.height() + MatrixLegend::preferredHeight(font()) + 8};
}

void PairMatrixView::renderTo(QPainter& painter, const QRectF& target, const QString& title,
                              const std::optional<QPalette>& palette) const {
    const QPalette colours = palette.value_or(this->palette());
    const QSize natural = renderSize(title);
    const double scale =
        std::min(target.width() / natural.width(), target.height() / natural.height());
    painter.save();
    painter.fillRect(target, colours.color(QPalette::Base));
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    int y = 0;
    if (!title.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(colours.color(QPalette::Text));
        painter.drawText(QRect(0, 0, natural.width(), metrics.height() * 2), Qt::AlignCenter,
                         title);
        y = metrics.height() * 2;
    }
    painter.save();
    painter.translate(0, y);
    PairMatrixPainter::Frame frame;
    frame.size = m_painter.contentSize();
    m_painter.paint(painter, frame, colours, m_mode);
    painter.restore();
    MatrixLegend::paint(painter,
                        QRectF(0, y + frame.size.height() + 4, natural.width(),
                               MatrixLegend::preferredHeight(font())),
                        m_mode, colorReach(), colours.color(QPalette::Text), font());
    painter.restore();
}

} // namespace dyad
