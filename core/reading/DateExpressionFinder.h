#pragma once

#include "core/reading/DateExpression.h"
#include "core/reading/DateVocabulary.h"

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Finds date expressions in text, in en/es/ru/de/fr: ISO dates and times ("2018-03-31
/// 03:25:04"), numeric dates ("02.11.2018", "11/2/2018"), day-month-year in any order with
/// month names ("19 FEBRERO DE 2024", "27 de noviembre de 2024", "3 февраля", "Nov. 2",
/// "November 3rd, 2018", "3. März 2024"), month-year, years, weekdays with their cues ("on
/// Friday", "este martes", "в среду", "am Mittwoch", "next Monday"), relative days ("ayer",
/// "вчера", "la víspera") and relative periods ("last month", "el año pasado").
class DateExpressionFinder {
public:
    /// `language`: ISO 639-1 code; it enables the words that are dates in one language only
    /// ("hier" in French, "morgen" in German, "mañana" in Spanish).
    std::vector<DateExpression> find(std::u32string_view text, std::string_view language) const;

private:
    DateVocabulary m_vocabulary;
};

} // namespace dyad
