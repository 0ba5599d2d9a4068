#include "core/reading/PublicationDateResolver.h"

#include "core/reading/TextScan.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace dyad {

namespace {

int currentYear() {
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(now)};
    return static_cast<int>(ymd.year());
}

bool digitsAt(std::string_view s, std::size_t at, std::size_t count, int& value) {
    if (at + count > s.size())
        return false;
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        value = value * 10 + (s[i] - '0');
    }
    return true;
}

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

/// A year alone as a folder of a URL's path ("/2018/politics/..."), or 0.
int yearInUrl(std::string_view url) {
    const auto scheme = url.find("://");
    const auto pathStart = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
    if (pathStart == std::string_view::npos)
        return 0;
    for (std::size_t i = pathStart; i + 5 < url.size(); i = url.find('/', i + 1)) {
        if (i == std::string_view::npos)
            break;
        int year = 0;
        if (url[i] == '/' && digitsAt(url, i + 1, 4, year) && url[i + 5] == '/' && year >= 1990 &&
            year <= 2100)
            return year;
    }
    return 0;
}

/// Punctuation setting a date line off from the text after it: ".-", " - ", " — ", ":", "|".
bool isSetOff(const std::u32string& text, std::int32_t at, std::int32_t end) {
    while (at < end && text[static_cast<std::size_t>(at)] == U' ')
        ++at;
    if (at >= end)
        return true;
    const char32_t c = text[static_cast<std::size_t>(at)];
    return c == U'.' || c == U'-' || c == 0x2013 || c == 0x2014 || c == U':' || c == U'|' ||
           c == U'(' || c == U'/';
}

int blockOf(const std::vector<Block>& blocks, std::int32_t position) {
    const auto it =
        std::upper_bound(blocks.begin(), blocks.end(), position,
                         [](std::int32_t p, const Block& b) { return p < b.span.start; });
    if (it == blocks.begin())
        return -1;
    const auto index = static_cast<int>(it - blocks.begin()) - 1;
    return blocks[static_cast<std::size_t>(index)].span.contains(position) ? index : -1;
}

bool isArticleEnd(const Block& block) {
    return block.reason == "after the article's end" || block.reason == "list of other articles" ||
           block.reason == "teaser of another article" || block.reason == "comment box" ||
           block.reason == "timestamp of another headline";
}

/// A dateline: a day and month near the start of one of the first body blocks, after at most a
/// place name, and followed by an agency tag or a dash ("Moscow, November 2 (RHC)--").
bool isDateline(const std::u32string& text, const Block& block, const DateExpression& e) {
    if (e.kind != DateExpression::Kind::Absolute || !e.month || !e.day)
        return false;
    const std::int32_t lead = e.span.start - block.span.start;
    if (lead > 60)
        return false;
    for (std::int32_t i = block.span.start; i < e.span.start; ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U'.' || c == U'!' || c == U'?' || c == U'"' || c == 0x201C)
            return false;
    }
    // "МОСКВА, 3 февраля. ...", "PARIS, 5 mars. ...": a city in capitals, then the date and a
    // period.
    bool capitalsOnly = lead > 2;
    for (std::int32_t i = block.span.start; i < e.span.start && capitalsOnly; ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        capitalsOnly = !isLetterChar(c) || isUpperChar(c);
    }
    if (capitalsOnly && e.span.end + 1 < block.span.end &&
        text[static_cast<std::size_t>(e.span.end)] == U'.' &&
        isSpaceChar(text[static_cast<std::size_t>(e.span.end + 1)]))
        return true;
    const std::int32_t limit = std::min(block.span.end, e.span.end + 30);
    for (std::int32_t i = e.span.end; i < limit; ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if (c == U'(' || c == 0x2014 || c == 0x2013 ||
            (c == U'-' && i + 1 < limit &&
             (text[static_cast<std::size_t>(i + 1)] == U'-' ||
              text[static_cast<std::size_t>(i + 1)] == U' ')))
            return true;
        if (isLetterChar(c) && i - e.span.end > 2)
            return false;
    }
    return false;
}

/// The year of a copyright line ("© EFE 2018", "© ТАСС, 2018", "(c) 2019 Reuters",
/// "Copyright 2015-2021 Example News": the last year of a range), or 0. The last such line of
/// the document counts.
int copyrightYear(const std::u32string& text, const std::vector<Block>& blocks, int earliest,
                  int latest) {
    int found = 0;
    for (const Block& block : blocks) {
        const std::u32string_view part =
            std::u32string_view(text).substr(static_cast<std::size_t>(block.span.start),
                                             static_cast<std::size_t>(block.span.length()));
        std::size_t at = part.find(U'©');
        if (at == std::u32string_view::npos) {
            for (std::size_t i = 0; i + 3 <= part.size() && at == std::u32string_view::npos; ++i)
                if (part[i] == U'(' && (part[i + 1] == U'c' || part[i + 1] == U'C') &&
                    part[i + 2] == U')')
                    at = i;
        }
        if (at == std::u32string_view::npos)
            for (std::u32string_view word : {U"Copyright", U"copyright", U"COPYRIGHT"})
                if (const std::size_t w = part.find(word); w != std::u32string_view::npos) {
                    at = w;
                    break;
                }
        if (at == std::u32string_view::npos)
            continue;
        int year = 0;
        const std::size_t end = std::min(part.size(), at + 48);
        for (std::size_t i = at; i + 4 <= end; ++i) {
            const bool digits = std::all_of(part.begin() + static_cast<std::ptrdiff_t>(i),
                                            part.begin() + static_cast<std::ptrdiff_t>(i + 4),
                                            [](char32_t c) { return c >= U'0' && c <= U'9'; });
            const bool alone = (i == 0 || part[i - 1] < U'0' || part[i - 1] > U'9') &&
                               (i + 4 == part.size() || part[i + 4] < U'0' || part[i + 4] > U'9');
            if (!digits || !alone)
                continue;
            int value = 0;
            for (std::size_t k = i; k < i + 4; ++k)
                value = value * 10 + static_cast<int>(part[k] - U'0');
            if (value >= earliest && value <= latest)
                year = std::max(year, value);
        }
        if (year)
            found = year;
    }
    return found;
}

} // namespace

PublicationDateResolver::PublicationDateResolver(int latestYear, int earliestYear)
    : m_latestYear(latestYear ? latestYear : currentYear())
    , m_earliestYear(earliestYear) {}

FuzzyDate PublicationDateResolver::parseIsoPrefix(std::string_view value) {
    while (!value.empty() && value.front() == ' ')
        value.remove_prefix(1);
    int year = 0, month = 0, day = 0;
    if (digitsAt(value, 0, 4, year) && value.size() >= 10 && (value[4] == '-' || value[4] == '/') &&
        digitsAt(value, 5, 2, month) && value[7] == value[4] && digitsAt(value, 8, 2, day))
        return FuzzyDate::ofDay(year, month, day);
    if (digitsAt(value, 0, 8, year) && (value.size() == 8 || !isAsciiDigit(value[8])))
        return FuzzyDate::ofDay(year / 10000, year / 100 % 100, year % 100);
    return {};
}

FuzzyDate PublicationDateResolver::dateInUrl(std::string_view url) {
    // Skip the scheme and host: dates live in the path.
    const auto scheme = url.find("://");
    const auto pathStart = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
    if (pathStart == std::string_view::npos)
        return {};
    const std::string_view path = url.substr(pathStart);
    FuzzyDate monthOnly;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (i > 0 && isAsciiDigit(path[i - 1]))
            continue;
        int year = 0, month = 0, day = 0;
        if (!digitsAt(path, i, 4, year) || year < 1990 || year > 2100)
            continue;
        const char sep = i + 4 < path.size() ? path[i + 4] : '\0';
        if ((sep == '/' || sep == '-' || sep == '_') && digitsAt(path, i + 5, 2, month)) {
            const char sep2 = i + 7 < path.size() ? path[i + 7] : '\0';
            if (sep2 == sep && digitsAt(path, i + 8, 2, day) &&
                (i + 10 >= path.size() || !isAsciiDigit(path[i + 10]))) {
                if (const FuzzyDate date = FuzzyDate::ofDay(year, month, day); date.isKnown())
                    return date;
            }
            if (!monthOnly.isKnown() && (i + 7 >= path.size() || !isAsciiDigit(path[i + 7])))
                monthOnly = FuzzyDate::ofMonth(year, month);
        }
        if (digitsAt(path, i + 4, 4, month) &&
            (i + 8 >= path.size() || !isAsciiDigit(path[i + 8]))) {
            if (const FuzzyDate date = FuzzyDate::ofDay(year, month / 100, month % 100);
                date.isKnown())
                return date;
        }
    }
    return monthOnly;
}

PublicationDate PublicationDateResolver::resolve(const std::u32string& text,
                                                 const std::vector<Block>& blocks,
                                                 const std::vector<DateExpression>& expressions,
                                                 const ExtractedText& extracted,
                                                 const std::optional<std::string>& url) const {
    PublicationDate result;
    for (const char* key : {"article:published_time", "datepublished", "og:published_time",
                            "published_time", "pubdate", "publishdate", "date", "dc.date",
                            "dc.date.issued", "parsely-pub-date", "sailthru.date", "time"}) {
        if (const FuzzyDate date = parseIsoPrefix(extracted.metaValue(key)); date.isKnown()) {
            result.date = date;
            result.source = "meta";
            return result;
        }
    }

    // The first dateline after an expression, in the first body blocks ("DUBAI, March 10").
    auto datelineAfter = [&](const DateExpression& from) -> const DateExpression* {
        for (const auto& e : expressions) {
            if (e.span.start <= from.span.start)
                continue;
            const int index = blockOf(blocks, e.span.start);
            if (index > 12)
                break;
            if (index >= 0 && blocks[static_cast<std::size_t>(index)].role == BlockRole::Body &&
                isDateline(text, blocks[static_cast<std::size_t>(index)], e))
                return &e;
        }
        return nullptr;
    };

    // Date lines and datelines, in the first blocks of the article.
    const DateExpression* dateline = nullptr;
    int datelineBlock = -1;
    int bodyBlocksSeen = 0, lastBlock = -1;
    for (const auto& e : expressions) {
        const int index = blockOf(blocks, e.span.start);
        if (index < 0)
            continue;
        const Block& block = blocks[static_cast<std::size_t>(index)];
        if (index != lastBlock && block.role == BlockRole::Body)
            ++bodyBlocksSeen;
        lastBlock = index;
        if (index > 12 || bodyBlocksSeen > 3 || isArticleEnd(block))
            break;
        const bool full = e.kind == DateExpression::Kind::Absolute && e.year && e.month && e.day;
        // A date opening its block and set off by punctuation ("27 de noviembre de 2024.- El
        // ..."), or a block that is mostly a date ("19 FEBRERO DE 2024", "2018-03-31 03:25").
        const bool atStart =
            e.span.start == block.span.start && isSetOff(text, e.span.end, block.span.end);
        const bool dateLineBlock = e.span.length() * 2 >= block.span.length();

        if (full &&
            (atStart || dateLineBlock || m_dateLines.isDateLine(spanView(text, block.span)))) {
            result.date = FuzzyDate::ofDay(e.year, e.month, e.day);
            if (e.ambiguousOrder)
                if (const DateExpression* confirmed = datelineAfter(e))
                    if (confirmed->month == e.day && confirmed->day == e.month)
                        result.date = FuzzyDate::ofDay(e.year, e.day, e.month);
            if (result.date.isKnown()) {
                result.source = "date line";
                return result;
            }
        }
        if (!dateline && block.role == BlockRole::Body && isDateline(text, block, e)) {
            dateline = &e;
            datelineBlock = index;
        }
    }
    if (dateline && dateline->year) {
        result.date = FuzzyDate::ofDay(dateline->year, dateline->month, dateline->day);
        result.source = "dateline";
        if (result.date.isKnown())
            return result;
    }
    const FuzzyDate urlDate = url ? dateInUrl(*url) : FuzzyDate{};
    if (urlDate.precision == DatePrecision::Day) {
        result.date = urlDate;
        result.source = "url";
        return result;
    }
    if (!dateline) {
        result.warnings.push_back("no publication date found in the document");
        return result;
    }

    // The dateline's year, from evidence only.
    const int month = dateline->month, day = dateline->day;
    int lower = m_earliestYear, upper = m_latestYear;
    std::vector<int> futureYears;
    std::vector<const DateExpression*> boundWeekdays;
    std::vector<int> leadWeekdays;
    const Block& lead = blocks[static_cast<std::size_t>(datelineBlock)];
    std::int32_t leadEnd = lead.span.end;
    // The lead sentence starts after the dateline (and after its period, "МОСКВА, 3 февраля.").
    std::int32_t leadStart = dateline->span.end;
    if (leadStart < lead.span.end && text[static_cast<std::size_t>(leadStart)] == U'.')
        ++leadStart;
    for (std::int32_t i = leadStart; i + 2 < lead.span.end; ++i) {
        const char32_t c = text[static_cast<std::size_t>(i)];
        if ((c == U'.' || c == U'!' || c == U'?') &&
            isSpaceChar(text[static_cast<std::size_t>(i + 1)]) &&
            isUpperChar(text[static_cast<std::size_t>(i + 2)]) &&
            !isUpperChar(text[static_cast<std::size_t>(i - 1)])) {
            leadEnd = i;
            break;
        }
    }
    for (const auto& e : expressions) {
        const int index = blockOf(blocks, e.span.start);
        if (index < 0 || blocks[static_cast<std::size_t>(index)].role != BlockRole::Body)
            continue;
        if (e.kind == DateExpression::Kind::Absolute && e.weekday >= 0 && !e.year && e.month &&
            e.day)
            boundWeekdays.push_back(&e);
        if (e.kind == DateExpression::Kind::RelativeWeekday && e.offset == 0 && !e.future &&
            index == datelineBlock && e.span.start >= dateline->span.end && e.span.end <= leadEnd)
            leadWeekdays.push_back(e.weekday);
        if (e.kind == DateExpression::Kind::Absolute && e.year && !e.limit) {
            if (e.future && !e.month)
                futureYears.push_back(e.year);
            else if (!e.future && e.year <= m_latestYear && (e.month || e.afterPreposition))
                lower = std::max(lower, e.year); // "in 1991", "since 2014", "on 3 May 2001"
        }
    }
    std::vector<int> candidates;
    for (int year = lower; year <= upper; ++year)
        if (FuzzyDate::ofDay(year, month, day).isKnown())
            candidates.push_back(year);
    int constraints = 0;
    bool conflict = false;
    auto keep = [&](auto predicate) {
        std::vector<int> kept;
        for (int year : candidates)
            if (predicate(year))
                kept.push_back(year);
        if (kept.empty())
            conflict = true;
        else
            candidates = std::move(kept);
        ++constraints;
    };
    const int urlYear = urlDate.isKnown() ? urlDate.year() : (url ? yearInUrl(*url) : 0);
    if (urlYear)
        keep([&](int year) { return year == urlYear; });
    for (const DateExpression* e : boundWeekdays)
        keep([&](int year) {
            const FuzzyDate date = FuzzyDate::ofDay(year, e->month, e->day);
            // Within a few days of the dateline: the same year; around New Year the next.
            const FuzzyDate base = FuzzyDate::ofDay(year, month, day);
            FuzzyDate best = date;
            if (std::abs(date.day - base.day) > 183)
                best =
                    FuzzyDate::ofDay(date.day < base.day ? year + 1 : year - 1, e->month, e->day);
            return best.isKnown() && best.dayOfWeek() == e->weekday;
        });
    // The lead's weekday is the dateline's day or, in a story filed after the event, the day
    // before ("ANKARA, Jan 24 - ... parliament on Tuesday approved", 24 January 2024 a Wednesday).
    for (int weekday : leadWeekdays)
        keep([&](int year) {
            const FuzzyDate date = FuzzyDate::ofDay(year, month, day);
            return date.dayOfWeek() == weekday ||
                   FuzzyDate::fromDayNumber(date.day - 1).dayOfWeek() == weekday;
        });
    // A copyright line: in a copy of the story (plain text, Markdown: no page metadata) it
    // carries the story's year; on a web page it is the site's, so there it only chooses
    // between years the other evidence leaves.
    const int copyright = copyrightYear(text, blocks, m_earliestYear, m_latestYear);
    const bool inCandidates =
        std::find(candidates.begin(), candidates.end(), copyright) != candidates.end();
    if (copyright && extracted.meta.empty())
        keep([&](int year) { return year == copyright; });
    else if (copyright && constraints > 0 && candidates.size() > 1 && inCandidates)
        keep([&](int year) { return year == copyright; });
    int preferred = 0;
    if (!futureYears.empty()) {
        const int bound = *std::min_element(futureYears.begin(), futureYears.end());
        std::vector<int> kept;
        for (int year : candidates)
            if (year <= bound)
                kept.push_back(year);
        if (!kept.empty())
            candidates = std::move(kept);
        else
            conflict = true;
        preferred = bound - 1;
    }
    // Among years the evidence leaves, those where the lead's weekday is the dateline's day.
    if (candidates.size() > 1 && !leadWeekdays.empty()) {
        std::vector<int> exact;
        for (int year : candidates) {
            const int weekday = FuzzyDate::ofDay(year, month, day).dayOfWeek();
            if (std::all_of(leadWeekdays.begin(), leadWeekdays.end(),
                            [&](int w) { return w == weekday; }))
                exact.push_back(year);
        }
        if (!exact.empty())
            candidates = std::move(exact);
    }
    char monthDay[16];
    std::snprintf(monthDay, sizeof monthDay, "%02d-%02d", month, day);
    if (conflict) {
        result.warnings.push_back(std::string("publication year of ") + monthDay +
                                  " unknown: the evidence in the document conflicts");
        return result;
    }
    int year = 0;
    if (candidates.size() == 1 && constraints > 0)
        year = candidates.front();
    else if (preferred && constraints > 0 &&
             std::find(candidates.begin(), candidates.end(), preferred) != candidates.end())
        year = preferred;
    if (!year) {
        std::string list;
        for (std::size_t i = 0; i < candidates.size() && i < 8; ++i)
            list += (i ? ", " : "") + std::to_string(candidates[i]);
        if (candidates.size() > 8)
            list += ", ...";
        result.warnings.push_back(std::string("publication year of ") + monthDay +
                                  " ambiguous: it fits " + list);
        return result;
    }
    result.date = FuzzyDate::ofDay(year, month, day);
    result.source = "dateline + inferred year";
    return result;
}

} // namespace dyad
