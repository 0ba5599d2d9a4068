#pragma once

#include "core/extract/Event.h"

#include <cstddef>
#include <string>
#include <vector>

namespace dyad {

/// What an actor mention does in a sentence.
enum class MentionRole : std::uint8_t {
    Participant, ///< a state, organisation, person or institution that can act
    Place,       ///< a capital, city or seat of government (a participant only as a metonym)
    Agency,      ///< a news agency: reports events, never takes part
    RoleWord,    ///< a role word with no actor yet ("the president", "Foreign Minister")
    Plural,      ///< a phrase standing for both parties already named ("the two countries")
};

/// An actor mention in one sentence, in token positions of that sentence's tokens.
struct ActorMention {
    std::size_t first = 0; ///< first token
    std::size_t end = 0;   ///< one past the last token
    std::string actor;     ///< actor code; empty for role words and plural phrases
    EntityKind kind = EntityKind::Country;
    MentionRole role = MentionRole::Participant;
};

/// A trigger phrase found in a sentence.
struct TriggerHit {
    std::size_t first = 0;
    std::size_t end = 0;
    std::string code;           ///< CAMEO code
    bool reciprocal = false;    ///< both sides act alike (meet, hold talks, sign between)
    bool hostFromPlace = false; ///< visit / arrive: a place after it gives the host
    bool nominal = false;       ///< a noun ("visit", "talks", "sanctions")
    bool passive = false;       ///< a passive phrase: the subject undergoes the act
    std::string text;           ///< the trigger as written
};

/// A modality or reporting cue in a sentence.
enum class CueType : std::uint8_t { Negation, Cancellation, Modal, Reporting };

struct CueHit {
    std::size_t first = 0;
    std::size_t end = 0;
    CueType type = CueType::Negation;
};

/// An event read from one sentence, before dating and merging.
struct CodedEvent {
    std::string source;
    std::string target;
    std::string code;
    std::size_t trigger = 0; ///< index into the sentence's triggers
    int sourceMention = -1;  ///< index into the sentence's mentions, or -1 (plural phrase)
    int targetMention = -1;
    bool intent = false; ///< a modal turned the act into an intent (03x) or a threat (13x)
};

/// The two parties the document is about, as far as it has told so far: what "they",
/// "the two countries" or "both sides" stand for.
struct PairMemory {
    std::string first;
    std::string second;
    bool isKnown() const { return !first.empty() && !second.empty() && first != second; }
};

} // namespace dyad
