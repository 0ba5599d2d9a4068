#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad {

/// What a furniture phrase announces.
enum class FurnitureKind : std::uint8_t {
    None,
    OtherStories, ///< a list of other articles (related, most read, latest, recent posts)
    RelatedLink,  ///< a pointer to one other article ("RELATED ...", "Read also: ...")
    Comments,
    Social,
    Tags,
    Ads,
    SourceNote,
    PhotoCredit,
    Navigation,
};

enum class PhraseMatch : std::uint8_t { Heading, Prefix, Contains };

/// The furniture phrases of news pages in en/es/ru/de/fr (data in FurniturePhrases.inc), matched
/// against blocks of text.
class FurniturePhrases {
public:
    FurniturePhrases();

    struct Match {
        FurnitureKind kind = FurnitureKind::None;
        PhraseMatch how = PhraseMatch::Heading;
        bool colon = false; ///< a Prefix phrase followed by ':' ("Photo: ...", "Tags: ...")
    };

    /// The phrase a block is or starts with (or, for short blocks, contains). `block` is the
    /// block's raw text.
    Match match(std::u32string_view block) const;

    /// The words of Block::reason for a kind ("related-links list", "comment box", ...).
    static const char* reason(FurnitureKind kind);

private:
    struct Entry {
        FurnitureKind kind;
        PhraseMatch how;
        std::u32string phrase;
    };
    std::vector<Entry> m_entries;
    std::unordered_map<char32_t, std::vector<std::size_t>> m_byFirst; ///< Heading and Prefix
    std::unordered_map<char32_t, std::vector<std::size_t>> m_byLast;  ///< Heading (glued)
    /// The Contains phrases by their first letter: ASCII letters in the array, others in the map.
    std::array<std::vector<std::size_t>, 128> m_containsByAscii;
    std::unordered_map<char32_t, std::vector<std::size_t>> m_containsByOther;
};

} // namespace dyad
