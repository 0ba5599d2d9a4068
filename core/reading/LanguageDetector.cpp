#include "core/reading/LanguageDetector.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <mutex>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace CLD2 {
const char* LanguageCode(Language lang);
}

namespace dyad {

namespace {

/// CLD2 allocates and frees a scoring buffer of about 100 KB on every call; with glibc's default
/// trim threshold the heap is then shrunk and grown again for every document, which cost more
/// than the detection itself. Keeping up to 16 MB of free heap avoids that churn.
void keepHeapForDetection() {
#ifdef __GLIBC__
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024); });
#endif
}

} // namespace

LanguageDetector::LanguageDetector() {
    keepHeapForDetection();
}

namespace {

/// `utf8` cut to at most `maxBytes`, before the word that crosses the limit (or at least not
/// inside a UTF-8 sequence).
std::string_view sample(std::string_view utf8, std::size_t maxBytes) {
    std::size_t length = std::min<std::size_t>(utf8.size(), maxBytes);
    if (length < utf8.size()) {
        std::size_t space = length;
        while (space > length / 2 && utf8[space] != ' ' && utf8[space] != '\n')
            --space;
        if (space > length / 2)
            length = space;
        while (length > 0 && (static_cast<unsigned char>(utf8[length]) & 0xC0) == 0x80)
            --length;
    }
    return utf8.substr(0, length);
}

CLD2::Language detectSample(std::string_view text, bool& reliable) {
    int validPrefix = 0;
    reliable = false;
    return CLD2::DetectLanguageCheckUTF8(text.data(), static_cast<int>(text.size()), true,
                                         &reliable, &validPrefix);
}

} // namespace

std::string LanguageDetector::detect(std::string_view utf8, std::string_view hint,
                                     std::size_t maxBytes) const {
    std::string declared;
    for (char c : hint.substr(0, std::min<std::size_t>(hint.find_first_of("-_"), hint.size())))
        declared.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    const std::string_view text = sample(utf8, maxBytes);
    if (text.empty())
        return declared.size() == 2 ? declared : "und";
    bool reliable = false;
    const CLD2::Language language = detectSample(text, reliable);
    const char* code = CLD2::LanguageCode(language);
    std::string result = code ? code : "un";
    if (language == CLD2::UNKNOWN_LANGUAGE || result == "un" || result.empty() ||
        (!reliable && declared.size() == 2))
        return declared.size() == 2 ? declared : "und";
    if (result.size() > 2 && result[2] == '-')
        result.resize(2); // "zh-Hant"
    return result;
}

} // namespace dyad
