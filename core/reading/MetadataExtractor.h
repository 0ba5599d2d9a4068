#pragma once

#include "core/reading/DateLine.h"
#include "core/reading/Document.h"
#include "core/reading/ExtractedText.h"

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

/// Title, URL and outlet of a document.
struct DocumentMetadata {
    std::optional<std::string> title;
    std::optional<std::string> url;
    std::optional<std::string> outlet;
};

/// Finds a document's title (HTML og:title/title, else the title block with Markdown markers and
/// a " | Section" suffix removed), URL (HTML canonical/og:url, a "Source: <url>" line, an
/// <https://...> in the text, a block that is only a URL) and outlet (the agency tag of a dateline
/// such as "(Xinhua)" or "/ТАСС/", a "Source: Xinhua" line, HTML og:site_name, the outlet of a
/// date line's byline ("12 June 2018 · Straits Wire staff"), the site name after the HTML title
/// ("Headline | Site"), else the URL's host).
class MetadataExtractor {
public:
    DocumentMetadata extract(const ExtractedText& extracted, const std::vector<Block>& blocks,
                             int titleBlock) const;

    /// The host of a URL without "www." ("https://www.radio.example/a" -> "radio.example").
    static std::string hostOf(std::string_view url);

private:
    DateLineDetector m_dateLines;
};

} // namespace dyad
