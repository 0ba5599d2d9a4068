#include "core/reading/MetadataExtractor.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <array>

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

    // The agency tag of a dateline: "(RHC)--", "(Xinhua) --", "(CNN Spanish) —".
    for (const Block& block : blocks) {
        if (block.role != BlockRole::Body)
            continue;
        const std::u32string_view lead = spanView(text, block.span).substr(0, 90);
        const std::size_t open = lead.find(U'(');
        const std::size_t close = open == std::u32string_view::npos ? open : lead.find(U')', open);
        if (close != std::u32string_view::npos && close - open >= 3 && close - open <= 32 &&
            isUpperChar(lead[open + 1])) {
            std::size_t after = close + 1;
            while (after < lead.size() && lead[after] == U' ')
                ++after;
            if (after < lead.size() && (lead[after] == U'-' || lead[after] == 0x2014 ||
                                        lead[after] == 0x2013 || lead[after] == U':'))
                meta.outlet = toUtf8(lead.substr(open + 1, close - open - 1));
        }
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
    if (!meta.outlet && meta.url) {
        if (std::string host = hostOf(*meta.url); !host.empty())
            meta.outlet = host;
    }
    return meta;
}

} // namespace dyad
