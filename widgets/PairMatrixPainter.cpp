#include "widgets/PairMatrixPainter.h"

#include "models/PairMatrixModel.h"
#include "widgets/ChartPalette.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace dyad {

namespace {

constexpr int kRowLabelMaxWidth = 170;
constexpr int kHeaderPadding = 8;

} // namespace

void PairMatrixPainter::rebuild(const PairMatrixModel& model, const QFont& font) {
    m_model = &model;
    m_font = font;
    const PairMatrix& matrix = model.matrix();
    const int n = matrix.size();
    std::vector<std::uint64_t> activity(std::size_t(n), 0);
    for (int source = 0; source < n; ++source)
        for (int target = 0; target < n; ++target) {
            const std::uint32_t count = matrix.cell(source, target).count;
            activity[std::size_t(source)] += count;
            activity[std::size_t(target)] += count;
        }
    m_order.resize(std::size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    // Most active first; the model's alphabetical order breaks ties.
    std::stable_sort(m_order.begin(), m_order.end(), [&activity](int a, int b) {
        return activity[std::size_t(a)] > activity[std::size_t(b)];
    });
    m_displayOf.assign(std::size_t(n), -1);
    for (int i = 0; i < n; ++i)
        m_displayOf[std::size_t(m_order[std::size_t(i)])] = i;

    const QFontMetrics metrics(font);
    m_rowLabels.clear();
    m_columnLabels.clear();
    int rowWidth = 0, columnHeight = 0;
    for (const int position : m_order) {
        const QString name = metrics.elidedText(model.headerData(position, Qt::Vertical).toString(),
                                                Qt::ElideRight, kRowLabelMaxWidth);
        const QString code =
            model.headerData(position, Qt::Horizontal, PairMatrixModel::ActorCodeRole).toString();
        m_rowLabels << name;
        m_columnLabels << code;
        rowWidth = std::max(rowWidth, metrics.horizontalAdvance(name));
        columnHeight = std::max(columnHeight, metrics.horizontalAdvance(code));
    }
    const QString corner = tr("source ↓ target →");
    m_rowHeaderWidth = std::max(rowWidth, metrics.horizontalAdvance(corner)) + 2 * kHeaderPadding;
    m_columnHeaderHeight = std::max(columnHeight + 2 * kHeaderPadding, metrics.height() * 2);
}

void PairMatrixPainter::setCellSize(int size) {
    m_cellSize = std::clamp(size, kMinCellSize, kMaxCellSize);
}

int PairMatrixPainter::fittingCellSize(QSize available) const {
    const int n = std::max(1, actorCount());
    const int byWidth = (available.width() - m_rowHeaderWidth - 1) / n;
    const int byHeight = (available.height() - m_columnHeaderHeight - 1) / n;
    return std::clamp(std::min(byWidth, byHeight), kMinCellSize, kMaxCellSize);
}

QSize PairMatrixPainter::contentSize() const {
    return {m_rowHeaderWidth + actorCount() * m_cellSize + 1,
            m_columnHeaderHeight + actorCount() * m_cellSize + 1};
}

int PairMatrixPainter::displayIndex(int modelPosition) const {
    return modelPosition >= 0 && modelPosition < int(m_displayOf.size())
               ? m_displayOf[std::size_t(modelPosition)]
               : -1;
}

QPoint PairMatrixPainter::cellAt(QPoint contentPos) const {
    const int x = contentPos.x() - m_rowHeaderWidth;
    const int y = contentPos.y() - m_columnHeaderHeight;
    const int column = x >= 0 ? x / m_cellSize : -1;
    const int row = y >= 0 ? y / m_cellSize : -1;
    const int n = actorCount();
    return {column < n ? column : -1, row < n ? row : -1};
}

QRect PairMatrixPainter::cellRect(int row, int column) const {
    return {m_rowHeaderWidth + column * m_cellSize, m_columnHeaderHeight + row * m_cellSize,
            m_cellSize, m_cellSize};
}

double PairMatrixPainter::reach(MatrixColorMode mode) const {
    if (!m_model)
        return 0.0;
    return mode == MatrixColorMode::Count ? double(m_model->maxCount())
                                          : m_model->maxAbsGoldstein();
}

void PairMatrixPainter::paint(QPainter& painter, const Frame& frame, const QPalette& palette,
                              MatrixColorMode mode) const {
    painter.save();
    painter.setFont(m_font);
    painter.fillRect(QRect(QPoint(0, 0), frame.size), palette.color(QPalette::Base));
    if (m_model && actorCount() > 0) {
        paintCells(painter, frame, palette, mode);
        paintHeaders(painter, frame, palette);
    } else {
        painter.setPen(palette.color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), frame.size), Qt::AlignCenter,
                         tr("No country pairs in the selection"));
    }
    painter.restore();
}

void PairMatrixPainter::paintCells(QPainter& painter, const Frame& frame, const QPalette& palette,
                                   MatrixColorMode mode) const {
    const int n = actorCount();
    const QRect area(m_rowHeaderWidth, m_columnHeaderHeight, frame.size.width() - m_rowHeaderWidth,
                     frame.size.height() - m_columnHeaderHeight);
    painter.save();
    painter.setClipRect(area);
    const int firstColumn = std::max(0, frame.scroll.x() / m_cellSize);
    const int firstRow = std::max(0, frame.scroll.y() / m_cellSize);
    const int lastColumn = std::min(n - 1, (frame.scroll.x() + area.width()) / m_cellSize);
    const int lastRow = std::min(n - 1, (frame.scroll.y() + area.height()) / m_cellSize);
    const PairMatrix& matrix = m_model->matrix();
    const double scale = reach(mode);
    const QColor grid = ChartPalette::grid(palette);
    const QColor outline = ChartPalette::outline(palette);
    const QFontMetrics metrics(m_font);
    const bool numbers = m_cellSize >= 26;
    const QPoint offset = -frame.scroll;

    for (int row = firstRow; row <= lastRow; ++row)
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const QRect rect = cellRect(row, column).translated(offset);
            const PairCell& cell =
                matrix.cell(m_order[std::size_t(row)], m_order[std::size_t(column)]);
            if (cell.count == 0) {
                painter.setPen(grid);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(rect.adjusted(0, 0, -1, -1));
                continue;
            }
            const double value =
                mode == MatrixColorMode::Count ? double(cell.count) : cell.netGoldstein();
            const QColor fill = MatrixColorScale::color(mode, value, scale);
            painter.setPen(outline);
            painter.setBrush(fill);
            painter.drawRect(rect.adjusted(1, 1, -2, -2));
            if (numbers) {
                const QString text = QLocale().toString(cell.count);
                if (metrics.horizontalAdvance(text) <= m_cellSize - 4) {
                    painter.setPen(MatrixColorScale::textOn(fill));
                    painter.drawText(rect, Qt::AlignCenter, text);
                }
            }
        }
    if (frame.current.x() >= 0 && frame.current.y() >= 0) {
        const QRect rect = cellRect(frame.current.y(), frame.current.x()).translated(offset);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette.color(QPalette::Highlight), frame.focused ? 3 : 2));
        painter.drawRect(rect.adjusted(1, 1, -2, -2));
    }
    painter.restore();
}

void PairMatrixPainter::paintHeaders(QPainter& painter, const Frame& frame,
                                     const QPalette& palette) const {
    const int n = actorCount();
    const QColor text = palette.color(QPalette::Text);
    const QColor background = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const int currentColumn = frame.current.x();
    const int currentRow = frame.current.y();

    // Row header: actor names, right-aligned next to their row.
    painter.save();
    painter.setClipRect(QRect(0, m_columnHeaderHeight, m_rowHeaderWidth,
                              frame.size.height() - m_columnHeaderHeight));
    painter.fillRect(QRect(0, 0, m_rowHeaderWidth, frame.size.height()), background);
    for (int row = 0; row < n; ++row) {
        const int y = m_columnHeaderHeight + row * m_cellSize - frame.scroll.y();
        if (y + m_cellSize < m_columnHeaderHeight || y > frame.size.height())
            continue;
        const QRect label(kHeaderPadding / 2, y, m_rowHeaderWidth - kHeaderPadding, m_cellSize);
        painter.setPen(row == currentRow ? highlight : text);
        QFont font = m_font;
        font.setBold(row == currentRow);
        painter.setFont(font);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, m_rowLabels[row]);
    }
    painter.restore();

    // Column header: actor codes, written upwards above their column.
    painter.save();
    painter.setClipRect(
        QRect(m_rowHeaderWidth, 0, frame.size.width() - m_rowHeaderWidth, m_columnHeaderHeight));
    painter.fillRect(QRect(m_rowHeaderWidth, 0, frame.size.width(), m_columnHeaderHeight),
                     background);
    for (int column = 0; column < n; ++column) {
        const int x = m_rowHeaderWidth + column * m_cellSize - frame.scroll.x();
        if (x + m_cellSize < m_rowHeaderWidth || x > frame.size.width())
            continue;
        painter.save();
        painter.translate(x, m_columnHeaderHeight - kHeaderPadding / 2);
        painter.rotate(-90);
        painter.setPen(column == currentColumn ? highlight : text);
        QFont font = m_font;
        font.setBold(column == currentColumn);
        painter.setFont(font);
        painter.drawText(QRect(0, 0, m_columnHeaderHeight - kHeaderPadding, m_cellSize),
                         Qt::AlignLeft | Qt::AlignVCenter, m_columnLabels[column]);
        painter.restore();
    }
    painter.restore();

    // Corner: which way the matrix reads.
    painter.save();
    painter.fillRect(QRect(0, 0, m_rowHeaderWidth, m_columnHeaderHeight), background);
    painter.setPen(palette.color(QPalette::PlaceholderText));
    painter.drawText(QRect(kHeaderPadding / 2, 0, m_rowHeaderWidth - kHeaderPadding,
                           m_columnHeaderHeight - kHeaderPadding / 2),
                     Qt::AlignRight | Qt::AlignBottom, tr("source ↓ target →"));
    painter.restore();
}

} // namespace dyad
