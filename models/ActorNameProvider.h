#pragma once

#include <QString>

#include <functional>

namespace dyad {

/// Gives the display name of an actor code ("CUB" -> "Cuba"); models show the code itself until
/// the lexicon provides names.
using ActorNameProvider = std::function<QString(const QString& code)>;

} // namespace dyad
