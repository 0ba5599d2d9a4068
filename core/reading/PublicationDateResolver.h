#pragma once

#include "core/reading/DateExpression.h"
#include "core/reading/DateLine.h"
#include "core/reading/Document.h"
#include "core/reading/ExtractedText.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// The publication date of a document and how it was found.
struct PublicationDate {
    FuzzyDate date;
    std::string source; ///< "meta", "date line", "dateline", "url", "dateline + inferred year"
    std::vector<std::string> warnings;
};

/// Establishes a document's publication date from what it offers, in this order: HTML meta
/// (article:published_time, datePublished, ...), a date line ("19 FEBRERO DE 2024", "2018-03-31
/// 03:25:04", "27 de noviembre de 2024.-", "Published 12 June 2018, 14:10 · Staff", see
/// DateLineDetector; a numeric date line that reads both ways, "10/03/2023", takes the order
/// the dateline confirms, "DUBAI, March 10"), a dateline with a year, a date in the URL
/// (/2023/06/22/, 20230316), and a dateline without a year ("Moscow, November 2 (RHC)--") whose
/// year is inferred only from evidence: weekdays bound to the date ("Saturday, November 3", a
/// weekday in the dateline's sentence), the URL's year, years mentioned in the past (a lower
/// bound) or the future ("expected to visit in 2019": before 2019, likely the year before). If
/// no single year fits better than the others the date stays unknown, with a warning.
class PublicationDateResolver {
public:
    /// `latestYear`: the last plausible publication year (the current year by default).
    explicit PublicationDateResolver(int latestYear = 0, int earliestYear = 1990);

    PublicationDate resolve(const std::u32string& text, const std::vector<Block>& blocks,
                            const std::vector<DateExpression>& expressions,
                            const ExtractedText& extracted,
                            const std::optional<std::string>& url) const;

    /// A date at the start of a meta value ("2018-11-02T10:00:00Z"); unknown otherwise.
    static FuzzyDate parseIsoPrefix(std::string_view value);
    /// A date in a URL: /2023/06/22/, /2023-06-22, 20230316, _20240220 (day precision) or
    /// /2023/06/ (month precision); unknown when none.
    static FuzzyDate dateInUrl(std::string_view url);

private:
    int m_latestYear;
    int m_earliestYear;
    DateLineDetector m_dateLines;
};

} // namespace dyad
