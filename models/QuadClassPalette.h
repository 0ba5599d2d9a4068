#pragma once

#include <QColor>
#include <QString>

namespace dyad {

/// Colours shared by every view and export: QuadClass categories from the colour-blind-safe
/// Okabe-Ito palette, and a diverging blue-white-orange scale centred on zero for Goldstein.
class QuadClassPalette {
public:
    /// Colour of QuadClass 1..4 (verbal/material cooperation, verbal/material conflict);
    /// grey for anything else.
    static QColor color(int quadClass);
    /// Colour of the net Goldstein line drawn over the bars.
    static QColor goldsteinLine();
    /// Diverging colour for `value` in [-maxAbs, +maxAbs]: conflict orange, zero white,
    /// cooperation blue. Values beyond the range are clamped.
    static QColor diverging(double value, double maxAbs);
    /// Sequential colour for `value` in [0, maxValue], from near-white to deep blue.
    static QColor sequential(double value, double maxValue);
};

} // namespace dyad
