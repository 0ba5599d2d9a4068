#include "core/reading/DateMentionResolver.h"

#include <cstdlib>

namespace dyad {

namespace {

/// The year of {year-1, year, year+1} putting month/day closest to `published` (day numbers).
FuzzyDate closestYear(int month, int day, const FuzzyDate& published) {
    FuzzyDate best;
    int bestDistance = 1 << 30;
    for (int year = published.year() - 1; year <= published.year() + 1; ++year) {
        const FuzzyDate candidate =
            day ? FuzzyDate::ofDay(year, month, day) : FuzzyDate::ofMonth(year, month);
        if (!candidate.isKnown())
            continue;
        const int distance = std::abs(candidate.day - published.day);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

FuzzyDate addMonths(const FuzzyDate& published, int months) {
    const int index = published.year() * 12 + (published.month() - 1) + months;
    return FuzzyDate::ofMonth(index / 12, index % 12 + 1);
}

} // namespace

DateMention DateMentionResolver::resolve(const DateExpression& e,
                                         const FuzzyDate& published) const {
    DateMention mention;
    mention.span = e.span;
    using Kind = DateExpression::Kind;
    const bool dayKnown = published.precision == DatePrecision::Day;
    switch (e.kind) {
    case Kind::Absolute:
        mention.hasYear = e.year != 0;
        if (e.year && e.month && e.day)
            mention.date = FuzzyDate::ofDay(e.year, e.month, e.day);
        else if (e.year && e.month)
            mention.date = FuzzyDate::ofMonth(e.year, e.month);
        else if (e.year)
            mention.date = FuzzyDate::ofYear(e.year);
        else if (e.month && published.isKnown() && published.precision >= DatePrecision::Month) {
            mention.relative = true;
            if (e.day && dayKnown) {
                mention.date = closestYear(e.month, e.day, published);
            } else if (!e.day) {
                // "In April": the most recent April, or the next one after a future cue.
                int year = published.year();
                if (!e.future && e.month > published.month())
                    --year;
                if (e.future && e.month < published.month())
                    ++year;
                mention.date = FuzzyDate::ofMonth(year, e.month);
            } else {
                // A day and month with a publication month only: the month is what is known.
                mention.date = closestYear(e.month, 0, published);
            }
        }
        break;
    case Kind::RelativeDay:
        mention.relative = true;
        if (dayKnown)
            mention.date = published.plusDays(e.offset);
        break;
    case Kind::RelativeWeekday:
        mention.relative = true;
        if (dayKnown) {
            const int today = published.dayOfWeek();
            if (e.offset > 0 || (e.offset == 0 && e.future)) {
                int ahead = (e.weekday - today + 7) % 7;
                if (ahead == 0)
                    ahead = e.offset > 0 ? 7 : 0;
                mention.date = published.plusDays(ahead);
            } else {
                int back = (today - e.weekday + 7) % 7;
                if (back == 0 && e.offset < 0)
                    back = 7;
                mention.date = published.plusDays(-back);
            }
        }
        break;
    case Kind::RelativeMonth:
        mention.relative = true;
        if (published.isKnown() && published.precision >= DatePrecision::Month)
            mention.date = addMonths(published, e.offset);
        break;
    case Kind::RelativeYear:
        mention.relative = true;
        if (published.isKnown())
            mention.date = FuzzyDate::ofYear(published.year() + e.offset);
        break;
    }
    return mention;
}

} // namespace dyad
