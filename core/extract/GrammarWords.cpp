#include "core/extract/GrammarWords.h"

#include "core/util/Utf.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace dyad {

namespace {

bool parseClass(std::string_view name, GrammarWords::Class& out) {
    using C = GrammarWords::Class;
    static const std::pair<std::string_view, C> names[] = {
        {"conjunction", C::Conjunction},
        {"locative", C::Locative},
        {"between", C::Between},
        {"with", C::With},
        {"connector", C::Connector},
        {"plural", C::Plural},
        {"clause", C::Clause},
        {"honorific", C::Honorific},
        {"particle", C::Particle},
        {"agent", C::Agent},
        {"since", C::Since},
        {"auxiliary", C::Auxiliary},
        {"order", C::Order},
    };
    for (const auto& [n, c] : names) {
        if (n == name) {
            out = c;
            return true;
        }
    }
    return false;
}

} // namespace

GrammarWords GrammarWords::load(const std::string& path, std::vector<std::string>& errors) {
    GrammarWords grammar;
    std::ifstream in(path);
    if (!in) {
        errors.push_back(path + ": cannot be opened");
        return grammar;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.front() == '#')
            continue;
        std::vector<std::string> columns;
        std::stringstream stream(line);
        for (std::string column; std::getline(stream, column, '\t');)
            columns.push_back(column);
        Class wordClass{};
        if (columns.size() != 3 || columns[0].empty() || columns[2].empty() ||
            !parseClass(columns[1], wordClass)) {
            errors.push_back(path + ":" + std::to_string(number) +
                             ": expected language, class and phrase separated by tabs");
            continue;
        }
        const Tokenizer tokenizer(columns[0]);
        std::vector<std::u32string> phrase;
        for (const Token& token : tokenizer.tokenize(fromUtf8(columns[2])))
            phrase.emplace_back(token.folded);
        if (phrase.empty())
            continue;
        auto language = std::find_if(grammar.m_languages.begin(), grammar.m_languages.end(),
                                     [&](const auto& entry) { return entry.first == columns[0]; });
        if (language == grammar.m_languages.end())
            language = grammar.m_languages.insert(language, {columns[0], LanguageWords{}});
        ClassWords& words = language->second[static_cast<std::size_t>(wordClass)];
        if (phrase.size() == 1)
            words.singles.insert(phrase.front());
        words.byFirst[phrase.front()].push_back(std::move(phrase));
    }
    for (auto& [language, classes] : grammar.m_languages)
        for (ClassWords& words : classes)
            for (auto& [first, phrases] : words.byFirst)
                std::stable_sort(phrases.begin(), phrases.end(),
                                 [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return grammar;
}

const GrammarWords::ClassWords* GrammarWords::wordsOf(Class wordClass,
                                                      std::string_view language) const {
    for (const auto& [code, words] : m_languages)
        if (code == language)
            return &words[static_cast<std::size_t>(wordClass)];
    return nullptr;
}

bool GrammarWords::is(Class wordClass, std::string_view language,
                      std::u32string_view folded) const {
    const ClassWords* words = wordsOf(wordClass, language);
    return words && words->singles.find(folded) != words->singles.end();
}

bool GrammarWords::is(Class wordClass, std::string_view language, const Token& token) const {
    const ClassWords* words = wordsOf(wordClass, language);
    return words && words->singles.find(token.foldedKey()) != words->singles.end();
}

std::size_t GrammarWords::matchAt(Class wordClass, std::string_view language,
                                  const std::vector<Token>& tokens, std::size_t at) const {
    const ClassWords* words = wordsOf(wordClass, language);
    if (!words || at >= tokens.size())
        return 0;
    const auto it = words->byFirst.find(tokens[at].foldedKey());
    if (it == words->byFirst.end())
        return 0;
    for (const auto& phrase : it->second) { // longest first
        if (at + phrase.size() > tokens.size())
            continue;
        bool match = true;
        for (std::size_t i = 1; i < phrase.size() && match; ++i)
            match = tokens[at + i].folded == phrase[i];
        if (match)
            return phrase.size();
    }
    return 0;
}

} // namespace dyad
