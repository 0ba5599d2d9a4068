#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace dyad {

/// The markup of an article file.
enum class Format : std::uint8_t { PlainText, Markdown, Html };

/// The format of a file from its extension (.txt, .md/.markdown, .html/.htm, case-insensitive);
/// nothing for any other file.
std::optional<Format> formatForPath(std::string_view path);

} // namespace dyad
