#include "core/cameo/PhraseMatcher.h"

#include <algorithm>

namespace dyad {

namespace {

bool elementMatches(const PhrasePattern::Element& element, const Token& token) {
    const std::u32string_view form = element.exact ? token.folded : token.stem;
    return std::find(element.forms.begin(), element.forms.end(), form) != element.forms.end();
}

bool endsClause(const Token& token) {
    if (token.kind != TokenKind::Punctuation)
        return false;
    static const std::u32string ends = U".!?;:…";
    return token.folded.size() == 1 && ends.find(token.folded.front()) != std::u32string::npos;
}

/// The period of an abbreviation ("U.S.", "Mr.", "Nov."): right after a short word, no space.
bool abbreviationPeriod(const std::vector<Token>& tokens, std::size_t at) {
    if (at == 0 || tokens[at].folded != U".")
        return false;
    const Token& word = tokens[at - 1];
    return word.kind == TokenKind::Word && word.span.end == tokens[at].span.start &&
           (word.folded.find(U'.') != std::u32string::npos || word.folded.size() <= 3);
}

std::size_t exactElements(const PhrasePattern& pattern) {
    return static_cast<std::size_t>(std::count_if(pattern.elements.begin(), pattern.elements.end(),
                                                  [](const auto& e) { return e.exact; }));
}

} // namespace

std::size_t PhraseMatcher::add(PhrasePattern pattern) {
    const std::size_t index = m_patterns.size();
    const auto& first = pattern.elements.front();
    auto& byFirst = first.exact ? m_byFirstWord : m_byFirstStem;
    TextFilter& filter = first.exact ? m_wordFilter : m_stemFilter;
    for (const auto& form : first.forms) {
        byFirst[form].push_back(index);
        filter.add(textHash(form));
    }
    m_patterns.push_back(std::move(pattern));
    return index;
}

bool PhraseMatcher::matchFrom(const PhrasePattern& pattern, std::size_t element,
                              std::size_t position, const std::vector<Token>& tokens,
                              std::vector<std::size_t>& matched) const {
    if (element == pattern.elements.size())
        return true;
    const int gap = pattern.gapBefore[element];
    for (int skipped = 0; skipped <= gap; ++skipped) {
        const std::size_t at = position + static_cast<std::size_t>(skipped);
        if (at >= tokens.size())
            return false;
        if (skipped > 0 && endsClause(tokens[at - 1]) && !abbreviationPeriod(tokens, at - 1))
            return false;
        if (elementMatches(pattern.elements[element], tokens[at]) &&
            (!pattern.elements[element].clauseEnd || at + 1 == tokens.size() ||
             tokens[at + 1].kind == TokenKind::Punctuation)) {
            matched.push_back(at);
            if (matchFrom(pattern, element + 1, at + 1, tokens, matched))
                return true;
            matched.pop_back();
        }
    }
    return false;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::findAll(const std::vector<Token>& tokens) const {
    std::vector<Match> matches;
    std::vector<std::size_t> candidates;
    for (std::size_t position = 0; position < tokens.size(); ++position) {
        candidates.clear();
        const Token& token = tokens[position];
        if (m_stemFilter.mayContain(token.stemHash))
            if (const auto it = m_byFirstStem.find(token.stemKey()); it != m_byFirstStem.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        if (m_wordFilter.mayContain(token.foldedHash))
            if (const auto it = m_byFirstWord.find(token.foldedKey()); it != m_byFirstWord.end())
                candidates.insert(candidates.end(), it->second.begin(), it->second.end());
        if (candidates.empty())
            continue;
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (std::size_t index : candidates) {
            Match match;
            match.pattern = index;
            match.firstToken = position;
            match.matchedTokens.push_back(position);
            if (!matchFrom(m_patterns[index], 1, position + 1, tokens, match.matchedTokens))
                continue;
            match.endToken = match.matchedTokens.back() + 1;
            matches.push_back(std::move(match));
        }
    }
    return matches;
}

std::vector<PhraseMatcher::Match>
PhraseMatcher::findLongest(const std::vector<Token>& tokens) const {
    std::vector<Match> all = findAll(tokens);
    std::vector<std::size_t> order(all.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Match& x = all[a];
        const Match& y = all[b];
        if (x.matchedTokens.size() != y.matchedTokens.size())
            return x.matchedTokens.size() > y.matchedTokens.size();
        if (x.firstToken != y.firstToken)
            return x.firstToken < y.firstToken;
        const std::size_t lengthX = x.endToken - x.firstToken;
        const std::size_t lengthY = y.endToken - y.firstToken;
        if (lengthX != lengthY)
            return lengthX < lengthY;
        const std::size_t exactX = exactElements(m_patterns[x.pattern]);
        const std::size_t exactY = exactElements(m_patterns[y.pattern]);
        if (exactX != exactY)
            return exactX > exactY;
        return x.pattern < y.pattern;
    });
    std::vector<bool> taken(tokens.size(), false);
    std::vector<Match> chosen;
    for (std::size_t index : order) {
        Match& match = all[index];
        const bool free = std::none_of(
            taken.begin() + static_cast<std::ptrdiff_t>(match.firstToken),
            taken.begin() + static_cast<std::ptrdiff_t>(match.endToken), [](bool t) { return t; });
        if (!free)
            continue;
        std::fill(taken.begin() + static_cast<std::ptrdiff_t>(match.firstToken),
                  taken.begin() + static_cast<std::ptrdiff_t>(match.endToken), true);
        chosen.push_back(std::move(match));
    }
    std::sort(chosen.begin(), chosen.end(),
              [](const Match& a, const Match& b) { return a.firstToken < b.firstToken; });
    return chosen;
}

} // namespace dyad
