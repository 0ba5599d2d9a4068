#include "core/extract/DocumentMemory.h"

#include <algorithm>

namespace dyad {

std::u32string DocumentMemory::key(const std::vector<std::u32string>& name, std::size_t from,
                                   std::size_t to) {
    std::u32string k;
    for (std::size_t i = from; i < to; ++i) {
        if (!k.empty())
            k += U' ';
        k += name[i];
    }
    return k;
}

void DocumentMemory::rememberPerson(const std::vector<std::u32string>& name,
                                    const std::string& actor) {
    if (name.empty() || actor.empty())
        return;
    // Tails of the name: "diaz - canel" after "miguel"; a one-letter tail is no name.
    for (std::size_t from = 0; from < name.size(); ++from) {
        if (name[from] == U"-" || (name.size() - from == 1 && name[from].size() < 3))
            continue;
        m_people.emplace(key(name, from, name.size()), actor);
    }
    m_longestName = std::max(m_longestName, name.size());
}

std::string DocumentMemory::personActor(const std::vector<std::u32string>& name) const {
    const auto it = m_people.find(key(name, 0, name.size()));
    return it == m_people.end() ? std::string() : it->second;
}

std::size_t DocumentMemory::personAt(const std::vector<std::u32string>& folded, std::size_t at,
                                     std::string& actor) const {
    for (std::size_t length = std::min(m_longestName, folded.size() - at); length > 0; --length) {
        const auto it = m_people.find(key(folded, at, at + length));
        if (it != m_people.end()) {
            actor = it->second;
            return length;
        }
    }
    return 0;
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
