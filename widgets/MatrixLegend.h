#pragma once

#include "widgets/MatrixColorScale.h"

#include <QWidget>

namespace dyad {

/// The colour scale of the pair matrix: its title, the gradient and the values at its ends
/// (and zero in the middle of the diverging Goldstein scale). paint() draws the same legend into
/// any painter, so exports carry it too.
class MatrixLegend : public QWidget {
    Q_OBJECT

public:
    explicit MatrixLegend(QWidget* parent = nullptr);

    void setScale(MatrixColorMode mode, double reach);
    MatrixColorMode mode() const { return m_mode; }
    double reach() const { return m_reach; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// Height the legend needs for `font`.
    static int preferredHeight(const QFont& font);
    /// Draws the legend into `rect`, text in `text` colour.
    static void paint(QPainter& painter, const QRectF& rect, MatrixColorMode mode, double reach,
                      const QColor& text, const QFont& font);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    MatrixColorMode m_mode = MatrixColorMode::Count;
    double m_reach = 0.0;
};

} // namespace dyad
