#pragma once

#include "core/extract/SentenceAnalysis.h"

#include <cstddef>
#include <utility>
#include <vector>

/// Distances and small helpers the event coder's two files share (EventCoder.cpp: sides into
/// events; EventCoderParties.cpp: who stands on which side). Internal to core/extract.
namespace dyad::coder {

/// How far (in tokens) an actor may stand from its trigger.
constexpr std::size_t kMaxSubjectGap = 14;
constexpr std::size_t kMaxObjectGap = 12;
constexpr std::size_t kMaxNounGap = 3;
/// Between a place and a verb-final visit after it ("in Deutschland mit Ehren empfangen").
constexpr std::size_t kMaxPlaceGap = 4;
/// How far before a trigger a negation or modal still governs it.
constexpr std::size_t kCueReach = 5;
/// Tokens from a dateline's place to its dash ("BERLIN, 30. Januar 2023 (dpa) -").
constexpr std::size_t kMaxDatelineTokens = 14;
/// Words between a verb and the noun of the act it takes as object ("the", "new").
constexpr std::size_t kMaxDeterminers = 2;
/// Words after that noun naming its doer ("of Lithuania", "by the Ukrainian army").
constexpr std::size_t kMaxDoerWords = 4;
/// Most parties of a joint act coded pair by pair ("Egypt, Ethiopia and Sudan signed").
constexpr std::size_t kMaxJointParties = 6;

inline bool canAct(MentionRole role) {
    return role == MentionRole::Participant || role == MentionRole::Place;
}

/// The range of `ranges` holding token `i`, or nullptr.
inline const std::pair<std::size_t, std::size_t>*
rangeOf(const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::size_t i) {
    for (const auto& range : ranges) {
        if (i >= range.first && i < range.second)
            return &range;
    }
    return nullptr;
}

} // namespace dyad::coder
