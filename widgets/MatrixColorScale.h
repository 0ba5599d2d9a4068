#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace dyad {

/// What the colour of a pair-matrix cell shows.
enum class MatrixColorMode {
    Count,        ///< number of events, sequential scale from zero
    NetGoldstein, ///< net Goldstein score, diverging scale centred on zero
};

/// The colours of the pair matrix and its legend (both from QuadClassPalette's scales), and the
/// text colour that stays readable on a cell.
class MatrixColorScale {
    Q_DECLARE_TR_FUNCTIONS(dyad::MatrixColorScale)

public:
    /// `reach` is the largest count, or the largest absolute net Goldstein.
    static QColor color(MatrixColorMode mode, double value, double reach);
    /// Black or white, whichever reads better on `background`.
    static QColor textOn(const QColor& background);
    /// "Events" or "Net Goldstein".
    static QString title(MatrixColorMode mode);
    /// Label of the scale's low and high ends ("conflict", "cooperation" for Goldstein).
    static QString lowEndLabel(MatrixColorMode mode, double reach);
    static QString highEndLabel(MatrixColorMode mode, double reach);
};

} // namespace dyad
