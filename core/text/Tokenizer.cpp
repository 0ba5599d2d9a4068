#include "core/text/Tokenizer.h"

#include "core/text/TextFolder.h"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <mutex>

namespace dyad {

namespace {

/// ICU's root word break iterator, created once and cloned per call (cloning is cheap and
/// makes tokenize() safe to call from several Tokenizers on several threads).
std::unique_ptr<icu::BreakIterator> newWordIterator() {
    static std::once_flag once;
    static std::unique_ptr<icu::BreakIterator> prototype;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status))
            prototype.reset();
    });
    if (!prototype)
        return nullptr;
    return std::unique_ptr<icu::BreakIterator>(prototype->clone());
}

bool isSpace(char32_t c) {
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

TokenKind classify(std::u32string_view text) {
    bool letter = false;
    bool digit = false;
    for (char32_t c : text) {
        if (u_isalpha(static_cast<UChar32>(c)))
            letter = true;
        else if (u_isdigit(static_cast<UChar32>(c)))
            digit = true;
    }
    if (letter)
        return TokenKind::Word;
    return digit ? TokenKind::Number : TokenKind::Punctuation;
}

void setCase(Token& token, std::u32string_view word) {
    bool hasUpper = false;
    bool hasLower = false;
    for (char32_t c : word) {
        hasUpper |= u_isupper(static_cast<UChar32>(c)) != 0;
        hasLower |= u_islower(static_cast<UChar32>(c)) != 0;
    }
    const auto first = static_cast<UChar32>(word.front());
    token.capitalized = u_isupper(first) || u_istitle(first);
    token.allCaps = hasUpper && !hasLower;
}

} // namespace

Tokenizer::Tokenizer(std::string_view language)
    : m_stemmer(language) {}

Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

const std::u32string& Tokenizer::stem(const std::u32string& foldedWord) const {
    auto it = m_stemCache.find(foldedWord);
    if (it == m_stemCache.end())
        it = m_stemCache.emplace(foldedWord, m_stemmer.stem(foldedWord)).first;
    return it->second;
}

std::vector<Token> Tokenizer::tokenize(std::u32string_view text, TextSpan range) const {
    if (range.isEmpty())
        range = {0, static_cast<std::int32_t>(text.size())};
    const std::u32string_view part = text.substr(static_cast<std::size_t>(range.start),
                                                 static_cast<std::size_t>(range.length()));
    std::vector<Token> tokens;
    if (part.empty())
        return tokens;

    // ICU works in UTF-16; map UTF-16 offsets back to code points.
    icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
        reinterpret_cast<const UChar32*>(part.data()), static_cast<int32_t>(part.size()));
    std::vector<std::int32_t> toCodePoint;
    const bool astral = utf16.length() != static_cast<int32_t>(part.size());
    if (astral) {
        toCodePoint.resize(static_cast<std::size_t>(utf16.length()) + 1);
        std::int32_t cp = 0;
        for (int32_t i = 0; i < utf16.length(); ++i) {
            toCodePoint[static_cast<std::size_t>(i)] = cp;
            if (!U16_IS_LEAD(utf16.charAt(i)) || i + 1 >= utf16.length() ||
                !U16_IS_TRAIL(utf16.charAt(i + 1)))
                ++cp;
        }
        toCodePoint[static_cast<std::size_t>(utf16.length())] = cp;
    }
    auto codePoint = [&](int32_t utf16Offset) {
        return astral ? toCodePoint[static_cast<std::size_t>(utf16Offset)] : utf16Offset;
    };

    auto iterator = newWordIterator();
    if (!iterator)
        return tokens;
    iterator->setText(utf16);
    int32_t start = iterator->first();
    for (int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        const std::int32_t from = codePoint(start);
        const std::int32_t to = codePoint(end);
        const std::u32string_view piece =
            part.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
        if (piece.empty() || isSpace(piece.front()))
            continue;
        Token token;
        token.span = {range.start + from, range.start + to};
        token.kind = classify(piece);
        token.folded = TextFolder::fold(piece);
        if (token.kind != TokenKind::Word) {
            token.stem = token.folded;
            tokens.push_back(std::move(token));
            continue;
        }
        // "Russia's" -> "Russia" + "'s"
        const bool possessive = token.folded.size() > 2 && token.folded.ends_with(U"'s");
        if (possessive) {
            token.span.end -= 2;
            token.folded.resize(token.folded.size() - 2);
        }
        setCase(token, piece.substr(0, token.folded.size()));
        token.stem = stem(token.folded);
        tokens.push_back(std::move(token));
        if (possessive) {
            Token mark;
            mark.span = {tokens.back().span.end, tokens.back().span.end + 2};
            mark.kind = TokenKind::Punctuation;
            mark.folded = U"'s";
            mark.stem = mark.folded;
            tokens.push_back(std::move(mark));
        }
    }
    return tokens;
}

} // namespace dyad
