#include "core/reading/TextDecoder.h"

#include "core/util/Utf.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

namespace dyad {

namespace {

struct Utf8Stats {
    std::size_t multiByte = 0;
    std::size_t invalid = 0;
};

/// Counts valid multi-byte sequences and invalid bytes (a quick structural check).
Utf8Stats utf8Stats(std::string_view bytes) {
    Utf8Stats stats;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        bool ok = length > 0 && i + static_cast<std::size_t>(length) <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + static_cast<std::size_t>(k)] & 0xC0) == 0x80;
        if (ok) {
            ++stats.multiByte;
            i += static_cast<std::size_t>(length);
        } else {
            ++stats.invalid;
            ++i;
        }
    }
    return stats;
}

std::u32string decodeUtf16(std::string_view bytes, bool littleEndian, std::size_t& invalid) {
    std::u32string out;
    out.reserve(bytes.size() / 2);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t units = bytes.size() / 2;
    auto unit = [&](std::size_t i) -> char32_t {
        return littleEndian ? static_cast<char32_t>(p[2 * i] | (p[2 * i + 1] << 8))
                            : static_cast<char32_t>((p[2 * i] << 8) | p[2 * i + 1]);
    };
    for (std::size_t i = 0; i < units; ++i) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
            const char32_t low = unit(i + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                out.push_back(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                ++i;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            out.push_back(0xFFFD);
            ++invalid;
        } else {
            out.push_back(u);
        }
    }
    if (bytes.size() % 2 != 0) {
        out.push_back(0xFFFD);
        ++invalid;
    }
    return out;
}

std::string detectCharset(std::string_view bytes, std::string_view declared) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                        &ucsdet_close);
    if (U_FAILURE(status))
        return "windows-1252";
    const auto length = static_cast<int32_t>(std::min<std::size_t>(bytes.size(), 1 << 20));
    ucsdet_setText(detector.get(), bytes.data(), length, &status);
    if (!declared.empty()) {
        const std::string name(declared);
        ucsdet_setDeclaredEncoding(detector.get(), name.c_str(), static_cast<int32_t>(name.size()),
                                   &status);
    }
    int32_t count = 0;
    const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status) || count == 0)
        return "windows-1252";
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode nameStatus = U_ZERO_ERROR;
        const char* name = ucsdet_getName(matches[i], &nameStatus);
        if (U_FAILURE(nameStatus) || !name)
            continue;
        const std::string_view candidate(name);
        // Multi-byte charsets other than UTF-8 are not expected without a byte order mark.
        if (candidate == "UTF-8" || candidate.starts_with("UTF-16") ||
            candidate.starts_with("UTF-32") || candidate == "Shift_JIS" || candidate == "GB18030" ||
            candidate == "EUC-JP" || candidate == "EUC-KR" || candidate == "Big5" ||
            candidate.starts_with("ISO-2022"))
            continue;
        // ISO-8859-1 as reported by ucsdet is better decoded as its superset windows-1252.
        if (candidate == "ISO-8859-1")
            return "windows-1252";
        return std::string(candidate);
    }
    return "windows-1252";
}

std::u32string convertLegacy(std::string_view bytes, const std::string& charset,
                             std::size_t& invalid) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
        ucnv_open(charset.c_str(), &status), &ucnv_close);
    if (U_FAILURE(status))
        return fromUtf8(bytes, &invalid);
    std::vector<UChar> utf16(bytes.size() + 1);
    const int32_t length =
        ucnv_toUChars(converter.get(), utf16.data(), static_cast<int32_t>(utf16.size()),
                      bytes.data(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return fromUtf8(bytes, &invalid);
    std::u32string out;
    out.reserve(static_cast<std::size_t>(length));
    for (int32_t i = 0; i < length; ++i) {
        char32_t c = utf16[static_cast<std::size_t>(i)];
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < length) {
            const char32_t low = utf16[static_cast<std::size_t>(i + 1)];
            if (low >= 0xDC00 && low <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                ++i;
            }
        }
        if (c == 0xFFFD || c == 0x1A) {
            c = 0xFFFD;
            ++invalid;
        }
        out.push_back(c);
    }
    return out;
}

} // namespace

std::string TextDecoder::declaredHtmlCharset(std::string_view bytes) {
    std::string head(bytes.substr(0, 4096));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; });
    const auto at = head.find("charset=");
    if (at == std::string::npos)
        return {};
    std::size_t i = at + 8;
    while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' '))
        ++i;
    std::string name;
    while (i < head.size() && name.size() < 40 &&
           (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_'))
        name.push_back(head[i++]);
    return name;
}

DecodedText TextDecoder::decode(std::string_view bytes, std::string_view declaredEncoding) const {
    DecodedText result;
    if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
        static_cast<unsigned char>(bytes[1]) == 0xBB &&
        static_cast<unsigned char>(bytes[2]) == 0xBF) {
        result.encoding = "UTF-8";
        result.text = fromUtf8(bytes.substr(3), &result.invalidCount);
        return result;
    }
    if (bytes.size() >= 2) {
        const auto b0 = static_cast<unsigned char>(bytes[0]);
        const auto b1 = static_cast<unsigned char>(bytes[1]);
        if ((b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF)) {
            const bool little = b0 == 0xFF;
            result.encoding = little ? "UTF-16LE" : "UTF-16BE";
            result.text = decodeUtf16(bytes.substr(2), little, result.invalidCount);
            return result;
        }
    }
    const Utf8Stats stats = utf8Stats(bytes);
    // Valid UTF-8, or UTF-8 with a few broken sequences: legacy text has (almost) no valid
    // multi-byte sequences, since its accented letters are followed by ASCII letters.
    if (stats.invalid == 0 || stats.multiByte >= stats.invalid) {
        result.encoding = "UTF-8";
        result.text = fromUtf8(bytes, &result.invalidCount);
        return result;
    }
    result.encoding = detectCharset(bytes, declaredEncoding);
    result.text = convertLegacy(bytes, result.encoding, result.invalidCount);
    return result;
}

} // namespace dyad
