#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace dyad {

/// Colours of the charts taken from the widget palette, so light and dark desktops both read
/// well: QChart's themes know nothing of the desktop, so every text, axis and grid brush is set
/// from the palette here. The data colours themselves come from QuadClassPalette.
class ChartPalette {
public:
    /// True when the palette's window is darker than its text (a dark desktop theme).
    static bool isDark(const QPalette& palette);
    /// Backgrounds, title, legend, axis labels, axis lines and grid lines of `chart` and of every
    /// axis it has now (call after the axes were added).
    static void apply(QChart& chart, const QPalette& palette);
    /// The net Goldstein line: QuadClassPalette's dark grey on light, the text colour on dark.
    static QColor goldsteinLine(const QPalette& palette);
    /// Outline drawn around markers and cells so they stand out from the background.
    static QColor outline(const QPalette& palette);
    /// Grid lines: a faint mix of text and background.
    static QColor grid(const QPalette& palette);
    /// `a` blended towards `b` by `t` (0..1).
    static QColor mix(const QColor& a, const QColor& b, double t);
};

} // namespace dyad
