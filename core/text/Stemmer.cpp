#include "core/text/Stemmer.h"

#include "core/util/Utf.h"

#include <libstemmer.h>

#include <utility>

namespace dyad {

namespace {

const char* snowballName(std::string_view language) {
    struct Entry {
        std::string_view iso;
        const char* snowball;
    };
    static constexpr Entry table[] = {
        {"en", "english"},   {"es", "spanish"},   {"ru", "russian"},    {"de", "german"},
        {"fr", "french"},    {"it", "italian"},   {"pt", "portuguese"}, {"nl", "dutch"},
        {"sv", "swedish"},   {"no", "norwegian"}, {"da", "danish"},     {"fi", "finnish"},
        {"hu", "hungarian"}, {"ro", "romanian"},  {"tr", "turkish"},
    };
    for (const Entry& entry : table) {
        if (entry.iso == language)
            return entry.snowball;
    }
    return nullptr;
}

/// The letter an umlaut loses it to ("ö" -> "o"), or 0.
char32_t withoutUmlaut(char32_t c) {
    switch (c) {
    case U'ä':
        return U'a';
    case U'ö':
        return U'o';
    case U'ü':
        return U'u';
    default:
        return 0;
    }
}

/// Snowball's German stemmer ends by replacing umlauts with plain vowels (and "ß" with "ss");
/// put back the umlauts of `word` where the stem still follows it letter by letter.
std::u32string restoreUmlauts(std::u32string_view word, std::u32string stem) {
    std::size_t at = 0;
    for (std::size_t i = 0; i < word.size() && at < stem.size(); ++i) {
        const char32_t c = word[i];
        if (withoutUmlaut(c) != 0 && stem[at] == withoutUmlaut(c)) {
            stem[at++] = c;
        } else if (c == U'ß' && stem.compare(at, 2, U"ss") == 0) {
            at += 2;
        } else if (stem[at] == c) {
            ++at;
        } else {
            break;
        }
    }
    return stem;
}

} // namespace

Stemmer::Stemmer(std::string_view language)
    : m_language(language) {
    if (const char* name = snowballName(language))
        m_stemmer = sb_stemmer_new(name, "UTF_8");
}

Stemmer::~Stemmer() {
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

Stemmer::Stemmer(Stemmer&& other) noexcept
    : m_language(std::move(other.m_language))
    , m_stemmer(std::exchange(other.m_stemmer, nullptr)) {}

Stemmer& Stemmer::operator=(Stemmer&& other) noexcept {
    if (this != &other) {
        if (m_stemmer)
            sb_stemmer_delete(m_stemmer);
        m_language = std::move(other.m_language);
        m_stemmer = std::exchange(other.m_stemmer, nullptr);
    }
    return *this;
}

std::u32string Stemmer::stem(std::u32string_view foldedWord) const {
    if (!m_stemmer || foldedWord.empty())
        return std::u32string(foldedWord);
    const std::string utf8 = toUtf8(foldedWord);
    const sb_symbol* result = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol*>(utf8.data()), static_cast<int>(utf8.size()));
    if (!result)
        return std::u32string(foldedWord);
    const int length = sb_stemmer_length(m_stemmer);
    std::u32string stem = fromUtf8(
        std::string_view(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length)));
    if (m_language == "de")
        return restoreUmlauts(foldedWord, std::move(stem));
    return stem;
}

} // namespace dyad
