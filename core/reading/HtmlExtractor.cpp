#include "core/reading/HtmlExtractor.h"

#include "core/reading/HtmlDepthLimiter.h"
#include "core/reading/SourceAligner.h"
#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <string>

namespace dyad {

namespace {

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return out;
}

const char* attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? attr->value : nullptr;
}

bool isHidden(const GumboElement& element) {
    if (attribute(element, "hidden"))
        return true;
    if (const char* aria = attribute(element, "aria-hidden"); aria && lowerAscii(aria) == "true")
        return true;
    if (const char* type = attribute(element, "type"); type && lowerAscii(type) == "hidden")
        return true;
    if (const char* style = attribute(element, "style")) {
        std::string compact;
        for (char c : lowerAscii(style))
            if (c != ' ' && c != '\t')
                compact.push_back(c);
        if (compact.find("display:none") != std::string::npos ||
            compact.find("visibility:hidden") != std::string::npos)
            return true;
    }
    return false;
}

bool isSkipped(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
        return true;
    default:
        return false;
    }
}

bool isBlockTag(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

/// Furniture named by a tag, or by a word of its class or id.
std::string markupHint(const GumboElement& element) {
    switch (element.tag) {
    case GUMBO_TAG_NAV:
        return "navigation";
    case GUMBO_TAG_ASIDE:
        return "sidebar";
    case GUMBO_TAG_FOOTER:
        return "page footer";
    case GUMBO_TAG_FIGCAPTION:
        return "photo caption";
    case GUMBO_TAG_FORM:
        return "form";
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ARTICLE:
        return {};
    default:
        break;
    }
    static const std::array<std::pair<const char*, const char*>, 22> words{{
        {"comment", "comment box"},
        {"comments", "comment box"},
        {"related", "related-links list"},
        {"share", "share buttons"},
        {"social", "share buttons"},
        {"sidebar", "sidebar"},
        {"menu", "navigation"},
        {"nav", "navigation"},
        {"navbar", "navigation"},
        {"breadcrumb", "navigation"},
        {"breadcrumbs", "navigation"},
        {"footer", "page footer"},
        {"advert", "advertisement"},
        {"ad", "advertisement"},
        {"ads", "advertisement"},
        {"sponsored", "advertisement"},
        {"tags", "tag cloud"},
        {"newsletter", "newsletter box"},
        {"cookie", "cookie notice"},
        {"popular", "most-read list"},
        {"trending", "most-read list"},
        {"caption", "photo caption"},
    }};
    for (const char* name : {"class", "id"}) {
        const char* value = attribute(element, name);
        if (!value)
            continue;
        const std::string lower = lowerAscii(value);
        std::size_t i = 0;
        while (i < lower.size()) {
            while (i < lower.size() && !std::isalnum(static_cast<unsigned char>(lower[i])))
                ++i;
            std::size_t j = i;
            while (j < lower.size() && std::isalnum(static_cast<unsigned char>(lower[j])))
                ++j;
            const std::string_view word(lower.data() + i, j - i);
            for (const auto& [key, hint] : words)
                if (word == key)
                    return hint;
            i = j;
        }
    }
    return {};
}

std::string textOf(const GumboNode* node) {
    std::string out;
    if (node->type != GUMBO_NODE_ELEMENT)
        return out;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
            child->type == GUMBO_NODE_CDATA)
            out += child->v.text.text;
    }
    return out;
}

void collectMeta(const GumboNode* node, ExtractedText& out) {
    const GumboElement& element = node->v.element;
    switch (element.tag) {
    case GUMBO_TAG_TITLE:
        out.meta.emplace_back("title", textOf(node));
        break;
    case GUMBO_TAG_META: {
        const char* content = attribute(element, "content");
        if (!content)
            break;
        for (const char* key : {"property", "name", "itemprop"})
            if (const char* name = attribute(element, key))
                out.meta.emplace_back(lowerAscii(name), content);
        break;
    }
    case GUMBO_TAG_LINK: {
        const char* rel = attribute(element, "rel");
        const char* href = attribute(element, "href");
        if (rel && href && lowerAscii(rel) == "canonical")
            out.meta.emplace_back("canonical", href);
        break;
    }
    case GUMBO_TAG_HTML:
        if (const char* lang = attribute(element, "lang"))
            out.meta.emplace_back("lang", lang);
        break;
    case GUMBO_TAG_TIME:
        if (const char* datetime = attribute(element, "datetime"))
            out.meta.emplace_back("time", datetime);
        break;
    case GUMBO_TAG_SCRIPT: {
        const std::string text = textOf(node);
        const auto at = text.find("\"datePublished\"");
        if (at == std::string::npos)
            break;
        const auto open = text.find('"', text.find(':', at) + 1);
        const auto close = open == std::string::npos ? open : text.find('"', open + 1);
        if (close != std::string::npos && close - open < 64)
            out.meta.emplace_back("datepublished", text.substr(open + 1, close - open - 1));
        break;
    }
    default:
        break;
    }
}

/// Builds the text of the page block by block, and for each code point the byte offset in the
/// parsed HTML it comes from (see ExtractedText::sourceOffsets).
class TextBuilder {
public:
    /// `input`: the bytes gumbo parsed; `trackSource`: whether gumbo's positions point into
    /// the caller's HTML (false when the HTML was rewritten before parsing).
    TextBuilder(ExtractedText& out, std::string_view input, bool trackSource)
        : m_out(out)
        , m_input(input)
        , m_trackSource(trackSource) {}

    void flush(std::uint8_t headingLevel, bool listItem, const std::string& hint) {
        if (!m_open)
            return;
        m_open = false;
        m_pendingSpace = false;
        m_block.span.end = static_cast<std::int32_t>(m_out.text.size());
        m_block.headingLevel = headingLevel;
        m_block.listItem = listItem;
        m_block.markupHint = hint;
        m_out.blocks.push_back(std::move(m_block));
        m_block = RawBlock{};
    }

    /// Appends a text node, walking its source (`original_text`) alongside its decoded text.
    void appendText(const GumboText& node, bool inLink) {
        const char* base = m_input.data();
        const char* original = node.original_text.data;
        const bool tracked =
            m_trackSource && original && original >= base &&
            node.original_text.length <= m_input.size() &&
            static_cast<std::size_t>(original - base) <= m_input.size() - node.original_text.length;
        std::size_t source = tracked ? static_cast<std::size_t>(original - base) : m_lastSource;
        const std::size_t sourceEnd = tracked ? source + node.original_text.length : source;
        const auto* p = reinterpret_cast<const unsigned char*>(node.text);
        while (*p) {
            const unsigned char* start = p;
            const char32_t c = decodeAt(p);
            const std::string_view encoded(reinterpret_cast<const char*>(start),
                                           static_cast<std::size_t>(p - start));
            std::size_t position = source;
            if (tracked)
                position = matchSource(encoded, c, source, sourceEnd);
            m_lastSource = position;
            appendChar(c, inLink, position);
        }
    }

private:
    static char32_t decodeAt(const unsigned char*& p) {
        char32_t c = *p;
        const int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        if (extra)
            c &= (0x3Fu >> extra);
        ++p;
        for (int k = 0; k < extra && *p; ++k, ++p)
            c = (c << 6) | (*p & 0x3Fu);
        return c;
    }

    /// The byte offset in the input of the decoded character `c` (UTF-8 `encoded`), found at
    /// or after `source` (advanced past it) within the node's source ending at `end`.
    std::size_t matchSource(std::string_view encoded, char32_t c, std::size_t& source,
                            std::size_t end) const {
        if (source >= end)
            return end > 0 ? end - 1 : 0;
        const std::string_view rest = m_input.substr(source, end - source);
        if (rest.starts_with(encoded)) {
            const std::size_t at = source;
            source += encoded.size();
            return at;
        }
        if (rest[0] == '\r' && c == U'\n') { // the parser reads CR LF and CR as LF
            const std::size_t at = source++;
            if (source < end && m_input[source] == '\n')
                ++source;
            return at;
        }
        if (rest[0] == '&') { // a character reference: the character maps to its '&'
            const std::size_t at = source++;
            if (source < end && m_input[source] == '#')
                ++source;
            if (source < end && (m_input[source] == 'x' || m_input[source] == 'X'))
                ++source;
            while (source < end && std::isalnum(static_cast<unsigned char>(m_input[source])))
                ++source;
            if (source < end && m_input[source] == ';')
                ++source;
            return at;
        }
        // Something the parser changed (a second character of one reference, a replaced NUL,
        // CDATA markup): look a little ahead, else stay.
        constexpr std::size_t lookAhead = 64;
        const std::size_t found = rest.substr(0, lookAhead).find(encoded);
        if (found != std::string_view::npos) {
            source += found + encoded.size();
            return source - encoded.size();
        }
        return m_lastSource;
    }

    void appendChar(char32_t c, bool inLink, std::size_t position) {
        if (isSpaceChar(c)) {
            if (m_open && !m_pendingSpace)
                m_pendingSpacePosition = position; // the run maps to its first space
            m_pendingSpace = m_open;
            return;
        }
        if (!m_open) {
            if (!m_out.text.empty())
                push(U"\n\n", position); // separators map to the next character
            m_open = true;
            m_block.span.start = static_cast<std::int32_t>(m_out.text.size());
        } else if (m_pendingSpace) {
            push(U" ", m_pendingSpacePosition);
            // spaces count as link text only inside a link's words
            if (inLink && m_lastInLink)
                ++m_block.linkChars;
        }
        m_lastInLink = inLink;
        m_pendingSpace = false;
        const char32_t one[2] = {c, 0};
        push(one, position);
        if (inLink)
            ++m_block.linkChars;
    }

    void push(const char32_t* text, std::size_t position) {
        for (; *text; ++text) {
            m_out.text.push_back(*text);
            m_out.sourceOffsets.push_back(static_cast<std::int32_t>(position));
        }
    }

    ExtractedText& m_out;
    std::string_view m_input;
    bool m_trackSource;
    RawBlock m_block;
    bool m_open = false;
    bool m_pendingSpace = false;
    bool m_lastInLink = false;
    std::size_t m_pendingSpacePosition = 0;
    std::size_t m_lastSource = 0;
};

struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    bool block = false;
};

/// Turns the byte offsets of `result.sourceOffsets` into code point offsets of `html`; when the
/// parsed HTML was rewritten (too deep), aligns the text to the original greedily instead.
void mapToCodePoints(ExtractedText& result, std::string_view html, bool byteOffsets) {
    if (!byteOffsets) {
        const std::u32string source = fromUtf8(html);
        result.sourceOffsets.assign(result.text.size(), -1);
        constexpr std::size_t wideWindow = 1u << 16;
        SourceAligner::alignGreedy(result.text, {0, static_cast<std::int32_t>(result.text.size())},
                                   source, {0, static_cast<std::int32_t>(source.size())},
                                   result.sourceOffsets, wideWindow);
        SourceAligner::fillGaps(result.sourceOffsets, static_cast<std::int32_t>(source.size()));
        return;
    }
    const std::vector<std::int32_t> index = SourceAligner::codePointIndex(html);
    if (index.empty())
        return;
    for (std::int32_t& offset : result.sourceOffsets)
        offset = index[std::min(static_cast<std::size_t>(offset), html.size())];
}

} // namespace

ExtractedText HtmlExtractor::extract(std::string_view utf8) const {
    ExtractedText result;
    const std::string_view original = utf8;
    std::size_t dropped = 0;
    const std::optional<std::string> flattened = HtmlDepthLimiter().limit(utf8, dropped);
    if (flattened) {
        utf8 = *flattened;
        result.warnings.push_back(
            "HTML nested deeper than " + std::to_string(HtmlDepthLimiter::defaultMaxDepth) +
            " elements: " + std::to_string(dropped) + " tags below that depth were ignored");
    }
    std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size()),
        [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
    if (!output)
        return result;
    TextBuilder builder(result, utf8, !flattened);
    std::vector<Frame> stack;
    std::vector<std::string> hints; // furniture hints of the open elements that have one
    std::vector<const GumboNode*> hintOwners;
    int linkDepth = 0, listDepth = 0;
    std::uint8_t heading = 0;
    auto currentHint = [&]() -> const std::string& {
        static const std::string none;
        return hints.empty() ? none : hints.back();
    };
    stack.push_back({output->root, 0, true});
    collectMeta(output->root, result);
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const GumboVector& children = frame.node->v.element.children;
        if (frame.next < children.length) {
            const auto* child = static_cast<const GumboNode*>(children.data[frame.next++]);
            if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
                child->type == GUMBO_NODE_WHITESPACE) {
                builder.appendText(child->v.text, linkDepth > 0);
                continue;
            }
            if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE)
                continue;
            const GumboElement& element = child->v.element;
            collectMeta(child, result);
            if (element.tag == GUMBO_TAG_HEAD) {
                // Metadata only: visit the head's direct children for meta, link, title.
                for (unsigned i = 0; i < element.children.length; ++i) {
                    const auto* meta = static_cast<const GumboNode*>(element.children.data[i]);
                    if (meta->type == GUMBO_NODE_ELEMENT)
                        collectMeta(meta, result);
                }
                continue;
            }
            if (isSkipped(element.tag) || element.tag == GUMBO_TAG_TITLE || isHidden(element))
                continue;
            const bool block = isBlockTag(element.tag);
            if (block)
                builder.flush(heading, listDepth > 0, currentHint());
            if (element.tag == GUMBO_TAG_A)
                ++linkDepth;
            if (element.tag == GUMBO_TAG_LI)
                ++listDepth;
            if (element.tag >= GUMBO_TAG_H1 && element.tag <= GUMBO_TAG_H6)
                heading = static_cast<std::uint8_t>(element.tag - GUMBO_TAG_H1 + 1);
            if (std::string hint = markupHint(element); !hint.empty()) {
                hints.push_back(std::move(hint));
                hintOwners.push_back(child);
            }
            stack.push_back({child, 0, block});
            continue;
        }
        // Leaving the element.
        const GumboNode* node = frame.node;
        const bool block = frame.block;
        if (block)
            builder.flush(heading, listDepth > 0, currentHint());
        const GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_A)
            --linkDepth;
        if (tag == GUMBO_TAG_LI)
            --listDepth;
        if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6)
            heading = 0;
        if (!hintOwners.empty() && hintOwners.back() == node) {
            hintOwners.pop_back();
            hints.pop_back();
        }
        stack.pop_back();
    }
    builder.flush(heading, listDepth > 0, currentHint());
    mapToCodePoints(result, original, !flattened);
    return result;
}

} // namespace dyad
