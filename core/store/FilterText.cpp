#include "core/store/FilterText.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>
#include <vector>

namespace dyad {

namespace {

struct Token {
    std::string raw;   ///< as written, for messages
    std::string key;   ///< before '=' for key=value terms; empty otherwise
    std::string value; ///< after '=' (unquoted), or the whole term
    bool hasEquals = false;
};

bool isDigits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool parseNumber(std::string_view text, int& out) {
    if (!isDigits(text) || text.size() > 6)
        return false;
    std::from_chars(text.data(), text.data() + text.size(), out);
    return true;
}

/// Splits on spaces outside quotes; unquotes values.
bool tokenize(std::string_view text, std::vector<Token>& tokens, std::string& error) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (std::isspace(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        Token token;
        const std::size_t start = i;
        std::string current;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) {
            const char c = text[i];
            if (c == '=' && !token.hasEquals) {
                token.hasEquals = true;
                token.key = current;
                current.clear();
                ++i;
            } else if (c == '"') {
                ++i;
                bool closed = false;
                while (i < text.size()) {
                    if (text[i] == '\\' && i + 1 < text.size()) {
                        current += text[i + 1];
                        i += 2;
                    } else if (text[i] == '"') {
                        closed = true;
                        ++i;
                        break;
                    } else {
                        current += text[i++];
                    }
                }
                if (!closed) {
                    error = "unterminated quote in \"" + std::string(text.substr(start)) + "\"";
                    return false;
                }
            } else {
                current += c;
                ++i;
            }
        }
        token.raw = std::string(text.substr(start, i - start));
        token.value = current;
        tokens.push_back(std::move(token));
    }
    return true;
}

bool isActorCode(const std::string& code) {
    return code.size() >= 2 && code.size() <= 16 &&
           std::isalpha(static_cast<unsigned char>(code[0])) &&
           std::all_of(code.begin(), code.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

std::string upper(std::string text) {
    for (char& c : text)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

bool parseActor(const std::string& text, std::string& out) {
    if (text == "*") {
        out.clear();
        return true;
    }
    if (!isActorCode(text))
        return false;
    out = upper(text);
    return true;
}

bool parseYear(std::string_view text, int& year) {
    return text.size() == 4 && parseNumber(text, year) && year >= 1400;
}

bool parseYears(const std::string& text, FilterSpec& filter) {
    const std::size_t dots = text.find("..");
    if (dots == std::string::npos) {
        if (!parseYear(text, filter.fromYear))
            return false;
        filter.toYear = filter.fromYear;
        return true;
    }
    const std::string_view from = std::string_view(text).substr(0, dots);
    const std::string_view to = std::string_view(text).substr(dots + 2);
    if (from.empty() && to.empty())
        return false;
    if (!from.empty() && !parseYear(from, filter.fromYear))
        return false;
    if (!to.empty() && !parseYear(to, filter.toYear))
        return false;
    return true;
}

bool parseList(const std::string& text, int low, int high, std::vector<int>& out) {
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        int value = 0;
        if (!parseNumber(std::string_view(text).substr(start, comma - start), value) ||
            value < low || value > high)
            return false;
        out.push_back(value);
        start = comma + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return true;
}

std::string quoted(const std::string& text) {
    std::string result = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            result += '\\';
        result += c;
    }
    return result + "\"";
}

bool needsQuotes(const std::string& text) {
    return text.empty() || std::any_of(text.begin(), text.end(), [](char c) {
               return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\\';
           });
}

std::string joinTwoDigits(const std::vector<int>& values, bool padded) {
    std::string result;
    for (const int value : values) {
        if (!result.empty())
            result += ',';
        if (padded && value < 10)
            result += '0';
        result += std::to_string(value);
    }
    return result;
}

} // namespace

FilterText::ParseResult FilterText::parse(std::string_view text) {
    ParseResult result;
    std::vector<Token> tokens;
    if (!tokenize(text, tokens, result.error))
        return result;
    FilterSpec filter;
    std::set<std::string> seen;
    auto fail = [&result](const Token& token, const std::string& why) {
        result.error = "\"" + token.raw + "\": " + why;
        return result;
    };
    for (const Token& token : tokens) {
        const std::string kind =
            token.hasEquals ? token.key
            : (isDigits(token.value.substr(0, 1)) || token.value.rfind("..", 0) == 0)
                ? std::string("years")
                : std::string("pair");
        if (!seen.insert(kind).second)
            return fail(token, kind == "pair"    ? "a second actor pair"
                               : kind == "years" ? "a second year range"
                                                 : "\"" + kind + "=\" given twice");
        if (kind == "pair") {
            const std::string& term = token.value;
            const std::size_t arrow = term.find('>');
            const std::size_t dash = term.find('-');
            bool ok = true;
            if (arrow != std::string::npos) {
                filter.directed = true;
                ok = parseActor(term.substr(0, arrow), filter.actorA) &&
                     parseActor(term.substr(arrow + 1), filter.actorB);
            } else if (dash != std::string::npos) {
                ok = parseActor(term.substr(0, dash), filter.actorA) &&
                     parseActor(term.substr(dash + 1), filter.actorB);
            } else {
                ok = parseActor(term, filter.actorA);
            }
            if (!ok || token.raw.find('"') != std::string::npos)
                return fail(token, "not an actor pair (A-B, A>B, A or *; codes are letters and "
                                   "digits, starting with a letter)");
        } else if (kind == "years") {
            if (!parseYears(token.value, filter))
                return fail(token, "not a year or year range (2019, 2018..2024, 2018.., ..2024; "
                                   "years 1400..9999)");
            if (filter.fromYear > 0 && filter.toYear > 0 && filter.fromYear > filter.toYear)
                return fail(token, "the range ends before it starts");
        } else if (kind == "roots") {
            if (!parseList(token.value, 1, 20, filter.roots))
                return fail(token, "roots are CAMEO roots 01..20, comma-separated");
        } else if (kind == "quad") {
            if (!parseList(token.value, 1, 4, filter.quadClasses))
                return fail(token, "QuadClasses are 1..4, comma-separated");
        } else if (kind == "min-sources") {
            if (!parseNumber(token.value, filter.minSources) || filter.minSources < 1 ||
                filter.minSources > 65535)
                return fail(token, "the least number of sources is a whole number from 1");
        } else if (kind == "undated") {
            if (token.value != "yes" && token.value != "no")
                return fail(token, "undated= takes yes or no");
            filter.includeUndated = token.value == "yes";
        } else if (kind == "doc") {
            if (token.value.empty())
                return fail(token, "doc= needs a document id");
            filter.document = token.value;
        } else if (kind == "text") {
            filter.text = token.value;
        } else {
            return fail(token, "unknown term (known: A-B, A>B, years, roots=, quad=, "
                               "min-sources=, undated=, doc=, text=)");
        }
    }
    result.filter = filter;
    return result;
}

std::string FilterText::print(const FilterSpec& input) {
    const FilterSpec filter = input.normalised();
    std::vector<std::string> terms;
    if (filter.directed)
        terms.push_back((filter.actorA.empty() ? "*" : filter.actorA) + ">" +
                        (filter.actorB.empty() ? "*" : filter.actorB));
    else if (!filter.actorA.empty())
        terms.push_back(filter.actorB.empty() ? filter.actorA
                                              : filter.actorA + "-" + filter.actorB);
    if (filter.fromYear > 0 && filter.fromYear == filter.toYear)
        terms.push_back(std::to_string(filter.fromYear));
    else if (filter.fromYear > 0 || filter.toYear > 0)
        terms.push_back((filter.fromYear > 0 ? std::to_string(filter.fromYear) : "") + ".." +
                        (filter.toYear > 0 ? std::to_string(filter.toYear) : ""));
    if (!filter.roots.empty())
        terms.push_back("roots=" + joinTwoDigits(filter.roots, true));
    if (!filter.quadClasses.empty())
        terms.push_back("quad=" + joinTwoDigits(filter.quadClasses, false));
    if (filter.minSources > 1)
        terms.push_back("min-sources=" + std::to_string(filter.minSources));
    if (!filter.includeUndated)
        terms.push_back("undated=no");
    if (!filter.document.empty())
        terms.push_back("doc=" +
                        (needsQuotes(filter.document) ? quoted(filter.document) : filter.document));
    if (!filter.text.empty())
        terms.push_back("text=" + quoted(filter.text));
    std::string result;
    for (const auto& term : terms) {
        if (!result.empty())
            result += ' ';
        result += term;
    }
    return result;
}

} // namespace dyad
