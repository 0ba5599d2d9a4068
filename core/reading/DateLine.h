#pragma once

#include "core/util/TextSpan.h"

#include <string_view>
#include <vector>

namespace dyad {

/// Recognises a date line: a short block that says when the article was published or updated,
/// where the date comes with at most a label, a time, a time zone and a weekday, and with other
/// short pieces (a byline, the outlet) set off by "·", "|" or a spaced dash:
/// "Published 12 June 2018, 14:10 SGT · Straits Wire staff", "Veröffentlicht am 16.02.2024 um
/// 19:05 Uhr", "Sat 24 Apr 2021 16:40 WIB", "Prensa del Caribe · 21 MARZO DE 2016",
/// "Опубликовано: 10 февраля 2015". A sentence that mentions a date is no date line.
class DateLineDetector {
public:
    struct Result {
        bool dateLine = false;
        /// The pieces that are not dates ("Straits Wire staff"), spans relative to the block.
        std::vector<TextSpan> otherPieces;
    };

    /// Longest block looked at, in code points.
    static constexpr std::size_t maxLength = 160;

    Result analyse(std::u32string_view block) const;
    bool isDateLine(std::u32string_view block) const { return analyse(block).dateLine; }
};

} // namespace dyad
