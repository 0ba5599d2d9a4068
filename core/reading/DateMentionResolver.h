#pragma once

#include "core/reading/DateExpression.h"
#include "core/reading/Document.h"

namespace dyad {

/// Turns a date expression into a calendar date, using the publication date where the
/// expression is relative: a weekday means the most recent such day on or before publication
/// (the following one after "next"/"will"), a day and month without year take the publication
/// year closest to publication ("December 30" in a 2 January article is the year before).
class DateMentionResolver {
public:
    DateMention resolve(const DateExpression& expression, const FuzzyDate& published) const;
};

} // namespace dyad
