#pragma once

#include "widgets/MatrixColorScale.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRect>
#include <QStringList>

#include <vector>

class QPainter;

namespace dyad {

class PairMatrixModel;

/// Layout and painting of the pair matrix, shared by the screen (a scrolled window onto it) and
/// exports (the whole matrix at any size). Actors are ordered by activity (events as source and
/// as target, most first); rows are sources, columns targets. Only visible cells are painted, so
/// hundreds of actors scroll smoothly.
class PairMatrixPainter {
    Q_DECLARE_TR_FUNCTIONS(dyad::PairMatrixPainter)

public:
    static constexpr int kMinCellSize = 14;
    static constexpr int kMaxCellSize = 44;

    /// Orders the model's actors and measures the headers for `font`.
    void rebuild(const PairMatrixModel& model, const QFont& font);
    void setCellSize(int size);
    /// The cell size that fits `available` pixels (within the minimum and maximum sizes).
    int fittingCellSize(QSize available) const;

    int actorCount() const { return int(m_order.size()); }
    int cellSize() const { return m_cellSize; }
    int rowHeaderWidth() const { return m_rowHeaderWidth; }
    int columnHeaderHeight() const { return m_columnHeaderHeight; }
    /// Headers plus every cell.
    QSize contentSize() const;
    /// The model's row/column of the actor at display position `index`.
    int modelPosition(int index) const { return m_order[std::size_t(index)]; }
    /// Display position of a model row/column, or -1.
    int displayIndex(int modelPosition) const;

    /// Display (row, column) of the cell under a content position; (-1, -1) when none. A
    /// position on the row header gives column -1, on the column header row -1.
    QPoint cellAt(QPoint contentPos) const;
    /// Rectangle of a display cell in content coordinates.
    QRect cellRect(int row, int column) const;

    struct Frame {
        QPoint scroll;          ///< content offset of the top-left of what is shown
        QSize size;             ///< size of the area painted into
        QPoint current{-1, -1}; ///< (column, row) of the current cell, or -1
        bool focused = false;
    };
    /// Paints headers and the visible cells.
    void paint(QPainter& painter, const Frame& frame, const QPalette& palette,
               MatrixColorMode mode) const;

    /// Colour scale reach of a mode (largest count or largest absolute net Goldstein).
    double reach(MatrixColorMode mode) const;

private:
    void paintCells(QPainter& painter, const Frame& frame, const QPalette& palette,
                    MatrixColorMode mode) const;
    void paintHeaders(QPainter& painter, const Frame& frame, const QPalette& palette) const;

    const PairMatrixModel* m_model = nullptr;
    std::vector<int> m_order;     ///< display index -> model position
    std::vector<int> m_displayOf; ///< model position -> display index
    QStringList m_rowLabels;      ///< actor names (elided)
    QStringList m_columnLabels;   ///< actor codes
    QFont m_font;
    int m_cellSize = 24;
    int m_rowHeaderWidth = 0;
    int m_columnHeaderHeight = 0;
};

} // namespace dyad
