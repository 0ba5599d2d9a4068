#include "core/cameo/PhrasePattern.h"

#include "core/text/Tokenizer.h"
#include "core/util/Utf.h"

#include <algorithm>

namespace dyad {

namespace {

constexpr int kDefaultGap = 3;
constexpr int kMaximumGap = 9;

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const auto at = text.find(separator, start);
        parts.push_back(text.substr(start, at - start));
        if (at == std::string_view::npos)
            break;
        start = at + 1;
    }
    return parts;
}

std::vector<std::string_view> words(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(text.substr(start, i - start));
    }
    return out;
}

/// "*" -> 3, "*5" -> 5; -1 when `word` is not a gap marker.
int gapOf(std::string_view word, std::string& problem) {
    if (word.empty() || word.front() != '*')
        return -1;
    if (word.size() == 1)
        return kDefaultGap;
    if (word.size() == 2 && word[1] >= '1' && word[1] <= '0' + kMaximumGap)
        return word[1] - '0';
    problem = "gap marker '" + std::string(word) + "' must be '*' or '*1'..'*9'";
    return 0;
}

} // namespace

bool PhrasePattern::compile(std::string_view text, const Tokenizer& tokenizer, PhrasePattern& out,
                            std::string& problem) {
    out = {};
    int pendingGap = 0;
    for (std::string_view word : words(text)) {
        const int gap = gapOf(word, problem);
        if (!problem.empty())
            return false;
        if (gap >= 0) {
            if (out.elements.empty() || pendingGap > 0) {
                problem = "a gap marker must stand between two words";
                return false;
            }
            pendingGap = gap;
            continue;
        }
        const bool exact = word.front() == '=';
        if (exact)
            word.remove_prefix(1);
        const bool clauseEnd = word.size() > 1 && word.back() == '$';
        if (clauseEnd)
            word.remove_suffix(1);
        const auto alternatives = split(word, '|');
        std::vector<Element> elementsOfWord;
        for (std::string_view alternative : alternatives) {
            if (!alternative.empty() && alternative.front() == '=') {
                if (!exact) {
                    problem = "'=' must start the word '" + std::string(word) + "'";
                    return false;
                }
                alternative.remove_prefix(1);
            }
            const auto tokens = tokenizer.tokenize(fromUtf8(alternative));
            if (tokens.empty()) {
                problem = "empty word or alternative in '" + std::string(word) + "'";
                return false;
            }
            if (alternatives.size() > 1 && tokens.size() != 1) {
                problem = "alternative '" + std::string(alternative) +
                          "' is not a single token (write it without '|')";
                return false;
            }
            if (elementsOfWord.empty())
                elementsOfWord.resize(tokens.size());
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                elementsOfWord[i].exact = exact;
                const std::u32string_view form = exact ? tokens[i].folded : tokens[i].stem;
                auto& forms = elementsOfWord[i].forms;
                if (std::find(forms.begin(), forms.end(), form) == forms.end())
                    forms.emplace_back(form);
            }
        }
        if (clauseEnd)
            elementsOfWord.back().clauseEnd = true;
        for (std::size_t i = 0; i < elementsOfWord.size(); ++i) {
            out.gapBefore.push_back(i == 0 ? pendingGap : 0);
            out.elements.push_back(std::move(elementsOfWord[i]));
        }
        pendingGap = 0;
    }
    if (out.elements.empty()) {
        problem = "the phrase is empty";
        return false;
    }
    if (pendingGap > 0) {
        problem = "a gap marker must stand between two words";
        return false;
    }
    return true;
}

std::u32string PhrasePattern::key() const {
    std::u32string key;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        if (gapBefore[i] > 0)
            key += U" *" + std::u32string(1, static_cast<char32_t>(U'0' + gapBefore[i]));
        key += i == 0 ? U"" : U" ";
        if (elements[i].exact)
            key += U'=';
        auto forms = elements[i].forms;
        std::sort(forms.begin(), forms.end());
        for (std::size_t f = 0; f < forms.size(); ++f)
            key += (f == 0 ? U"" : U"|") + forms[f];
        if (elements[i].clauseEnd)
            key += U'$';
    }
    return key;
}

} // namespace dyad
