#pragma once

#include "core/util/TextSpan.h"

#include <string>
#include <string_view>

namespace dyad {

/// UTF-8 from code points (unpaired surrogates and values above U+10FFFF become U+FFFD).
std::string toUtf8(std::u32string_view text);
/// Code points from UTF-8; invalid sequences become U+FFFD, and `invalidCount`, when given,
/// counts them.
std::u32string fromUtf8(std::string_view text, std::size_t* invalidCount = nullptr);

/// UTF-8 of text[span]; empty when the span does not lie inside the text.
std::string sliceUtf8(std::u32string_view text, TextSpan span);

} // namespace dyad
