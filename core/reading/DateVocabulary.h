#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

/// What a word means to the date finder.
enum class DateWord : std::uint8_t {
    None,
    Month,       ///< value 1..12
    Weekday,     ///< value 0 (Sunday) .. 6 (Saturday)
    RelativeDay, ///< value: days from the publication date (today 0, yesterday -1, ...)
    Ordinal,     ///< "st", "nd", "rd", "th", "er" after a day number
    Joiner,      ///< "de", "del", "of", "года", "г" between the parts of a date
    WeekdayCue,  ///< "on", "el", "este", "в", "am", "ce" before a weekday; value: +1 for "next",
                 ///< -1 for "last", 0 otherwise
    FutureCue,   ///< "will", "expected", "próximo", "будет", "wird", "prochain", ...
    UntilCue,    ///< "until", "hasta", "до", "bis", "jusqu" (a year after it is a limit)
    SinceCue,    ///< "since", "desde", "с", "seit", "depuis", "in", "en", "в", "im"
    Label, ///< words of a date line only: "Published", "Actualizado", "Опубликовано",
           ///< "Veröffentlicht", "Uhr", weekday abbreviations ("Sat"); never a date
};

/// Languages as bits, for words that count in some languages only.
namespace DateLanguage {
inline constexpr std::uint8_t en = 1, es = 2, ru = 4, de = 8, fr = 16, other = 32, all = 0x3F;
/// The bit of an ISO 639-1 code ("other" for any language without month abbreviations).
std::uint8_t of(std::string_view language);
} // namespace DateLanguage

/// A multi-word relative period ("last month", "el año pasado", "в прошлом году").
struct PeriodPhrase {
    std::vector<std::uint64_t> words; ///< hashes of the folded words, in order
    bool year = false;                ///< a year (true) or a month (false)
    int offset = 0;                   ///< -1 last, 0 this, +1 next
    std::uint32_t letters = 0;        ///< folded letters, to compare spans
};

/// Month names (with their abbreviations per language), weekdays, relative-day words, cues and
/// period phrases of en/es/ru/de/fr (every grammatical case used in dates: "февраля", "в среду"),
/// keyed by the hash of the folded word.
class DateVocabulary {
public:
    struct Entry {
        DateWord kind = DateWord::None;
        std::int8_t value = 0;
        bool capitalOnly = false;  ///< English names need a capital ("May", not "may")
        bool abbreviation = false; ///< only inside a date ("Nov. 2"), never alone
        const char* language = ""; ///< "" for any; else the only language it counts in
        /// Month abbreviations: the languages (DateLanguage bits) where the word counts
        /// capitalised ("Nov" everywhere, "Ago" in Spanish only) and in lower case ("ago",
        /// "dic", "sept" in Spanish; "фев." in Russian; never "may" or "mar" in English).
        std::uint8_t capitalIn = DateLanguage::all;
        std::uint8_t lowerIn = DateLanguage::all;
    };

    DateVocabulary();

    /// Hash of folded text (foldChar), as used for the lookups.
    static std::uint64_t hashFolded(std::u32string_view text);

    const Entry* find(std::uint64_t hash) const {
        const auto it = m_words.find(hash);
        return it == m_words.end() ? nullptr : &it->second;
    }
    const std::vector<PeriodPhrase>& phrasesStartingWith(std::uint64_t hash) const;

private:
    void add(const char* utf8, Entry entry);
    /// A month abbreviation of the languages `languages` (DateLanguage bits); merged with the
    /// same letters of other languages ("dec": English capitalised, French any case).
    void addAbbreviation(const char* utf8, int month, std::uint8_t languages);
    void addPhrase(std::initializer_list<const char*> words, bool year, int offset);

    std::unordered_map<std::uint64_t, Entry> m_words;
    std::unordered_map<std::uint64_t, std::vector<PeriodPhrase>> m_phrases;
};

} // namespace dyad
