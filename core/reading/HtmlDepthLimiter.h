#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

/// Guards the HTML parser against absurd nesting: gumbo's tree construction is quadratic in
/// the depth of open elements (100,000 nested divs take half a minute), so tags opened deeper
/// than a limit, and their closing tags, are dropped before parsing. Their text is kept.
class HtmlDepthLimiter {
public:
    static constexpr std::size_t defaultMaxDepth = 512;

    explicit HtmlDepthLimiter(std::size_t maxDepth = defaultMaxDepth)
        : m_maxDepth(maxDepth) {}

    /// The HTML with the too-deep tags removed, or nothing when no tag is deeper than the limit.
    /// `dropped` counts the opening tags removed.
    std::optional<std::string> limit(std::string_view html, std::size_t& dropped) const;

private:
    std::size_t m_maxDepth;
};

} // namespace dyad
