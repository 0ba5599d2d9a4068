#include "widgets/MatrixLegend.h"

#include <QFontMetrics>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>

namespace dyad {

namespace {

constexpr int kGradientStops = 16;
constexpr int kPadding = 6;

} // namespace

MatrixLegend::MatrixLegend(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void MatrixLegend::setScale(MatrixColorMode mode, double reach) {
    if (mode == m_mode && reach == m_reach)
        return;
    m_mode = mode;
    m_reach = reach;
    update();
}

int MatrixLegend::preferredHeight(const QFont& font) {
    return QFontMetrics(font).height() + 2 * kPadding;
}

QSize MatrixLegend::sizeHint() const {
    return {360, preferredHeight(font())};
}

QSize MatrixLegend::minimumSizeHint() const {
    return {200, preferredHeight(font())};
}

void MatrixLegend::paint(QPainter& painter, const QRectF& rect, MatrixColorMode mode, double reach,
                         const QColor& text, const QFont& font) {
    painter.save();
    painter.setFont(font);
    painter.setPen(text);
    const QFontMetricsF metrics(font);
    const QString title = MatrixColorScale::title(mode);
    const QString low = MatrixColorScale::lowEndLabel(mode, reach);
    const QString high = MatrixColorScale::highEndLabel(mode, reach);
    const double gap = metrics.horizontalAdvance(QLatin1Char(' ')) * 2;
    double x = rect.left() + kPadding;
    const QRectF line(rect.left(), rect.top(), rect.width(), rect.height());
    auto drawText = [&](const QString& label) {
        const double width = metrics.horizontalAdvance(label);
        painter.drawText(QRectF(x, line.top(), width + 1, line.height()), Qt::AlignVCenter, label);
        x += width + gap;
    };
    drawText(title + QLatin1Char(':'));
    drawText(low);
    const double highWidth = metrics.horizontalAdvance(high);
    const double barRight = rect.right() - kPadding - highWidth - gap;
    const double barWidth = std::max(40.0, std::min(barRight - x, 320.0));
    const double barHeight = std::max(8.0, metrics.height() * 0.8);
    const QRectF bar(x, line.center().y() - barHeight / 2, barWidth, barHeight);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int stop = 0; stop <= kGradientStops; ++stop) {
        const double t = double(stop) / kGradientStops;
        const double value = mode == MatrixColorMode::Count ? t * reach : (2.0 * t - 1.0) * reach;
        gradient.setColorAt(t, MatrixColorScale::color(mode, value, reach));
    }
    painter.setBrush(gradient);
    painter.setPen(QPen(text, 0.5));
    painter.drawRect(bar);
    if (mode == MatrixColorMode::NetGoldstein) {
        painter.drawLine(QPointF(bar.center().x(), bar.top() - 2),
                         QPointF(bar.center().x(), bar.bottom() + 2));
    }
    painter.setPen(text);
    x = bar.right() + gap;
    drawText(high);
    painter.restore();
}

void MatrixLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, rect(), m_mode, m_reach, palette().color(QPalette::WindowText), font());
}

} // namespace dyad
