#pragma once

#include "widgets/MatrixColorScale.h"
#include "widgets/PairMatrixPainter.h"

#include <QAbstractScrollArea>
#include <QPoint>

#include <optional>

namespace dyad {

class EventSession;

/// The country-pair matrix of the session's selection as a painted heatmap: rows are sources,
/// columns targets, actors ordered by activity, cells coloured by number of events or by net
/// Goldstein. Clicking a cell with events (or Enter/Space on it) sets the filter's pair to
/// that source and target; clicking a row name filters by that actor alone; Escape clears the
/// pair. Arrow keys, Home/End and Page Up/Down move the current cell; tooltips name the pair.
class PairMatrixView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit PairMatrixView(EventSession& session, QWidget* parent = nullptr);

    MatrixColorMode colorMode() const { return m_mode; }
    void setColorMode(MatrixColorMode mode);
    /// Colour scale reach of the current mode (for the legend).
    double colorReach() const { return m_painter.reach(m_mode); }

    /// Display (column, row) of the current cell, (-1, -1) when none.
    QPoint currentCell() const { return m_current; }
    void setCurrentCell(QPoint cell);
    /// Source and target codes of a display cell ("" outside the matrix).
    QString sourceCodeAt(int row) const;
    QString targetCodeAt(int column) const;
    /// Viewport rectangle of a display cell (for tests and accessibility).
    QRect visualCellRect(int row, int column) const;
    /// Tooltip of a display cell: names of the pair, events and net Goldstein.
    QString cellToolTip(int row, int column) const;
    const PairMatrixPainter& layout() const { return m_painter; }

    /// Size of the whole matrix with its legend (and title) when rendered for export.
    QSize renderSize(const QString& title = {}) const;
    /// Paints the whole matrix, its legend and `title` (when not empty) scaled into `target`,
    /// coloured for `palette` (the widget's own when not given).
    void renderTo(QPainter& painter, const QRectF& target, const QString& title = {},
                  const std::optional<QPalette>& palette = std::nullopt) const;

    QSize sizeHint() const override;

signals:
    void colorModeChanged(dyad::MatrixColorMode mode);
    /// The user chose a pair; the filter's actorA/actorB have been set to it.
    void pairActivated(const QString& source, const QString& target);
    /// The layout changed (new actors, new scale): legends follow.
    void matrixChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void relayout();
    void updateScrollBars();
    void activate(int row, int column);
    void filterByActor(int row);
    void ensureVisible(QPoint cell);
    QPoint scrollOffset() const;

    EventSession& m_session;
    PairMatrixPainter m_painter;
    MatrixColorMode m_mode = MatrixColorMode::Count;
    QPoint m_current{-1, -1};
    QString m_currentSource, m_currentTarget; ///< kept across resets to find the cell again
};

} // namespace dyad
