#pragma once

#include <string>
#include <string_view>

namespace dyad {

/// Text folded for case-insensitive search (Unicode case folding, UTF-8 in and out), so that
/// "Sanctions", "SANCTIONS" and "sanctions" all match "sanctions".
std::string foldForSearch(std::string_view utf8);

} // namespace dyad
