#include "core/reading/DateExpressionFinder.h"

#include "core/reading/TextScan.h"

#include <optional>

namespace dyad {

namespace {

enum class TokenType : std::uint8_t { Word, Number, Punct };

struct KnownHashes {
    std::uint64_t aujourd = DateVocabulary::hashFolded(U"aujourd");
    std::uint64_t hui = DateVocabulary::hashFolded(U"hui");
    std::uint64_t avant = DateVocabulary::hashFolded(U"avant");
    std::uint64_t hier = DateVocabulary::hashFolded(U"hier");
    std::uint64_t manana = DateVocabulary::hashFolded(U"manana");
    std::uint64_t la = DateVocabulary::hashFolded(U"la");
    std::uint64_t esta = DateVocabulary::hashFolded(U"esta");
    std::uint64_t por = DateVocabulary::hashFolded(U"por");
    std::uint64_t morgen = DateVocabulary::hashFolded(U"morgen");
    std::uint64_t vispera = DateVocabulary::hashFolded(U"vispera");
    std::uint64_t v = DateVocabulary::hashFolded(U"в");
};

const KnownHashes& known() {
    static const KnownHashes hashes;
    return hashes;
}

struct Token {
    std::int32_t start = 0;
    std::int32_t end = 0;
    TokenType type = TokenType::Punct;
    bool capital = false;
    int number = 0; ///< value of a number token (up to 9 digits)
    std::uint64_t hash = 0;
    const DateVocabulary::Entry* entry = nullptr;
};

class LineParser {
public:
    LineParser(std::u32string_view text, const std::vector<Token>& tokens,
               const DateVocabulary& vocabulary, std::string_view language)
        : m_text(text)
        , m_t(tokens)
        , m_vocabulary(vocabulary)
        , m_language(language)
        , m_languageBit(DateLanguage::of(language)) {}

    void run(std::vector<DateExpression>& out) {
        // A future cue ("will", "plans") governs the rest of its sentence; "next" only the
        // date it opens ("took effect next Monday, after they agreed on Friday").
        bool future = false;
        bool nextOnly = false;
        for (std::size_t i = 0; i < m_t.size();) {
            const Token& token = m_t[i];
            if (token.type == TokenType::Punct) {
                const char32_t c = m_text[static_cast<std::size_t>(token.start)];
                if (c == U'.' || c == U'!' || c == U'?' || c == U';')
                    future = nextOnly = false;
                ++i;
                continue;
            }
            if (token.type == TokenType::Word && token.entry) {
                future = future || token.entry->kind == DateWord::FutureCue;
                nextOnly = nextOnly ||
                           (token.entry->kind == DateWord::WeekdayCue && token.entry->value > 0);
            }
            DateExpression expression;
            std::size_t next = parseAt(i, expression);
            if (next == 0) {
                ++i;
                continue;
            }
            expression.future = future || nextOnly;
            nextOnly = false;
            expression.limit = i > 0 && word(i - 1, DateWord::UntilCue);
            expression.afterPreposition =
                i > 0 && (word(i - 1, DateWord::SinceCue) || word(i - 1, DateWord::Joiner) ||
                          m_t[i - 1].hash == known().v);
            out.push_back(expression);
            i = next;
        }
    }

private:
    bool has(std::size_t k) const { return k < m_t.size(); }
    bool adjacent(std::size_t k) const { return has(k) && k > 0 && m_t[k].start == m_t[k - 1].end; }
    bool punct(std::size_t k, char32_t c) const {
        return has(k) && m_t[k].type == TokenType::Punct &&
               m_text[static_cast<std::size_t>(m_t[k].start)] == c;
    }
    bool number(std::size_t k, int minDigits, int maxDigits) const {
        if (!has(k) || m_t[k].type != TokenType::Number)
            return false;
        const int digits = m_t[k].end - m_t[k].start;
        return digits >= minDigits && digits <= maxDigits;
    }
    bool word(std::size_t k, DateWord kind) const {
        return has(k) && m_t[k].type == TokenType::Word && m_t[k].entry &&
               m_t[k].entry->kind == kind;
    }
    bool usable(const Token& token) const {
        const auto* e = token.entry;
        if (!e)
            return false;
        if (!((token.capital ? e->capitalIn : e->lowerIn) & m_languageBit))
            return false;
        if (*e->language && m_language != e->language)
            return false;
        return true;
    }
    bool month(std::size_t k, bool allowAbbreviation) const {
        return word(k, DateWord::Month) && usable(m_t[k]) &&
               (allowAbbreviation || !m_t[k].entry->abbreviation);
    }
    std::size_t skipMonthDot(std::size_t k) const {
        return (m_t[k].entry->abbreviation && punct(k + 1, U'.') && adjacent(k + 1)) ? k + 2
                                                                                     : k + 1;
    }
    bool plausibleYear(std::size_t k) const {
        return number(k, 4, 4) && m_t[k].number >= 1400 && m_t[k].number <= 2200;
    }

    std::size_t finish(DateExpression& e, std::size_t first, std::size_t last) const {
        e.span = {m_t[first].start, m_t[last].end};
        return last + 1;
    }

    /// A year after a day and month: "[,] [de|del] 2024 [года|г.]".
    std::size_t optionalYear(std::size_t k, DateExpression& e, std::size_t& last) const {
        std::size_t j = k;
        if (punct(j, U','))
            ++j;
        if (word(j, DateWord::Joiner))
            ++j;
        if (plausibleYear(j) && !(punct(j + 1, U':') && adjacent(j + 1))) {
            e.year = m_t[j].number;
            last = j;
            if (word(j + 1, DateWord::Joiner) && m_t[j + 1].start - m_t[j].end <= 1)
                last = j + 1;
            return last + 1;
        }
        return k;
    }

    /// "2 November [2018]", "27 de noviembre de 2024", "3. März", "2nd of November".
    std::size_t dayMonth(std::size_t i, DateExpression& e) const {
        if (!number(i, 1, 2) || m_t[i].number < 1 || m_t[i].number > 31)
            return 0;
        std::size_t j = i + 1;
        if (punct(j, U'.') && adjacent(j))
            ++j;
        if (word(j, DateWord::Ordinal) && adjacent(j))
            ++j;
        if (word(j, DateWord::Joiner))
            ++j;
        if (!month(j, true))
            return 0;
        e.day = m_t[i].number;
        e.month = m_t[j].entry->value;
        std::size_t last = skipMonthDot(j) - 1;
        optionalYear(last + 1, e, last);
        return finish(e, i, last);
    }

    /// "November 2", "Nov. 2, 2018", "November 3rd".
    std::size_t monthDay(std::size_t i, DateExpression& e) const {
        if (!month(i, true))
            return 0;
        std::size_t j = skipMonthDot(i);
        if (number(j, 1, 2) && m_t[j].number >= 1 && m_t[j].number <= 31 &&
            !(has(j + 1) && adjacent(j + 1) && (punct(j + 1, U':') || punct(j + 1, U'.')) &&
              number(j + 2, 1, 4))) {
            e.month = m_t[i].entry->value;
            e.day = m_t[j].number;
            std::size_t last = j;
            if (word(j + 1, DateWord::Ordinal) && adjacent(j + 1))
                last = j + 1;
            optionalYear(last + 1, e, last);
            return finish(e, i, last);
        }
        // "November 2018", "noviembre de 2024", "в феврале 2024 года"
        std::size_t y = j;
        if (word(y, DateWord::Joiner))
            ++y;
        if (plausibleYear(y)) {
            e.month = m_t[i].entry->value;
            e.year = m_t[y].number;
            std::size_t last = y;
            if (word(y + 1, DateWord::Joiner) && m_t[y + 1].start - m_t[y].end <= 1)
                last = y + 1;
            return finish(e, i, last);
        }
        // A month alone, after "in", "en", "в", "since", "until": "In April, ..."
        if (!m_t[i].entry->abbreviation && i > 0 &&
            (word(i - 1, DateWord::SinceCue) || word(i - 1, DateWord::UntilCue) ||
             word(i - 1, DateWord::WeekdayCue))) {
            e.month = m_t[i].entry->value;
            return finish(e, i, i);
        }
        return 0;
    }

    /// "2018-03-31[ 03:25[:04]]", "02.11.2018", "11/2/2018".
    std::size_t numeric(std::size_t i, DateExpression& e) const {
        if (number(i, 4, 4) && (punct(i + 1, U'-') || punct(i + 1, U'/')) && adjacent(i + 1) &&
            number(i + 2, 1, 2) && adjacent(i + 2) && punct(i + 3, m_text[m_t[i + 1].start]) &&
            adjacent(i + 3) && number(i + 4, 1, 2) && adjacent(i + 4)) {
            e.year = m_t[i].number;
            e.month = m_t[i + 2].number;
            e.day = m_t[i + 4].number;
            std::size_t last = i + 4;
            // A time after it: " 03:25:04" or "T03:25".
            std::size_t k = last + 1;
            if (has(k) && m_t[k].type == TokenType::Word && m_t[k].end - m_t[k].start == 1 &&
                adjacent(k))
                ++k;
            if (number(k, 1, 2) && punct(k + 1, U':') && number(k + 2, 2, 2)) {
                last = k + 2;
                if (punct(k + 3, U':') && number(k + 4, 2, 2))
                    last = k + 4;
            }
            return e.month >= 1 && e.month <= 12 && e.day >= 1 && e.day <= 31 ? finish(e, i, last)
                                                                              : 0;
        }
        if (number(i, 1, 2) && (punct(i + 1, U'.') || punct(i + 1, U'/') || punct(i + 1, U'-')) &&
            adjacent(i + 1) && number(i + 2, 1, 2) && adjacent(i + 2) &&
            punct(i + 3, m_text[m_t[i + 1].start]) && adjacent(i + 3) && number(i + 4, 4, 4) &&
            adjacent(i + 4)) {
            int first = m_t[i].number, second = m_t[i + 2].number;
            const bool slash = punct(i + 1, U'/');
            bool monthFirst = slash && m_language == "en";
            if (first > 12)
                monthFirst = false;
            else if (second > 12)
                monthFirst = true;
            e.day = monthFirst ? second : first;
            e.month = monthFirst ? first : second;
            e.ambiguousOrder = first <= 12 && second <= 12 && first != second;
            e.year = m_t[i + 4].number;
            if (e.month < 1 || e.month > 12 || e.day < 1 || e.day > 31)
                return 0;
            return finish(e, i, i + 4);
        }
        return 0;
    }

    std::size_t yearAlone(std::size_t i, DateExpression& e) const {
        if (!plausibleYear(i) || m_t[i].number < 1900 || m_t[i].number > 2100)
            return 0;
        if (i > 0 && adjacent(i) && m_t[i - 1].type == TokenType::Punct) {
            const char32_t before = m_text[static_cast<std::size_t>(m_t[i - 1].start)];
            if (before == U'$' || before == 0x20AC || before == U'.' || before == U',' ||
                before == U'#' || before == U'-')
                return 0;
        }
        if (has(i + 1) && adjacent(i + 1) &&
            (punct(i + 1, U'%') || ((punct(i + 1, U',') || punct(i + 1, U'.')) &&
                                    number(i + 2, 1, 9) && adjacent(i + 2))))
            return 0;
        e.year = m_t[i].number;
        return finish(e, i, i);
    }

    std::size_t weekday(std::size_t i, DateExpression& e) const {
        const Token& token = m_t[i];
        if (!word(i, DateWord::Weekday) || !usable(token))
            return 0;
        const bool cue = i > 0 && word(i - 1, DateWord::WeekdayCue);
        if (token.capital && token.entry->value == 0 && !token.entry->capitalOnly && !cue &&
            m_text.substr(static_cast<std::size_t>(token.start), 7) == U"Domingo")
            return 0; // "Santo Domingo", "Plácido Domingo"
        // "Saturday, November 3rd", "el viernes 2 de noviembre", "пятница, 2 ноября"
        std::size_t j = i + 1;
        if (punct(j, U','))
            ++j;
        DateExpression absolute;
        std::size_t end = has(j) ? (m_t[j].type == TokenType::Number ? dayMonth(j, absolute)
                                                                     : monthDay(j, absolute))
                                 : 0;
        if (end && absolute.day) {
            e = absolute;
            e.weekday = token.entry->value;
            e.span.start = token.start;
            return end;
        }
        e.kind = DateExpression::Kind::RelativeWeekday;
        e.weekday = token.entry->value;
        std::size_t first = i;
        if (cue) {
            e.offset = m_t[i - 1].entry->value;
            first = i - 1;
        }
        std::size_t last = i;
        if (has(i + 1) && m_t[i + 1].entry && m_t[i + 1].entry->kind == DateWord::WeekdayCue &&
            m_t[i + 1].entry->value != 0) { // "el viernes pasado", "el lunes próximo"
            e.offset = m_t[i + 1].entry->value;
            last = i + 1;
        }
        e.span = {m_t[first].start, m_t[last].end};
        return last + 1;
    }

    std::size_t relativeWords(std::size_t i, DateExpression& e) const {
        const Token& token = m_t[i];
        if (!token.entry)
            return 0; // every first word of a relative expression is in the vocabulary
        const KnownHashes& h = known();
        if (token.hash == h.aujourd && has(i + 2) && m_t[i + 2].hash == h.hui) {
            e.kind = DateExpression::Kind::RelativeDay;
            return finish(e, i, i + 2);
        }
        if (token.hash == DateVocabulary::hashFolded(U"avant") && punct(i + 1, U'-') &&
            has(i + 2) && m_t[i + 2].hash == DateVocabulary::hashFolded(U"hier")) {
            e.kind = DateExpression::Kind::RelativeDay;
            e.offset = -2;
            return finish(e, i, i + 2);
        }
        for (const auto& phrase : m_vocabulary.phrasesStartingWith(token.hash)) {
            bool match = true;
            for (std::size_t k = 1; k < phrase.words.size() && match; ++k)
                match = has(i + k) && m_t[i + k].type == TokenType::Word &&
                        m_t[i + k].hash == phrase.words[k];
            if (match) {
                e.kind = phrase.year ? DateExpression::Kind::RelativeYear
                                     : DateExpression::Kind::RelativeMonth;
                e.offset = phrase.offset;
                return finish(e, i, i + phrase.words.size() - 1);
            }
        }
        if (!word(i, DateWord::RelativeDay) || !usable(token))
            return 0;
        const std::uint64_t previous = i > 0 ? m_t[i - 1].hash : 0;
        if (token.hash == h.manana && (previous == h.la || previous == h.esta || previous == h.por))
            return 0; // "la mañana": the morning
        if (token.hash == h.morgen && token.capital)
            return 0; // "der Morgen": the morning
        if (token.hash == h.vispera && previous != h.la)
            return 0;
        e.kind = DateExpression::Kind::RelativeDay;
        e.offset = token.entry->value;
        const std::size_t first = token.hash == h.vispera ? i - 1 : i;
        return finish(e, first, i);
    }

    std::size_t parseAt(std::size_t i, DateExpression& e) const {
        if (m_t[i].type == TokenType::Number) {
            if (std::size_t end = numeric(i, e))
                return end;
            if (std::size_t end = dayMonth(i, e))
                return end;
            e = {};
            return yearAlone(i, e);
        }
        if (std::size_t end = weekday(i, e))
            return end;
        e = {};
        if (std::size_t end = monthDay(i, e))
            return end;
        e = {};
        return relativeWords(i, e);
    }

    std::u32string_view m_text;
    const std::vector<Token>& m_t;
    const DateVocabulary& m_vocabulary;
    std::string_view m_language;
    std::uint8_t m_languageBit;
};

} // namespace

std::vector<DateExpression> DateExpressionFinder::find(std::u32string_view text,
                                                       std::string_view language) const {
    std::vector<DateExpression> out;
    std::vector<Token> tokens;
    const auto n = static_cast<std::int32_t>(text.size());
    std::int32_t i = 0;
    auto flushLine = [&] {
        if (!tokens.empty())
            LineParser(text, tokens, m_vocabulary, language).run(out);
        tokens.clear();
    };
    while (i < n) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U'\n' || c == U'\r') {
            flushLine();
            ++i;
            continue;
        }
        if (isSpaceChar(c)) {
            // A line of a text without line breaks is parsed in pieces, to bound the memory.
            if (tokens.size() >= 4096)
                flushLine();
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (isDigitChar(c)) {
            int value = 0, digits = 0;
            while (i < n && isDigitChar(text[static_cast<std::size_t>(i)])) {
                if (digits < 9)
                    value = value * 10 + static_cast<int>(text[static_cast<std::size_t>(i)] - U'0');
                ++digits;
                ++i;
            }
            token.type = TokenType::Number;
            token.number = value;
        } else if (isLetterChar(c)) {
            token.capital = isUpperChar(c);
            std::uint64_t hash = 1469598103934665603ull;
            while (i < n && isLetterChar(text[static_cast<std::size_t>(i)])) {
                hash ^= static_cast<std::uint64_t>(foldChar(text[static_cast<std::size_t>(i)]));
                hash *= 1099511628211ull;
                ++i;
            }
            token.type = TokenType::Word;
            token.hash = hash;
            if (i - token.start <= 14)
                token.entry = m_vocabulary.find(hash);
        } else {
            token.type = TokenType::Punct;
            ++i;
        }
        token.end = i;
        tokens.push_back(token);
    }
    flushLine();
    return out;
}

} // namespace dyad
