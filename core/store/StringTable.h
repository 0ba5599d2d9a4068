#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

/// Interns strings to dense ids (0, 1, 2, ... in order of first appearance), so that columns
/// hold small integers and each distinct string is stored once.
class StringTable {
public:
    static constexpr std::uint32_t npos = 0xFFFFFFFFu;

    /// The id of `text`, adding it when new.
    std::uint32_t intern(std::string_view text);
    /// The id of `text`, or npos when it was never interned.
    std::uint32_t find(std::string_view text) const;
    const std::string& text(std::uint32_t id) const { return m_texts[id]; }
    std::size_t size() const { return m_texts.size(); }
    const std::vector<std::string>& texts() const { return m_texts; }
    std::size_t memoryBytes() const;

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };
    std::vector<std::string> m_texts;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
};

} // namespace dyad
