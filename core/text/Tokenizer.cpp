#include "core/text/Tokenizer.h"

#include "core/text/TextFolder.h"

#include <unicode/brkiter.h>
#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <mutex>

namespace dyad {

namespace {

/// ICU's root word break iterator, created once; each Tokenizer clones its own.
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

bool isAsciiLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isLetter(char32_t c) {
    return c < 0x80 ? isAsciiLetter(c) : u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool isSpace(char32_t c) {
    if (c < 0x80)
        return c == ' ' || (c >= 0x09 && c <= 0x0D);
    return u_isUWhiteSpace(static_cast<UChar32>(c));
}

TokenKind classify(std::u32string_view text) {
    bool letter = false;
    bool digit = false;
    for (char32_t c : text) {
        if (c < 0x80) {
            if (isAsciiLetter(c))
                return TokenKind::Word;
            digit |= c >= '0' && c <= '9';
        } else if (u_isalpha(static_cast<UChar32>(c))) {
            letter = true;
            break;
        } else if (u_isdigit(static_cast<UChar32>(c))) {
            digit = true;
        }
    }
    if (letter)
        return TokenKind::Word;
    return digit ? TokenKind::Number : TokenKind::Punctuation;
}

void setCase(bool& capitalized, bool& allCaps, std::u32string_view word) {
    bool hasUpper = false;
    bool hasLower = false;
    for (char32_t c : word) {
        if (c < 0x80) {
            hasUpper |= c >= 'A' && c <= 'Z';
            hasLower |= c >= 'a' && c <= 'z';
        } else {
            hasUpper |= u_isupper(static_cast<UChar32>(c)) != 0;
            hasLower |= u_islower(static_cast<UChar32>(c)) != 0;
        }
    }
    const char32_t first = word.front();
    capitalized = first < 0x80 ? (first >= 'A' && first <= 'Z')
                               : (u_isupper(static_cast<UChar32>(first)) ||
                                  u_istitle(static_cast<UChar32>(first)));
    allCaps = hasUpper && !hasLower;
}

void foldInto(std::u32string_view piece, std::u32string& out) {
    out.resize(piece.size());
    for (std::size_t i = 0; i < piece.size(); ++i)
        out[i] = TextFolder::fold(piece[i]);
}

/// The lower-case form of a German letter when it is an umlaut (or ß), else 0.
char32_t germanUmlaut(char32_t c) {
    switch (c) {
    case U'ä':
    case U'Ä':
        return U'ä';
    case U'ö':
    case U'Ö':
        return U'ö';
    case U'ü':
    case U'Ü':
        return U'ü';
    default:
        return 0;
    }
}

/// The lower-case short i when `c` is one ("й" is a letter of its own in Russian, not "и" with a
/// mark: "южной" has the adjective ending "-ой" the stemmer removes), else 0.
char32_t shortI(char32_t c) {
    return c == U'й' || c == U'Й' ? U'й' : 0;
}

/// French articles and pronouns that elide onto the next word.
constexpr std::array<std::u32string_view, 13> frenchElisions = {
    U"l'", U"d'",  U"j'",     U"m'",      U"n'",      U"s'",     U"t'",
    U"c'", U"qu'", U"jusqu'", U"lorsqu'", U"puisqu'", U"quoiqu'"};

} // namespace

/// What tokenize() reuses from call to call: the word iterator and the UTF-16 text it reads.
struct Tokenizer::Workspace {
    std::unique_ptr<icu::BreakIterator> words = newWordIterator();
    icu::UnicodeString utf16;
    std::vector<std::int32_t> toCodePoint;
    std::u32string stemKey;
};

Tokenizer::Tokenizer(std::string_view language)
    : m_stemmer(language)
    , m_keptLetter(language == "de"                                           ? germanUmlaut
                   : language == "ru" || language == "uk" || language == "be" ? shortI
                                                                              : nullptr)
    , m_splitsElision(language == "fr")
    , m_work(std::make_unique<Workspace>()) {}

Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

const std::u32string& Tokenizer::stem(std::u32string_view lowerCaseWord) const {
    auto it = m_stemCache.find(lowerCaseWord);
    if (it == m_stemCache.end())
        it =
            m_stemCache.emplace(std::u32string(lowerCaseWord), m_stemmer.stem(lowerCaseWord)).first;
    return it->second;
}

const std::u32string& Tokenizer::stemOf(std::u32string_view piece,
                                        const std::u32string& folded) const {
    if (!m_keptLetter)
        return stem(folded);
    // German: the stemmer reads the umlauts ("fördert" is not "fordert"); Russian: the short i
    // ("южной", "Саудовской").
    std::u32string& key = m_work->stemKey;
    key = folded;
    for (std::size_t i = 0; i < key.size() && i < piece.size(); ++i)
        if (const char32_t kept = m_keptLetter(piece[i]))
            key[i] = kept;
    return stem(key);
}

std::size_t Tokenizer::elisionLength(const std::u32string& folded) const {
    if (!m_splitsElision)
        return 0;
    for (std::u32string_view elision : frenchElisions)
        if (folded.size() > elision.size() && folded.starts_with(elision) &&
            isLetter(folded[elision.size()]))
            return elision.size();
    return 0;
}

std::vector<Token> Tokenizer::tokenize(std::u32string_view text, TextSpan range) const {
    if (range.isEmpty())
        range = {0, static_cast<std::int32_t>(text.size())};
    const std::u32string_view part = text.substr(static_cast<std::size_t>(range.start),
                                                 static_cast<std::size_t>(range.length()));
    std::vector<Token> tokens;
    if (part.empty() || !m_work->words)
        return tokens;

    // ICU works in UTF-16; map UTF-16 offsets back to code points when there are surrogates.
    Workspace& work = *m_work;
    const auto length = static_cast<int32_t>(part.size());
    bool astral = false;
    {
        UChar* buffer = work.utf16.getBuffer(length * 2);
        int32_t at = 0;
        for (char32_t c : part) {
            if (c < 0x10000 && !(c >= 0xD800 && c <= 0xDFFF)) {
                buffer[at++] = static_cast<UChar>(c);
            } else if (c <= 0x10FFFF && c >= 0x10000) {
                buffer[at++] = U16_LEAD(c);
                buffer[at++] = U16_TRAIL(c);
                astral = true;
            } else {
                buffer[at++] = 0xFFFD; // lone surrogate or out of range
            }
        }
        work.utf16.releaseBuffer(at);
    }
    const icu::UnicodeString& utf16 = work.utf16;
    if (astral) {
        work.toCodePoint.resize(static_cast<std::size_t>(utf16.length()) + 1);
        std::int32_t cp = 0;
        for (int32_t i = 0; i < utf16.length(); ++i) {
            work.toCodePoint[static_cast<std::size_t>(i)] = cp;
            if (!U16_IS_LEAD(utf16.charAt(i)) || i + 1 >= utf16.length() ||
                !U16_IS_TRAIL(utf16.charAt(i + 1)))
                ++cp;
        }
        work.toCodePoint[static_cast<std::size_t>(utf16.length())] = cp;
    }
    auto codePoint = [&](int32_t utf16Offset) {
        return astral ? work.toCodePoint[static_cast<std::size_t>(utf16Offset)] : utf16Offset;
    };

    tokens.reserve(part.size() / 5 + 4);
    icu::BreakIterator& iterator = *work.words;
    iterator.setText(utf16);
    int32_t start = iterator.first();
    for (int32_t end = iterator.next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator.next()) {
        const std::int32_t from = codePoint(start);
        const std::int32_t to = codePoint(end);
        const std::u32string_view piece =
            part.substr(static_cast<std::size_t>(from), static_cast<std::size_t>(to - from));
        if (piece.empty() || isSpace(piece.front()))
            continue;
        for (const Part& form : formsOf(piece).parts) {
            Token& token = tokens.emplace_back();
            token.span = {range.start + from + form.from, range.start + from + form.to};
            token.kind = form.kind;
            token.capitalized = form.capitalized;
            token.allCaps = form.allCaps;
            token.folded = form.folded;
            token.stem = form.stem ? std::u32string_view(*form.stem) : token.folded;
            token.foldedHash = form.foldedHash;
            token.stemHash = form.stemHash;
        }
    }
    return tokens;
}

const Tokenizer::Forms& Tokenizer::formsOf(std::u32string_view piece) const {
    auto it = m_forms.find(piece);
    if (it == m_forms.end())
        it = m_forms.emplace(std::u32string(piece), makeForms(piece)).first;
    return it->second;
}

Tokenizer::Forms Tokenizer::makeForms(std::u32string_view piece) const {
    Forms forms = splitForms(piece);
    for (Part& part : forms.parts) {
        part.foldedHash = textHash(part.folded);
        part.stemHash = part.stem ? textHash(*part.stem) : part.foldedHash;
    }
    return forms;
}

Tokenizer::Forms Tokenizer::splitForms(std::u32string_view piece) const {
    Forms forms;
    const auto length = static_cast<std::int32_t>(piece.size());
    Part first;
    first.to = length;
    first.kind = classify(piece);
    foldInto(piece, first.folded);
    if (first.kind != TokenKind::Word) {
        forms.parts.push_back(std::move(first));
        return forms;
    }
    // "l'Allemagne" -> "l'" + "Allemagne"
    std::u32string_view word = piece;
    if (const std::size_t elided = elisionLength(first.folded)) {
        Part article;
        article.to = static_cast<std::int32_t>(elided);
        article.folded = first.folded.substr(0, elided);
        setCase(article.capitalized, article.allCaps, piece.substr(0, elided));
        forms.parts.push_back(std::move(article));
        word.remove_prefix(elided);
        first.from = static_cast<std::int32_t>(elided);
        first.kind = classify(word);
        foldInto(word, first.folded);
    }
    // "Russia's" -> "Russia" + "'s"
    const bool possessive = first.folded.size() > 2 && first.folded.ends_with(U"'s");
    if (possessive) {
        first.to -= 2;
        first.folded.resize(first.folded.size() - 2);
    }
    setCase(first.capitalized, first.allCaps, word.substr(0, first.folded.size()));
    first.stem = &stemOf(word, first.folded);
    forms.parts.push_back(std::move(first));
    if (possessive) {
        Part mark;
        mark.from = length - 2;
        mark.to = length;
        mark.kind = TokenKind::Punctuation;
        mark.folded = U"'s";
        forms.parts.push_back(std::move(mark));
    }
    return forms;
}

void Tokenizer::releaseForms(std::size_t keepAtMost) const {
    if (m_forms.size() <= keepAtMost)
        return;
    m_forms.clear();
    m_stemCache.clear(); // the forms pointed into it; nothing else keeps its stems
}

std::size_t Tokenizer::formCount() const {
    return m_forms.size();
}

} // namespace dyad
