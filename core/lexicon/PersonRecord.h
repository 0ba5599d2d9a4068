#pragma once

#include "core/util/FuzzyDate.h"

#include <string>
#include <vector>

namespace dyad {

/// One term of office: an actor, a role and the dates it lasted (`to` unknown = still in office).
struct Tenure {
    std::string actor;
    std::string role;
    FuzzyDate from;
    FuzzyDate to;

    /// Whether the tenure covers any day of `when` (a day, a month or a year).
    bool covers(const FuzzyDate& when) const;
};

/// An office-holder from the people files: the full name and every tenure listed for it.
struct PersonRecord {
    std::string name;
    std::vector<Tenure> tenures;

    /// The tenure to use for a document dated `when`: the one covering the date (the latest
    /// starting one when several do); when none covers it, the nearest in time; when the date is
    /// unknown, the latest. Null when the person has no tenure. `covering` tells whether the
    /// tenure covers the date.
    const Tenure* tenureAt(const FuzzyDate& when, bool* covering = nullptr) const;
};

} // namespace dyad
