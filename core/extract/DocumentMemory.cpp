#include "core/extract/DocumentMemory.h"

#include <algorithm>

namespace dyad {

void DocumentMemory::key(const Words& name, std::size_t from, std::size_t to, std::u32string& out) {
    out.clear();
    for (std::size_t i = from; i < to; ++i) {
        if (i > from)
            out += U' ';
        out += name[i];
    }
}

void DocumentMemory::remember(const Words& name, std::size_t from, std::size_t to,
                              const std::string& actor) {
    key(name, from, to, m_key);
    if (m_people.emplace(m_key, actor).second)
        m_firstWords.emplace(name[from]);
}

void DocumentMemory::rememberPerson(const Words& name, const std::string& actor) {
    if (name.empty() || actor.empty())
        return;
    // Tails of the name: "diaz - canel" after "miguel"; a one-letter tail is no name.
    for (std::size_t from = 0; from < name.size(); ++from) {
        if (name[from] == U"-" || (name.size() - from == 1 && name[from].size() < 3))
            continue;
        remember(name, from, name.size(), actor);
    }
    // With two surnames ("Bruno Rodríguez Parrilla", "Andrés Manuel López Obrador"), the first
    // of them alone names the person too. Hyphenated parts are one word ("Frank-Walter"); short
    // particles ("da", "von", "del") are no words of their own.
    std::vector<std::pair<std::size_t, std::size_t>> words; // [first, end) of each word
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (i >= 2 && name[i - 1] == U"-" && !words.empty() && words.back().second == i - 1)
            words.back().second = i + 1;
        else if (name[i].size() >= 4)
            words.emplace_back(i, i + 1);
    }
    if (words.size() >= 3)
        remember(name, words[words.size() - 2].first, words[words.size() - 2].second, actor);
    m_longestName = std::max(m_longestName, name.size());
}

std::string DocumentMemory::personActor(const Words& name) const {
    key(name, 0, name.size(), m_key);
    const auto it = m_people.find(m_key);
    return it == m_people.end() ? std::string() : it->second;
}

std::size_t DocumentMemory::personAt(const Words& folded, std::size_t at,
                                     std::string& actor) const {
    if (at >= folded.size() || m_firstWords.find(folded[at]) == m_firstWords.end())
        return 0;
    for (std::size_t length = std::min(m_longestName, folded.size() - at); length > 0; --length) {
        key(folded, at, at + length, m_key);
        const auto it = m_people.find(m_key);
        if (it != m_people.end()) {
            actor = it->second;
            return length;
        }
    }
    return 0;
}

std::string DocumentMemory::inflectedPerson(std::u32string_view folded) const {
    const std::string* actor = nullptr;
    std::size_t longest = 0;
    for (const auto& [name, who] : m_people) {
        if (name.size() < 4 || name.size() <= longest || name.find(U' ') != std::u32string::npos ||
            folded.size() <= name.size() || folded.size() > name.size() + 3 ||
            !folded.starts_with(name))
            continue;
        actor = &who;
        longest = name.size();
    }
    return actor ? *actor : std::string();
}

void DocumentMemory::rememberPair(const std::string& source, const std::string& target) {
    if (source.empty() || target.empty() || source == target)
        return;
    auto it = std::find_if(m_pairCounts.begin(), m_pairCounts.end(), [&](const auto& entry) {
        const PairMemory& p = entry.first;
        return (p.first == source && p.second == target) ||
               (p.first == target && p.second == source);
    });
    if (it == m_pairCounts.end())
        it = m_pairCounts.insert(m_pairCounts.end(), {PairMemory{source, target}, 0});
    ++it->second;
    const auto best =
        std::max_element(m_pairCounts.begin(), m_pairCounts.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    m_pair = best->first;
}

} // namespace dyad
