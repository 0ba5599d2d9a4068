#include "widgets/EntityColours.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dyad {

namespace {

QColor hueOf(EntityKind kind) {
    switch (kind) {
    case EntityKind::Country:
        return QColor(0x56, 0xB4, 0xE9); // sky blue
    case EntityKind::Person:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case EntityKind::Organization:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case EntityKind::Place:
        return QColor(0xF0, 0xE4, 0x42); // yellow
    case EntityKind::Date:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case EntityKind::Trigger:
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace

bool EntityColours::isDark(const QPalette& palette) {
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor EntityColours::blend(const QColor& base, const QColor& hue, double amount) {
    const auto mix = [amount](double a, double b) {
        return a * (1.0 - amount) + b * amount;
    };
    return QColor::fromRgbF(static_cast<float>(mix(base.redF(), hue.redF())),
                            static_cast<float>(mix(base.greenF(), hue.greenF())),
                            static_cast<float>(mix(base.blueF(), hue.blueF())));
}

double EntityColours::contrast(const QColor& a, const QColor& b) {
    const auto luminance = [](const QColor& colour) {
        const auto channel = [](double c) {
            return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
               0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor EntityColours::background(EntityKind kind, const QPalette& palette) {
    // As much of the hue as the text's contrast allows (WCAG AA, 4.5:1).
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    double amount = isDark(palette) ? 0.45 : 0.40;
    QColor colour = blend(base, hueOf(kind), amount);
    while (contrast(text, colour) < 4.5 && amount > 0.1) {
        amount -= 0.05;
        colour = blend(base, hueOf(kind), amount);
    }
    return colour;
}

QColor EntityColours::sentence(const QPalette& palette) {
    // A neutral grey band: no entity hue uses it, so the sentence stands apart from them.
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text),
                 isDark(palette) ? 0.22 : 0.14);
}

QColor EntityColours::furniture(const QPalette& palette) {
    return blend(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.45);
}

} // namespace dyad
