#pragma once

#include <QString>

namespace dyad {

/// Applies the user's colour scheme: "light", "dark" (Fusion style with a light or dark
/// palette, both legible) or "system" (the platform's own style and palette).
class ColourScheme {
public:
    static void apply(const QString& scheme);
};

} // namespace dyad
