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
    return fromUtf8(
        std::string_view(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length)));
}

} // namespace dyad
