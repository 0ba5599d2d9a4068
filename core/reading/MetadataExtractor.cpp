#include "core/reading/MetadataExtractor.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <array>
#include <optional>

namespace dyad {

namespace {

bool isUrlChar(char32_t c) {
    return c > U' ' && c < 0x7F && c != U'<' && c != U'>' && c != U'"' && c != U'\'' && c != U'`' &&
           c != U'{' && c != U'}' && c != U'|' && c != U'\\' && c != U'^';
}

/// The URL starting at `at` ("http://" or "https://"), trailing punctuation removed.
std::u32string urlAt(std::u32string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && isUrlChar(text[end]))
        ++end;
    while (end > at && (text[end - 1] == U'.' || text[end - 1] == U',' || text[end - 1] == U')' ||
                        text[end - 1] == U';' || text[end - 1] == U':'))
        --end;
    return std::u32string(text.substr(at, end - at));
}

std::size_t findUrl(std::u32string_view text) {
    for (std::size_t i = 0; i + 7 < text.size(); ++i)
        if (text[i] == U'h' && text[i + 1] == U't' && text[i + 2] == U't' && text[i + 3] == U'p' &&
            (text.substr(i + 4, 3) == U"://" || text.substr(i + 4, 4) == U"s://"))
            return i;
    return std::u32string_view::npos;
}

/// "Source:", "Fuente:", "Источник:", "Quelle:", "Source :" at the start of a block: the rest.
std::optional<std::u32string_view> sourceLine(std::u32string_view block) {
    static const std::array<std::u32string_view, 6> labels{U"source", U"fuente", U"источник",
                                                           U"quelle", U"via",    U"vía"};
    for (auto label : labels) {
        if (block.size() <= label.size() + 1)
            continue;
        bool same = true;
        for (std::size_t i = 0; i < label.size() && same; ++i)
            same = foldChar(block[i]) == foldChar(label[i]);
        if (!same)
            continue;
        std::size_t i = label.size();
        while (i < block.size() && block[i] == U' ')
            ++i;
        if (i >= block.size() || block[i] != U':')
            continue;
        ++i;
        while (i < block.size() && isSpaceChar(block[i]))
            ++i;
        return block.substr(i);
    }
    return std::nullopt;
}

std::string cleanTitle(std::u32string_view raw) {
    std::u32string title(raw);
    auto trimEdges = [&] {
        std::size_t b = 0, e = title.size();
        while (b < e &&
               (isSpaceChar(title[b]) || title[b] == U'#' || title[b] == U'*' || title[b] == U'_'))
            ++b;
        while (e > b && (isSpaceChar(title[e - 1]) || title[e - 1] == U'*' ||
                         title[e - 1] == U'_' || title[e - 1] == U'#'))
            --e;
        title = title.substr(b, e - b);
    };
    trimEdges();
    // " | News", " | Site name": a short section or site suffix.
    const auto bar = title.rfind(U" | ");
    if (bar != std::u32string::npos && bar > 0) {
        int words = 0;
        bool inWord = false;
        for (std::size_t i = bar + 3; i < title.size(); ++i) {
            const bool letter = !isSpaceChar(title[i]);
            if (letter && !inWord)
                ++words;
            inWord = letter;
        }
        if (words <= 4)
            title.resize(bar);
    }
    trimEdges();
    return toUtf8(title);
}

bool isDash(char32_t c) {
    return c == U'-' || c == 0x2014 || c == 0x2013;
}

/// The agency of a dateline at the start of a lead: "(RHC)--", "(Agencia Andina del Sur). -",
/// "ШАНХАЙ, 21 мая. /Евразия-Информ/.".
std::optional<std::u32string_view> datelineTag(std::u32string_view lead) {
    const std::size_t open = lead.find(U'(');
    const std::size_t close = open == std::u32string_view::npos ? open : lead.find(U')', open);
    if (close != std::u32string_view::npos && close - open >= 3 && close - open <= 48 &&
        isUpperChar(lead[open + 1])) {
        std::size_t after = close + 1;
        if (after < lead.size() && lead[after] == U'.')
            ++after;
        while (after < lead.size() && lead[after] == U' ')
            ++after;
        if (after < lead.size() && (isDash(lead[after]) || lead[after] == U':'))
            return lead.substr(open + 1, close - open - 1);
    }
    // "/Agency/": after a sentence end near the start, before a period, space or dash.
    for (std::size_t slash = lead.find(U'/'); slash != std::u32string_view::npos && slash < 60;
         slash = lead.find(U'/', slash + 1)) {
        if (slash < 2 || lead[slash - 1] != U' ' || lead[slash - 2] != U'.')
            continue;
        const std::size_t end = lead.find(U'/', slash + 1);
        if (end == std::u32string_view::npos || end - slash < 3 || end - slash > 40 ||
            !isUpperChar(lead[slash + 1]))
            continue;
        if (end + 1 < lead.size() && lead[end + 1] != U'.' && lead[end + 1] != U' ' &&
            !isDash(lead[end + 1]))
            continue;
        return lead.substr(slash + 1, end - slash - 1);
    }
    return std::nullopt;
}

bool startsWithFolded(std::u32string_view text, std::u32string_view prefix) {
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (foldChar(text[i]) != prefix[i])
            return false;
    return true;
}

/// An outlet named in a byline piece of a date line: "Straits Wire staff", "Rhein-Agentur",
/// "By Levant Newswire staff"; nothing for a person's byline ("By Jane Doe").
std::optional<std::u32string_view> outletOfByline(std::u32string_view piece) {
    auto trim = [&] {
        while (!piece.empty() &&
               (isSpaceChar(piece.front()) || piece.front() == U'*' || piece.front() == U'_'))
            piece.remove_prefix(1);
        while (!piece.empty() && (isSpaceChar(piece.back()) || piece.back() == U'*' ||
                                  piece.back() == U'_' || piece.back() == U','))
            piece.remove_suffix(1);
    };
    trim();
    bool by = false;
    for (std::u32string_view prefix : {U"by ", U"por ", U"von ", U"par "})
        if (startsWithFolded(piece, prefix)) {
            piece.remove_prefix(prefix.size());
            by = true;
            break;
        }
    bool staff = false;
    for (std::u32string_view suffix : {U" staff", U" redaccion", U" redaktion", U" desk"})
        if (piece.size() > suffix.size() &&
            startsWithFolded(piece.substr(piece.size() - suffix.size()), suffix)) {
            piece.remove_suffix(suffix.size());
            staff = true;
            break;
        }
    trim();
    if ((by && !staff) || piece.empty() || !isUpperChar(piece.front()))
        return std::nullopt;
    int words = 0;
    bool inWord = false;
    for (char32_t c : piece) {
        const bool letter = !isSpaceChar(c);
        if (letter && !inWord)
            ++words;
        inWord = letter;
        if (isDigitChar(c))
            return std::nullopt;
    }
    if (words > 4)
        return std::nullopt;
    return piece;
}

/// The site name after an HTML title: "Headline | Site", "Headline - Site", "Headline — Site"
/// (at most four words).
std::optional<std::u32string> titleSuffix(std::u32string_view title) {
    for (std::u32string_view separator : {U" | ", U" - ", U" \u2014 ", U" \u2013 "}) {
        const std::size_t at = title.rfind(separator);
        if (at == std::u32string_view::npos || at == 0)
            continue;
        std::u32string_view suffix = title.substr(at + separator.size());
        while (!suffix.empty() && isSpaceChar(suffix.back()))
            suffix.remove_suffix(1);
        int words = 0;
        bool inWord = false;
        for (char32_t c : suffix) {
            const bool letter = !isSpaceChar(c);
            if (letter && !inWord)
                ++words;
            inWord = letter;
        }
        if (words >= 1 && words <= 4 && isUpperChar(suffix.front()))
            return std::u32string(suffix);
    }
    return std::nullopt;
}

} // namespace

std::string MetadataExtractor::hostOf(std::string_view url) {
    const auto scheme = url.find("://");
    if (scheme == std::string_view::npos)
        return {};
    std::string_view host = url.substr(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#:"));
    if (host.starts_with("www."))
        host.remove_prefix(4);
    return std::string(host);
}

DocumentMetadata MetadataExtractor::extract(const ExtractedText& extracted,
                                            const std::vector<Block>& blocks,
                                            int titleBlock) const {
    DocumentMetadata meta;
    const std::u32string_view text = extracted.text;

    if (std::string value = extracted.metaValue("og:title"); !value.empty())
        meta.title = cleanTitle(fromUtf8(value));
    else if (titleBlock >= 0)
        meta.title = cleanTitle(spanView(text, blocks[static_cast<std::size_t>(titleBlock)].span));
    else if (std::string html = extracted.metaValue("title"); !html.empty())
        meta.title = cleanTitle(fromUtf8(html));
    if (meta.title && meta.title->empty())
        meta.title.reset();

    for (const char* key : {"canonical", "og:url"})
        if (std::string value = extracted.metaValue(key); value.starts_with("http")) {
            meta.url = value;
            break;
        }
    std::optional<std::string> bracketUrl, bareUrl, sourceOutlet;
    for (const Block& block : blocks) {
        const std::u32string_view content = spanView(text, block.span);
        if (const auto rest = sourceLine(content)) {
            if (rest->starts_with(U"http") || rest->starts_with(U"<http")) {
                const std::size_t at = findUrl(*rest);
                if (!meta.url && at != std::u32string_view::npos)
                    meta.url = toUtf8(urlAt(*rest, at));
            } else if (!sourceOutlet && !rest->empty() && rest->size() <= 60) {
                std::u32string_view name = *rest;
                while (!name.empty() && (name.back() == U'.' || isSpaceChar(name.back())))
                    name.remove_suffix(1);
                sourceOutlet = toUtf8(name);
            }
        }
        const std::size_t at = findUrl(content);
        if (at == std::u32string_view::npos)
            continue;
        const std::u32string url = urlAt(content, at);
        if (!bracketUrl && at > 0 && content[at - 1] == U'<')
            bracketUrl = toUtf8(url);
        if (!bareUrl && url.size() + 4 >= content.size())
            bareUrl = toUtf8(url);
    }
    if (!meta.url)
        meta.url = bracketUrl ? bracketUrl : bareUrl;

    // The agency tag of a dateline: "(RHC)--", "(Xinhua) --", "(CNN Spanish) —", "(Agencia
    // Andina del Sur). -", or between slashes after it: "МОСКВА, 3 февраля. /ТАСС/.".
    for (const Block& block : blocks) {
        if (block.role != BlockRole::Body)
            continue;
        const std::u32string_view lead = spanView(text, block.span).substr(0, 120);
        if (auto tag = datelineTag(lead))
            meta.outlet = toUtf8(*tag);
        break;
    }
    if (!meta.outlet && sourceOutlet)
        meta.outlet = sourceOutlet;
    if (!meta.outlet)
        for (const char* key : {"og:site_name", "publisher", "application-name"})
            if (std::string value = extracted.metaValue(key); !value.empty()) {
                meta.outlet = value;
                break;
            }
    // A date line's other piece: "Published 12 June 2018 · Straits Wire staff".
    for (std::size_t i = 0; i < blocks.size() && i < 12 && !meta.outlet; ++i) {
        const std::u32string_view content = spanView(text, blocks[i].span);
        if (content.size() > DateLineDetector::maxLength)
            continue;
        for (const TextSpan piece : m_dateLines.analyse(content).otherPieces)
            if (auto name = outletOfByline(spanView(content, piece))) {
                meta.outlet = toUtf8(*name);
                break;
            }
    }
    // The site's name after the page title: "<title>Headline | Noticias del Sur</title>".
    if (!meta.outlet)
        if (std::string html = extracted.metaValue("title"); !html.empty())
            if (auto suffix = titleSuffix(fromUtf8(html)))
                meta.outlet = toUtf8(*suffix);
    if (!meta.outlet && meta.url) {
        if (std::string host = hostOf(*meta.url); !host.empty())
            meta.outlet = host;
    }
    return meta;
}

} // namespace dyad
