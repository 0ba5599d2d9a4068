#include "core/reading/DateLine.h"

#include "core/reading/DateVocabulary.h"
#include "core/reading/TextScan.h"

namespace dyad {

namespace {

const DateVocabulary& vocabulary() {
    static const DateVocabulary shared;
    return shared;
}

/// What a piece of a date line holds.
struct Piece {
    TextSpan span;
    int numbers = 0;
    int words = 0;
    bool year = false;     ///< a number 1900..2100 of four digits
    bool dateOnly = true;  ///< every word is a date word, a label or a time zone
    bool sentence = false; ///< ends like a sentence ("... he said.")
    bool byline = false;   ///< opens like a byline; it may carry the author's post ("Von
                           ///< Katrin Albers, Korrespondentin in Südamerika"), so be longer
};

/// Longest piece beside the date, in words: an outlet, a place, a byline.
constexpr int maxOtherWords = 5;
constexpr int maxBylineWords = 10;

bool isSeparator(std::u32string_view block, std::size_t i) {
    const char32_t c = block[i];
    if (c == 0xB7 || c == U'|' || c == 0x2022)
        return true;
    // A spaced dash: " - ", " – ", " — ".
    return (c == U'-' || c == 0x2013 || c == 0x2014) && i > 0 && i + 1 < block.size() &&
           isSpaceChar(block[i - 1]) && isSpaceChar(block[i + 1]);
}

bool isDateWord(std::u32string_view word, bool allCaps) {
    // Time zones and similar codes: "GMT", "SGT", "WIB", "МСК".
    if (allCaps && word.size() >= 2 && word.size() <= 4)
        return true;
    const auto* entry = vocabulary().find(DateVocabulary::hashFolded(word));
    if (!entry)
        return false;
    switch (entry->kind) {
    case DateWord::Month:
    case DateWord::Weekday:
    case DateWord::Ordinal:
    case DateWord::Joiner:
    case DateWord::WeekdayCue:
    case DateWord::SinceCue:
    case DateWord::Label:
        return true;
    case DateWord::None:
    case DateWord::RelativeDay:
    case DateWord::FutureCue:
    case DateWord::UntilCue:
        return false;
    }
    return false;
}

Piece measure(std::u32string_view block, TextSpan span) {
    Piece piece;
    piece.span = span;
    piece.byline = opensByline(foldedText(spanView(block, span).substr(0, 8)));
    auto i = static_cast<std::size_t>(span.start);
    const auto end = static_cast<std::size_t>(span.end);
    char32_t last = 0;
    while (i < end) {
        const char32_t c = block[i];
        if (isDigitChar(c)) {
            const std::size_t start = i;
            int value = 0;
            while (i < end && isDigitChar(block[i]) && i - start < 9)
                value = value * 10 + static_cast<int>(block[i++] - U'0');
            while (i < end && isDigitChar(block[i]))
                ++i;
            ++piece.numbers;
            if (i - start == 4 && value >= 1900 && value <= 2100)
                piece.year = true;
            last = c;
        } else if (isLetterChar(c)) {
            const std::size_t start = i;
            bool allCaps = true;
            while (i < end && isLetterChar(block[i])) {
                allCaps = allCaps && isUpperChar(block[i]);
                ++i;
            }
            ++piece.words;
            if (!isDateWord(block.substr(start, i - start), allCaps))
                piece.dateOnly = false;
            last = c;
        } else {
            if (!isSpaceChar(c) && c != U'*' && c != U'_')
                last = c;
            ++i;
        }
    }
    piece.sentence = (last == U'.' || last == U'!' || last == U'?') && piece.words > 3;
    return piece;
}

} // namespace

DateLineDetector::Result DateLineDetector::analyse(std::u32string_view block) const {
    Result result;
    if (block.size() > maxLength)
        return result;
    std::vector<Piece> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= block.size(); ++i) {
        if (i < block.size() && !isSeparator(block, i))
            continue;
        const TextSpan span =
            trimSpan(block, {static_cast<std::int32_t>(start), static_cast<std::int32_t>(i)});
        if (!span.isEmpty())
            pieces.push_back(measure(block, span));
        start = i + 1;
    }
    bool dated = false;
    for (const Piece& piece : pieces) {
        const bool date = piece.numbers > 0 && piece.dateOnly;
        if (date) {
            dated = dated || piece.year;
            continue;
        }
        if (piece.words > (piece.byline ? maxBylineWords : maxOtherWords) || piece.sentence)
            return result;
        result.otherPieces.push_back(piece.span);
    }
    result.dateLine = dated;
    if (!dated)
        result.otherPieces.clear();
    return result;
}

} // namespace dyad
