#include "core/reading/HtmlDepthLimiter.h"

#include <array>

namespace dyad {

namespace {

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool isVoid(std::string_view name) {
    static const std::array<std::string_view, 14> voids{"area",  "base",   "br",    "col",  "embed",
                                                        "hr",    "img",    "input", "link", "meta",
                                                        "param", "source", "track", "wbr"};
    for (auto v : voids)
        if (v == name)
            return true;
    return false;
}

/// Position after the "</name" that closes a raw-text element (script, style), or npos.
std::size_t findRawTextEnd(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t i = html.find("</", from); i != std::string_view::npos;
         i = html.find("</", i + 2)) {
        bool same = i + 2 + name.size() <= html.size();
        for (std::size_t k = 0; same && k < name.size(); ++k)
            same = lower(html[i + 2 + k]) == name[k];
        if (same)
            return i;
    }
    return std::string_view::npos;
}

} // namespace

std::optional<std::string> HtmlDepthLimiter::limit(std::string_view html,
                                                   std::size_t& dropped) const {
    dropped = 0;
    std::optional<std::string> out;
    std::size_t depth = 0, suppressed = 0, copiedUpTo = 0;
    std::string name;
    auto drop = [&](std::size_t begin, std::size_t end) {
        if (!out) {
            out.emplace();
            out->reserve(html.size());
        }
        out->append(html.substr(copiedUpTo, begin - copiedUpTo));
        copiedUpTo = end;
    };
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
        const std::size_t start = i;
        if (html.substr(i, 4) == "<!--") {
            const std::size_t end = html.find("-->", i + 4);
            i = end == std::string_view::npos ? html.size() : end + 3;
            continue;
        }
        const bool closing = i + 1 < html.size() && html[i + 1] == '/';
        std::size_t j = i + (closing ? 2 : 1);
        name.clear();
        while (j < html.size() && isNameChar(html[j]))
            name.push_back(lower(html[j++]));
        const std::size_t close = html.find('>', j);
        if (name.empty() || close == std::string_view::npos) {
            i = j;
            continue;
        }
        const std::size_t end = close + 1;
        const bool selfClosing = html[close - 1] == '/';
        i = end;
        if (isVoid(name) || selfClosing)
            continue;
        if (!closing && (name == "script" || name == "style" || name == "textarea")) {
            const std::size_t rawEnd = findRawTextEnd(html, end, name);
            i = rawEnd == std::string_view::npos ? html.size() : rawEnd;
            continue;
        }
        if (closing) {
            if (suppressed > 0) {
                --suppressed;
                drop(start, end);
            } else if (depth > 0) {
                --depth;
            }
        } else if (depth >= m_maxDepth) {
            ++suppressed;
            ++dropped;
            drop(start, end);
        } else {
            ++depth;
        }
    }
    if (out)
        out->append(html.substr(copiedUpTo));
    return out;
}

} // namespace dyad
