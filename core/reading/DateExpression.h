#pragma once

#include "core/util/TextSpan.h"

#include <cstdint>

namespace dyad {

/// A date expression as written, before it is resolved against a publication date.
struct DateExpression {
    enum class Kind : std::uint8_t {
        Absolute,        ///< parts written out: year and/or month and/or day
        RelativeDay,     ///< "today", "ayer", "вчера", "la víspera": `offset` days
        RelativeWeekday, ///< "on Friday", "el miércoles", "в среду", "am Mittwoch"
        RelativeMonth,   ///< "last month", "este mes": `offset` months
        RelativeYear,    ///< "next year", "в прошлом году": `offset` years
    };

    TextSpan span;
    Kind kind = Kind::Absolute;
    int year = 0;        ///< 0 when not written
    int month = 0;       ///< 1..12, 0 when not written
    int day = 0;         ///< 1..31, 0 when not written
    int weekday = -1;    ///< 0 Sunday .. 6 Saturday, -1 when none ("Saturday, November 3")
    int offset = 0;      ///< see Kind; for weekdays -1 "last", +1 "next", 0 plain
    bool future = false; ///< a future cue ("will", "next", "expected") precedes it in its sentence
    bool limit = false;  ///< an "until"/"hasta" precedes it (a limit, not an event)
    /// "in", "since", "of", "en", "desde", "de", "в", "seit", "depuis" precedes it ("in 1991").
    bool afterPreposition = false;
    /// A numeric date whose day and month could be read the other way round ("10/03/2023").
    bool ambiguousOrder = false;
};

} // namespace dyad
