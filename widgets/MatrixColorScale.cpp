#include "widgets/MatrixColorScale.h"

#include "models/QuadClassPalette.h"

#include <QLocale>

namespace dyad {

QColor MatrixColorScale::color(MatrixColorMode mode, double value, double reach) {
    switch (mode) {
    case MatrixColorMode::Count:
        return QuadClassPalette::sequential(value, reach);
    case MatrixColorMode::NetGoldstein:
        return QuadClassPalette::diverging(value, reach);
    }
    return {};
}

QColor MatrixColorScale::textOn(const QColor& background) {
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

QString MatrixColorScale::title(MatrixColorMode mode) {
    switch (mode) {
    case MatrixColorMode::Count:
        return tr("Events");
    case MatrixColorMode::NetGoldstein:
        return tr("Net Goldstein");
    }
    return {};
}

QString MatrixColorScale::lowEndLabel(MatrixColorMode mode, double reach) {
    switch (mode) {
    case MatrixColorMode::Count:
        return QStringLiteral("0");
    case MatrixColorMode::NetGoldstein:
        return tr("%1 conflict").arg(QLocale().toString(-reach, 'f', 0));
    }
    return {};
}

QString MatrixColorScale::highEndLabel(MatrixColorMode mode, double reach) {
    switch (mode) {
    case MatrixColorMode::Count:
        return QLocale().toString(reach, 'f', 0);
    case MatrixColorMode::NetGoldstein:
        return tr("+%1 cooperation").arg(QLocale().toString(reach, 'f', 0));
    }
    return {};
}

} // namespace dyad
