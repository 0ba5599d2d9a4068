#pragma once

#include <cstdint>

namespace dyad {

/// A half-open range [start, end) of Unicode code points in a document's decoded text.
struct TextSpan {
    std::int32_t start = 0;
    std::int32_t end = 0;

    constexpr std::int32_t length() const { return end - start; }
    constexpr bool isEmpty() const { return end <= start; }
    constexpr bool contains(std::int32_t position) const {
        return position >= start && position < end;
    }
    constexpr bool contains(const TextSpan& other) const {
        return other.start >= start && other.end <= end;
    }
    constexpr bool overlaps(const TextSpan& other) const {
        return other.start < end && start < other.end;
    }
    friend constexpr bool operator==(const TextSpan&, const TextSpan&) = default;
};

} // namespace dyad
