#include "core/store/SearchFolding.h"

#include <unicode/unistr.h>

namespace dyad {

std::string foldForSearch(std::string_view utf8) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
    text.foldCase();
    std::string result;
    text.toUTF8String(result);
    return result;
}

} // namespace dyad
