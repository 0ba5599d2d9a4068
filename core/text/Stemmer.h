#pragma once

#include <memory>
#include <string>
#include <string_view>

struct sb_stemmer;

namespace dyad {

/// A Snowball stemmer for one language ("en", "es", "ru", "de", "fr", ...; ISO 639-1).
/// Languages Snowball does not know stem to the word itself. Not thread-safe: use one per
/// thread.
class Stemmer {
public:
    explicit Stemmer(std::string_view language);
    ~Stemmer();
    Stemmer(const Stemmer&) = delete;
    Stemmer& operator=(const Stemmer&) = delete;
    Stemmer(Stemmer&&) noexcept;
    Stemmer& operator=(Stemmer&&) noexcept;

    bool isActive() const { return m_stemmer != nullptr; }
    const std::string& language() const { return m_language; }
    /// The stem of a lower-case word. German stems keep the umlauts the word has ("fördert" ->
    /// "förd", "fordert" -> "ford"), where Snowball alone would drop them.
    std::u32string stem(std::u32string_view foldedWord) const;

private:
    std::string m_language;
    sb_stemmer* m_stemmer = nullptr;
};

} // namespace dyad
