#pragma once

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/container/node_hash_map.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// The hash every text table of the extraction uses.
inline std::size_t textHash(std::u32string_view text) {
    return std::hash<std::u32string_view>{}(text);
}

/// A text with its hash worked out already (a token's folded form or stem), so looking it up
/// in several tables hashes it once.
struct HashedText {
    std::u32string_view text;
    std::size_t hash = 0;
};

/// Hash of UTF-32 text that a table keyed by std::u32string can be searched with by
/// std::u32string_view or HashedText, without making a string.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view text) const { return textHash(text); }
    std::size_t operator()(const HashedText& text) const { return text.hash; }
};

struct TextEqual {
    using is_transparent = void;
    bool operator()(std::u32string_view a, std::u32string_view b) const { return a == b; }
    bool operator()(const HashedText& a, std::u32string_view b) const { return a.text == b; }
    bool operator()(std::u32string_view a, const HashedText& b) const { return a == b.text; }
};

/// Tables keyed by UTF-32 text that are searched with views. Open addressing (Abseil's Swiss
/// tables): a lookup probes one group of control bytes instead of chasing list nodes. Entries
/// move when the table grows; TextNodeMap keeps them in place for callers that hold pointers.
template <typename Value>
using TextMap = absl::flat_hash_map<std::u32string, Value, TextHash, TextEqual>;
using TextSet = absl::flat_hash_set<std::u32string, TextHash, TextEqual>;
template <typename Value>
using TextNodeMap = absl::node_hash_map<std::u32string, Value, TextHash, TextEqual>;

/// One bit per slot of text hashes (a one-hash Bloom filter): a clear bit says a text is not
/// among those added, so most words skip the table lookup. 128 Kbit (16 KB) stay in cache.
class TextFilter {
public:
    void add(std::size_t hash) { m_bits[word(hash)] |= bit(hash); }
    bool mayContain(std::size_t hash) const { return (m_bits[word(hash)] & bit(hash)) != 0; }

private:
    static constexpr std::size_t kBits = std::size_t(1) << 17;
    static std::size_t slot(std::size_t hash) { return (hash ^ (hash >> 29)) & (kBits - 1); }
    static std::size_t word(std::size_t hash) { return slot(hash) / 64; }
    static std::uint64_t bit(std::size_t hash) { return std::uint64_t(1) << (slot(hash) % 64); }

    std::vector<std::uint64_t> m_bits = std::vector<std::uint64_t>(kBits / 64);
};

} // namespace dyad
