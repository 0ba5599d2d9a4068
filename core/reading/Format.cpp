#include "core/reading/Format.h"

#include <algorithm>
#include <string>

namespace dyad {

std::optional<Format> formatForPath(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    const auto name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0)
        return std::nullopt;
    std::string extension(name.substr(dot + 1));
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    if (extension == "txt")
        return Format::PlainText;
    if (extension == "md" || extension == "markdown")
        return Format::Markdown;
    if (extension == "html" || extension == "htm")
        return Format::Html;
    return std::nullopt;
}

} // namespace dyad
