#include "models/QuadClassPalette.h"

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    t = std::clamp(t, 0.0, 1.0);
    auto channel = [t](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * t));
    };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

} // namespace

QColor QuadClassPalette::color(int quadClass) {
    switch (quadClass) {
    case 1:
        return QColor(0x56, 0xB4, 0xE9); // sky blue: verbal cooperation
    case 2:
        return QColor(0x00, 0x72, 0xB2); // blue: material cooperation
    case 3:
        return QColor(0xE6, 0x9F, 0x00); // orange: verbal conflict
    case 4:
        return QColor(0xD5, 0x5E, 0x00); // vermillion: material conflict
    }
    return QColor(0x99, 0x99, 0x99);
}

QColor QuadClassPalette::goldsteinLine() {
    return QColor(0x33, 0x33, 0x33);
}

QColor QuadClassPalette::diverging(double value, double maxAbs) {
    const QColor white(0xF7, 0xF7, 0xF7);
    if (!(maxAbs > 0.0) || !std::isfinite(value))
        return white;
    const double t = std::clamp(value / maxAbs, -1.0, 1.0);
    return t >= 0 ? mix(white, QColor(0x21, 0x66, 0xAC), t)
                  : mix(white, QColor(0xB3, 0x58, 0x06), -t);
}

QColor QuadClassPalette::sequential(double value, double maxValue) {
    if (!(maxValue > 0.0) || !std::isfinite(value))
        return QColor(0xF7, 0xFB, 0xFF);
    const double t = std::sqrt(std::clamp(value / maxValue, 0.0, 1.0));
    return mix(QColor(0xF7, 0xFB, 0xFF), QColor(0x08, 0x30, 0x6B), t);
}

} // namespace dyad
