#pragma once

#include "core/reading/Document.h"

#include <QList>
#include <QString>

#include <string>

namespace dyad::test {

inline std::u32string u32(const QString& text) {
    const auto ucs4 = text.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

inline QString qs(std::u32string_view text) {
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString spanText(const Document& document, TextSpan span) {
    return qs(
        std::u32string_view(document.text)
            .substr(static_cast<std::size_t>(span.start), static_cast<std::size_t>(span.length())));
}

} // namespace dyad::test
