#include "core/reading/SentenceSegmenter.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace dyad {

namespace {

const std::map<std::string, std::vector<std::string>, std::less<>>& abbreviationTable() {
    static const std::map<std::string, std::vector<std::string>, std::less<>> table{
        {"en", {"Mr.",   "Mrs.", "Ms.",  "Dr.",  "Prof.",   "Gen.",  "Col.",  "Lt.",  "Sgt.",
                "Capt.", "Rep.", "Sen.", "Gov.", "Pres.",   "St.",   "Jan.",  "Feb.", "Mar.",
                "Apr.",  "Jun.", "Jul.", "Aug.", "Sep.",    "Sept.", "Oct.",  "Nov.", "Dec.",
                "U.S.",  "U.N.", "U.K.", "E.U.", "No.",     "Inc.",  "Corp.", "Ltd.", "Jr.",
                "Sr.",   "vs.",  "Mt.",  "Ft.",  "approx.", "Adm.",  "Maj.",  "Rev.", "Hon."}},
        {"es",
         {"Sr.",    "Sra.", "Srta.", "Dr.",   "Dra.",  "Excmo.", "Excma.",  "EXCMO.", "Ilmo.",
          "Ilma.",  "Lic.", "Ing.",  "Gral.", "Cnel.", "EE.UU.", "EE. UU.", "pág.",   "núm.",
          "aprox.", "Av.",  "ene.",  "feb.",  "mar.",  "abr.",   "jun.",    "jul.",   "ago.",
          "sept.",  "oct.", "nov.",  "dic.",  "Sto.",  "Sta.",   "Ud.",     "Uds.",   "Mons."}},
        {"ru", {"т.е.",  "т.к.", "т.д.",  "т.п.",  "г.",  "гг.",  "им.",   "ул.",  "др.",   "пр.",
                "тыс.",  "млн.", "млрд.", "руб.",  "ст.", "янв.", "февр.", "авг.", "сент.", "окт.",
                "нояб.", "дек.", "проф.", "акад.", "д.",  "с.",   "см.",   "напр."}},
        {"de", {"Dr.",  "Prof.", "z.B.", "bzw.", "ca.",   "Nr.",  "Hr.",  "Fr.",   "St.",
                "d.h.", "u.a.",  "z.T.", "v.a.", "Jan.",  "Feb.", "Aug.", "Sept.", "Okt.",
                "Nov.", "Dez.",  "Mio.", "Mrd.", "evtl.", "ggf.", "inkl."}},
        {"fr",
         {"M.",   "MM.",   "Mme.",  "Mmes.", "Mlle.", "Dr.",  "av.", "p.ex.", "janv.", "févr.",
          "avr.", "juil.", "sept.", "oct.",  "nov.",  "déc.", "St.", "Ste.",  "env.",  "Pr."}},
    };
    return table;
}

/// German words that start a sentence after a number ("... auf 12. Die Regierung ..."): after
/// "<1-3 digits>." any other capitalised word is taken as the noun of an ordinal ("zum 70.
/// Jahrestag", "am 9. Dezember", "der 3. Oktober"), folded (foldChar).
const std::vector<std::u32string>& germanSentenceStarters() {
    static const std::vector<std::u32string> words{
        U"der",
        U"die",
        U"das",
        U"den",
        U"dem",
        U"des",
        U"ein",
        U"eine",
        U"einer",
        U"eines",
        U"einem",
        U"einen",
        U"er",
        U"sie",
        U"es",
        U"wir",
        U"ich",
        U"ihr",
        U"man",
        U"am",
        U"im",
        U"in",
        U"an",
        U"auf",
        U"aus",
        U"bei",
        U"mit",
        U"nach",
        U"von",
        U"vom",
        U"zu",
        U"zum",
        U"zur",
        U"fur",
        U"uber",
        U"unter",
        U"vor",
        U"seit",
        U"bis",
        U"als",
        U"wie",
        U"was",
        U"wer",
        U"wo",
        U"wann",
        U"warum",
        U"doch",
        U"aber",
        U"und",
        U"oder",
        U"dann",
        U"danach",
        U"damit",
        U"dabei",
        U"daher",
        U"deshalb",
        U"so",
        U"auch",
        U"zudem",
        U"nun",
        U"jetzt",
        U"heute",
        U"gestern",
        U"dies",
        U"diese",
        U"dieser",
        U"dieses",
        U"diesem",
        U"diesen",
        U"laut",
        U"nur",
        U"noch",
        U"schon",
        U"bereits",
        U"zuvor",
        U"zugleich",
        U"anschliessend",
        U"ausserdem",
        U"insgesamt",
        U"trotzdem",
        U"allerdings",
        U"jedoch",
        U"inzwischen",
        U"nachdem",
        U"wahrend",
        U"weil",
        U"wenn",
        U"ob",
        U"kein",
        U"keine",
        U"alle",
        U"viele",
        U"einige",
        U"mehr",
    };
    return words;
}

/// Prototype iterators per language, built once and cloned per segmenter.
icu::BreakIterator* cloneFor(const std::string& language) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;
    std::lock_guard lock(mutex);
    auto& prototype = prototypes[language];
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(language.empty() ? "en" : language.c_str());
        std::unique_ptr<icu::BreakIterator> base(
            icu::BreakIterator::createSentenceInstance(locale, status));
        if (U_FAILURE(status) || !base)
            return nullptr;
        std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
            icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
        if (U_SUCCESS(status) && builder) {
            for (const auto& abbreviation : SentenceSegmenter::abbreviations(language))
                builder->suppressBreakAfter(icu::UnicodeString::fromUTF8(abbreviation), status);
            status = U_ZERO_ERROR;
            icu::BreakIterator* filtered = builder->wrapIteratorWithFilter(base.release(), status);
            if (U_FAILURE(status) || !filtered)
                return nullptr;
            prototype.reset(filtered);
        } else {
            prototype = std::move(base);
        }
    }
    return prototype->clone();
}

} // namespace

struct SentenceSegmenter::Impl {
    std::unique_ptr<icu::BreakIterator> iterator;
    std::u16string units;
    icu::UnicodeString buffer;
    std::vector<std::int32_t> codePointAt; ///< UTF-16 index -> code point offset in the block
};

SentenceSegmenter::SentenceSegmenter(std::string_view language)
    : m_german(language == "de")
    , m_impl(std::make_unique<Impl>()) {
    m_impl->iterator.reset(cloneFor(std::string(language)));
    for (const auto& abbreviation : abbreviations(language))
        m_abbreviations.push_back(fromUtf8(abbreviation));
}

SentenceSegmenter::~SentenceSegmenter() = default;

const std::vector<std::string>& SentenceSegmenter::abbreviations(std::string_view language) {
    const auto& table = abbreviationTable();
    const auto it = table.find(language);
    return it == table.end() ? table.at("en") : it->second;
}

void SentenceSegmenter::segment(std::u32string_view text, TextSpan span, std::int32_t blockIndex,
                                std::vector<Sentence>& out) {
    span = trimSpan(text, span);
    if (span.isEmpty())
        return;
    auto& units = m_impl->units;
    auto& map = m_impl->codePointAt;
    units.clear();
    map.clear();
    for (std::int32_t i = span.start; i < span.end; ++i) {
        char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029)
            c = U' '; // a line break inside a block is not a paragraph end
        if (c >= 0x10000) {
            units.push_back(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            units.push_back(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
            map.push_back(i);
            map.push_back(i);
        } else {
            units.push_back(static_cast<char16_t>(c));
            map.push_back(i);
        }
    }
    map.push_back(span.end);
    auto& buffer = m_impl->buffer;
    buffer.setTo(false, units.data(), static_cast<int32_t>(units.size())); // read-only alias
    auto* iterator = m_impl->iterator.get();
    if (!iterator) {
        out.push_back({span, blockIndex});
        return;
    }
    iterator->setText(buffer);
    const std::size_t firstOfBlock = out.size();
    std::int32_t start = iterator->first();
    for (std::int32_t end = iterator->next(); end != icu::BreakIterator::DONE;
         start = end, end = iterator->next()) {
        const TextSpan sentence = trimSpan(
            text, {map[static_cast<std::size_t>(start)], map[static_cast<std::size_t>(end)]});
        if (sentence.isEmpty())
            continue;
        if (out.size() > firstOfBlock && continuesSentence(text, out.back().span, sentence)) {
            out.back().span.end = sentence.end;
            continue;
        }
        out.push_back({sentence, blockIndex});
    }
}

bool SentenceSegmenter::isGermanOrdinal(std::u32string_view word) {
    // "9.", "70.", "(3." but not the year "2023." (four digits) nor "1.000." (a number).
    std::size_t start = 0;
    while (start < word.size() && (word[start] == U'(' || word[start] == U'"' ||
                                   word[start] == 0x201E || word[start] == 0x201C))
        ++start;
    const std::size_t digits = word.size() - start - 1;
    if (word.size() < start + 2 || word.back() != U'.' || digits > 3)
        return false;
    for (std::size_t i = start; i + 1 < word.size(); ++i)
        if (!isDigitChar(word[i]))
            return false;
    return true;
}

bool SentenceSegmenter::startsGermanSentence(std::u32string_view text, TextSpan next) {
    std::int32_t end = next.start;
    while (end < next.end && isLetterChar(text[static_cast<std::size_t>(end)]))
        ++end;
    if (end == next.start)
        return true; // a quotation, a number, a dash: no ordinal's noun
    const std::u32string word = foldedText(spanView(text, {next.start, end}));
    const auto& starters = germanSentenceStarters();
    return std::find(starters.begin(), starters.end(), word) != starters.end();
}

bool SentenceSegmenter::continuesSentence(std::u32string_view text, TextSpan previous,
                                          TextSpan next) const {
    // A quotation ending in ? or ! followed by a lower-case word: "Why?" she asked.
    const char32_t first = text[static_cast<std::size_t>(next.start)];
    if (isLetterChar(first) && !isUpperChar(first) && lowerChar(first) == first)
        return true;
    // An abbreviation ICU's suppressions missed: the last word of `previous`.
    std::int32_t wordStart = previous.end;
    while (wordStart > previous.start &&
           !isSpaceChar(text[static_cast<std::size_t>(wordStart - 1)]))
        --wordStart;
    const std::u32string_view last = spanView(text, {wordStart, previous.end});
    if (m_german && isGermanOrdinal(last) && !startsGermanSentence(text, next))
        return true;
    for (const auto& abbreviation : m_abbreviations)
        if (last == abbreviation)
            return true;
    return false;
}

} // namespace dyad
