#pragma once

#include "core/util/TextSpan.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Maps text rendered from markup back to the markup's source text, code point by code point
/// (the offsets behind Document::sourceOffsets).
class SourceAligner {
public:
    /// How far (code points) a rendered character is looked for past the source cursor.
    static constexpr std::size_t searchWindow = 256;

    /// For each byte offset of `utf8` (and one past the end), the code point offset it falls
    /// in; empty when every byte is ASCII (byte offset == code point offset).
    static std::vector<std::int32_t> codePointIndex(std::string_view utf8);

    /// Aligns `rendered[renderedSpan]` greedily, in order, to `source[sourceRange]`: each
    /// rendered character takes the next source position holding it (looked for at most
    /// `window` code points ahead), markup between is
    /// skipped; white space matches any white space, a character reference ("&rsquo;",
    /// "&#39;") matches the character it stands for. Writes `offsets[i]` for i in
    /// renderedSpan (offsets has one entry per rendered code point).
    static void alignGreedy(std::u32string_view rendered, TextSpan renderedSpan,
                            std::u32string_view source, TextSpan sourceRange,
                            std::vector<std::int32_t>& offsets, std::size_t window = searchWindow);

    /// Replaces every negative entry (characters inserted by the extractor) by the next
    /// known offset, or by the previous one at the end; clamps to [0, sourceSize].
    static void fillGaps(std::vector<std::int32_t>& offsets, std::int32_t sourceSize);

    /// Code points of the character reference starting at `source[at]` ("&amp;" is 5), or 0
    /// when none starts there. `decoded` receives the character of a numeric reference or
    /// of &amp; &lt; &gt; &quot; &apos; &nbsp;, else 0.
    static std::size_t referenceLength(std::u32string_view source, std::size_t at,
                                       char32_t& decoded);
};

} // namespace dyad
