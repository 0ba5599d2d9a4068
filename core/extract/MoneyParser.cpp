#include "core/extract/MoneyParser.h"

#include <cmath>
#include <string>

namespace dyad {

namespace {

/// The multiplier of a scale word ("million", "millones", "млрд", "Milliarden"), or 0.
double scaleOf(std::u32string_view word, std::string_view language) {
    static const std::pair<std::u32string_view, double> abbreviations[] = {
        {U"m", 1e6},   {U"mn", 1e6},   {U"mln", 1e6}, {U"mio", 1e6},   {U"млн", 1e6}, {U"bn", 1e9},
        {U"mrd", 1e9}, {U"млрд", 1e9}, {U"тыс", 1e3}, {U"трлн", 1e12}, {U"mil", 1e3},
    };
    for (const auto& [abbreviation, value] : abbreviations) {
        if (word == abbreviation)
            return value;
    }
    // "billón" (es) and "Billion" (de) are 10^12; English "billion" is 10^9.
    if (word.starts_with(U"billon"))
        return 1e12;
    if (word.starts_with(U"billion"))
        return language == "de" ? 1e12 : 1e9;
    static const std::pair<std::u32string_view, double> prefixes[] = {
        {U"thousand", 1e3},  {U"tausend", 1e3},   {U"тысяч", 1e3},    {U"million", 1e6},
        {U"millon", 1e6},    {U"миллион", 1e6},   {U"milliard", 1e9}, {U"миллиард", 1e9},
        {U"trillion", 1e12}, {U"триллион", 1e12},
    };
    for (const auto& [prefix, value] : prefixes) {
        if (word.starts_with(prefix))
            return value;
    }
    return 0.0;
}

std::string currencyOfWord(std::u32string_view folded) {
    struct Entry {
        std::u32string_view prefix;
        const char* code;
    };
    static const Entry table[] = {
        {U"dollar", "USD"}, {U"dolar", "USD"}, {U"доллар", "USD"}, {U"usd", "USD"},
        {U"euro", "EUR"},   {U"евро", "EUR"},  {U"eur", "EUR"},    {U"rubl", "RUB"},
        {U"roubl", "RUB"},  {U"ruble", "RUB"}, {U"рубл", "RUB"},   {U"rub", "RUB"},
        {U"yuan", "CNY"},   {U"юан", "CNY"},   {U"pound", "GBP"},  {U"libra", "GBP"},
        {U"фунт", "GBP"},   {U"yen", "JPY"},   {U"иен", "JPY"},
    };
    for (const Entry& e : table) {
        if (folded.starts_with(e.prefix))
            return e.code;
    }
    return {};
}

std::string currencyOfSymbol(std::u32string_view folded) {
    if (folded == U"$" || folded == U"us$")
        return "USD";
    if (folded == U"€")
        return "EUR";
    if (folded == U"£")
        return "GBP";
    if (folded == U"¥")
        return "JPY";
    if (folded == U"₽")
        return "RUB";
    return {};
}

bool isSymbolToken(const Token& t) {
    return !currencyOfSymbol(t.folded).empty();
}

} // namespace

bool MoneyParser::parseNumber(std::u32string_view text, double& value) {
    if (text.empty())
        return false;
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        if (c >= U'0' && c <= U'9') {
            plain += static_cast<char>(c);
        } else if (c == U',' || c == U'.') {
            std::size_t digits = 0;
            while (i + 1 + digits < text.size() && text[i + 1 + digits] >= U'0' &&
                   text[i + 1 + digits] <= U'9')
                ++digits;
            if (digits == 0)
                return false;
            // Exactly three digits after the separator, more groups to follow or an integer
            // part of at most three digits: a thousands separator.
            if (digits != 3)
                plain += '.';
        } else {
            return false;
        }
    }
    if (plain.empty() || plain.front() == '.')
        return false;
    value = std::stod(plain);
    return std::isfinite(value);
}

std::vector<MoneyAmount> MoneyParser::find(const std::vector<Token>& tokens,
                                           std::string_view language) {
    std::vector<MoneyAmount> found;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        // A number, possibly with an attached scale: "43", "1,5", "3bn", "500m".
        const std::u32string_view folded = tokens[i].folded;
        std::size_t digitsEnd = 0;
        while (digitsEnd < folded.size() &&
               ((folded[digitsEnd] >= U'0' && folded[digitsEnd] <= U'9') ||
                folded[digitsEnd] == U'.' || folded[digitsEnd] == U','))
            ++digitsEnd;
        double number = 0;
        if (digitsEnd == 0 ||
            !parseNumber(std::u32string_view(folded).substr(0, digitsEnd), number))
            continue;
        double attachedScale = 1.0;
        if (digitsEnd < folded.size()) {
            attachedScale = scaleOf(folded.substr(digitsEnd), language);
            if (attachedScale == 0.0)
                continue;
        }
        MoneyAmount amount;
        bool currencyStated = false;
        // A symbol before the number: "$43", "US$ 1.2", "€ 3".
        std::size_t first = i;
        if (i >= 1 && isSymbolToken(tokens[i - 1])) {
            first = i - 1;
            amount.currency = currencyOfSymbol(tokens[i - 1].folded);
            currencyStated = true;
            if (i >= 2 && tokens[i - 1].folded == U"$" && tokens[i - 2].folded == U"us")
                first = i - 2;
        }
        // A scale word after it: "million", "mil millones", "миллиарда".
        std::size_t next = i + 1;
        double scale = attachedScale;
        if (attachedScale == 1.0 && next < tokens.size()) {
            if (next + 1 < tokens.size() && tokens[next].folded == U"mil" &&
                tokens[next + 1].folded.starts_with(U"millon")) {
                scale = 1e9;
                next += 2;
            } else if (const double s = scaleOf(tokens[next].folded, language); s > 0) {
                scale = s;
                ++next;
            }
        }
        // A currency word: "dollars", "de euros", "долларов".
        if (!currencyStated) {
            std::size_t k = next;
            if (k < tokens.size() && (tokens[k].folded == U"de" || tokens[k].folded == U"of"))
                ++k;
            if (k < tokens.size()) {
                amount.currency = currencyOfWord(tokens[k].folded);
                currencyStated = !amount.currency.empty() || tokens[k].folded.starts_with(U"peso");
                if (currencyStated)
                    next = k + 1;
            }
        }
        if (!currencyStated)
            continue;
        amount.value = number * scale;
        amount.span = {tokens[first].span.start, tokens[next - 1].span.end};
        found.push_back(amount);
        i = next - 1;
    }
    return found;
}

} // namespace dyad
