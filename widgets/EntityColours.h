#pragma once

#include "core/extract/Event.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace dyad {

/// The colours and names of entity kinds in the source panel and its legend, legible on light
/// and dark palettes alike: each hue (Okabe-Ito, colour-blind safe) is blended into the
/// palette's base colour, so the text colour keeps its contrast.
class EntityColours {
    Q_DECLARE_TR_FUNCTIONS(dyad::EntityColours)

public:
    static constexpr int kindCount = 6;
    static EntityKind kindAt(int position) { return static_cast<EntityKind>(position); }

    /// Background of a highlighted entity of `kind`.
    static QColor background(EntityKind kind, const QPalette& palette);
    /// Background of the sentence behind the selected event.
    static QColor sentence(const QPalette& palette);
    /// Text colour of page furniture.
    static QColor furniture(const QPalette& palette);
    /// WCAG contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);

private:
    static QColor blend(const QColor& base, const QColor& hue, double amount);
    static bool isDark(const QPalette& palette);
};

} // namespace dyad
