#include "core/reading/MarkdownExtractor.h"

#include "core/reading/SourceAligner.h"
#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <cmark.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace dyad {

namespace {

class Builder {
public:
    explicit Builder(ExtractedText& out)
        : m_out(out) {}

    /// `node`: the cmark block the text comes from (its source position bounds the alignment).
    void beginBlock(std::uint8_t headingLevel, bool listItem, cmark_node* node = nullptr) {
        endBlock();
        m_open = true;
        m_node = node;
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
        m_sourceNodes.push_back(m_node);
    }

    /// The cmark block of each block of the text (null for text outside one).
    const std::vector<cmark_node*>& sourceNodes() const { return m_sourceNodes; }

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
    cmark_node* m_node = nullptr;
    std::vector<cmark_node*> m_sourceNodes;
};

/// Code point offsets of the start of each line of `source` (cmark's lines end at LF, CR LF
/// or CR), and one past the end.
std::vector<std::int32_t> lineStarts(std::u32string_view source) {
    std::vector<std::int32_t> starts{0};
    for (std::size_t i = 0; i < source.size(); ++i) {
        if (source[i] == U'\r' && i + 1 < source.size() && source[i + 1] == U'\n')
            ++i;
        if (source[i] == U'\n' || source[i] == U'\r')
            starts.push_back(static_cast<std::int32_t>(i + 1));
    }
    starts.push_back(static_cast<std::int32_t>(source.size()));
    return starts;
}

/// Maps each code point of the rendered text to the Markdown source: each block is aligned
/// greedily within the source lines of its cmark node (markup skipped), separators map to the
/// next block.
void mapToSource(ExtractedText& result, std::string_view utf8,
                 const std::vector<cmark_node*>& nodes) {
    const std::u32string source = fromUtf8(utf8);
    const std::vector<std::int32_t> index = SourceAligner::codePointIndex(utf8);
    const std::vector<std::int32_t> lines = lineStarts(source);
    const auto lastLine = static_cast<int>(lines.size()) - 2;
    // cmark columns are 1-based bytes within the line.
    auto position = [&](int line, int column) -> std::int32_t {
        line = std::clamp(line - 1, 0, std::max(lastLine, 0));
        const std::int32_t lineStart = lines[static_cast<std::size_t>(line)];
        if (index.empty())
            return lineStart + std::max(column - 1, 0);
        // Byte offset of the line start, then back to code points.
        const auto byteStart = static_cast<std::size_t>(
            std::lower_bound(index.begin(), index.end() - 1, lineStart) - index.begin());
        const std::size_t byte =
            std::min(byteStart + static_cast<std::size_t>(std::max(column - 1, 0)), utf8.size());
        return index[byte];
    };
    result.sourceOffsets.assign(result.text.size(), -1);
    const auto sourceSize = static_cast<std::int32_t>(source.size());
    std::int32_t previousEnd = 0;
    for (std::size_t i = 0; i < result.blocks.size(); ++i) {
        TextSpan range{previousEnd, sourceSize};
        if (i < nodes.size() && nodes[i]) {
            cmark_node* node = nodes[i];
            range.start =
                position(cmark_node_get_start_line(node), cmark_node_get_start_column(node));
            // The end column is the block's last byte; extend to the end of that line.
            const int endLine = std::clamp(cmark_node_get_end_line(node), 1, lastLine + 1);
            range.end = lines[static_cast<std::size_t>(endLine)];
            if (range.end < range.start)
                range.end = sourceSize;
            previousEnd = range.start;
        }
        SourceAligner::alignGreedy(result.text, result.blocks[i].span, source, range,
                                   result.sourceOffsets);
    }
    SourceAligner::fillGaps(result.sourceOffsets, sourceSize);
}

} // namespace

ExtractedText MarkdownExtractor::extract(std::string_view utf8) const {
    ExtractedText result;
    std::unique_ptr<cmark_node, decltype(&cmark_node_free)> root(
        cmark_parse_document(utf8.data(), utf8.size(), CMARK_OPT_SOURCEPOS), &cmark_node_free);
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
                builder.beginBlock(0, itemDepth > 0, node);
            else
                builder.endBlock();
            break;
        case CMARK_NODE_HEADING:
            if (enter) {
                builder.beginBlock(static_cast<std::uint8_t>(cmark_node_get_heading_level(node)),
                                   false, node);
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
            builder.beginBlock(0, false, node);
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
    mapToSource(result, utf8, builder.sourceNodes());
    return result;
}

} // namespace dyad
