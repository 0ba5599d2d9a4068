#include "core/reading/MarkdownExtractor.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <cmark.h>

#include <memory>

namespace dyad {

namespace {

class Builder {
public:
    explicit Builder(ExtractedText& out)
        : m_out(out) {}

    void beginBlock(std::uint8_t headingLevel, bool listItem) {
        endBlock();
        m_open = true;
        m_block = RawBlock{};
        m_block.headingLevel = headingLevel;
        m_block.listItem = listItem;
        if (!m_out.text.empty())
            m_out.text.append(U"\n\n");
        m_block.span.start = static_cast<std::int32_t>(m_out.text.size());
    }

    void endBlock() {
        if (!m_open)
            return;
        m_open = false;
        m_block.span.end = static_cast<std::int32_t>(m_out.text.size());
        m_block.span = trimSpan(m_out.text, m_block.span);
        if (m_block.span.isEmpty()) {
            // Drop an empty block and its separator.
            const auto keep = m_out.blocks.empty() ? 0 : m_out.blocks.back().span.end;
            m_out.text.resize(static_cast<std::size_t>(keep));
            return;
        }
        m_out.blocks.push_back(std::move(m_block));
    }

    void append(const char* utf8, bool inLink) {
        if (!utf8)
            return;
        if (!m_open)
            beginBlock(0, false);
        const std::u32string piece = fromUtf8(utf8);
        for (char32_t c : piece) {
            if (c == U'\n' || c == U'\r')
                c = U' ';
            m_out.text.push_back(c);
            if (inLink)
                ++m_block.linkChars;
        }
    }

    void appendBreak() {
        if (m_open)
            m_out.text.push_back(U'\n');
    }

private:
    ExtractedText& m_out;
    RawBlock m_block;
    bool m_open = false;
};

} // namespace

ExtractedText MarkdownExtractor::extract(std::string_view utf8) const {
    ExtractedText result;
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
        cmark_parse_document(utf8.data(), utf8.size(), CMARK_OPT_DEFAULT), &cmark_node_free);
    if (!root)
        return result;
    Builder builder(result);
    int linkDepth = 0;
    int itemDepth = 0;
    bool firstHeading = true;
    std::unique_ptr<cmark_iter, decltype(&cmark_iter_free)> iter(cmark_iter_new(root.get()),
                                                                 &cmark_iter_free);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            if (enter)
                builder.beginBlock(0, itemDepth > 0);
            else
                builder.endBlock();
            break;
        case CMARK_NODE_HEADING:
            if (enter) {
                builder.beginBlock(static_cast<std::uint8_t>(cmark_node_get_heading_level(node)),
                                   false);
            } else {
                builder.endBlock();
                if (firstHeading && !result.blocks.empty()) {
                    firstHeading = false;
                    const auto& block = result.blocks.back();
                    result.meta.emplace_back("markdown:heading",
                                             toUtf8(spanView(result.text, block.span)));
                }
            }
            break;
        case CMARK_NODE_ITEM:
            itemDepth += enter ? 1 : -1;
            break;
        case CMARK_NODE_CODE_BLOCK:
            builder.beginBlock(0, false);
            builder.append(cmark_node_get_literal(node), false);
            builder.endBlock();
            break;
        case CMARK_NODE_LINK:
            linkDepth += enter ? 1 : -1;
            if (enter && linkDepth == 1) {
                const char* url = cmark_node_get_url(node);
                if (url)
                    result.meta.emplace_back("link", url);
            }
            break;
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            builder.append(cmark_node_get_literal(node), linkDepth > 0);
            break;
        case CMARK_NODE_SOFTBREAK:
            builder.append(" ", linkDepth > 0);
            break;
        case CMARK_NODE_LINEBREAK:
            builder.appendBreak();
            break;
        default: // html blocks and inline html are not text; containers need nothing
            break;
        }
    }
    builder.endBlock();
    return result;
}

} // namespace dyad
