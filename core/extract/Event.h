#pragma once

#include "core/util/FuzzyDate.h"
#include "core/util/TextSpan.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dyad {

/// What a recognised span of text is.
enum class EntityKind : std::uint8_t { Country, Person, Organization, Place, Date, Trigger };

/// The kind's name in the extraction contract ("country", "person", "organization", "place",
/// "date", "trigger").
constexpr const char* entityKindName(EntityKind kind) {
    switch (kind) {
    case EntityKind::Country:
        return "country";
    case EntityKind::Person:
        return "person";
    case EntityKind::Organization:
        return "organization";
    case EntityKind::Place:
        return "place";
    case EntityKind::Date:
        return "date";
    case EntityKind::Trigger:
        return "trigger";
    }
    return "";
}

/// A recognised entity in a document: its span, its kind and the actor it stands for
/// (an actor code such as "CUB", "RUS", "UNO"; empty for dates and triggers).
struct EntityMention {
    TextSpan span;
    EntityKind kind = EntityKind::Country;
    std::string actor;
};

/// An amount of money stated with an event ("$43 million" -> 43e6 USD).
struct MoneyAmount {
    double value = 0.0;
    std::string currency; ///< ISO 4217 ("USD", "EUR", "RUB"); empty when not stated
    TextSpan span;
};

/// Where an event was read: the sentence, the trigger and the two actors' spans in one document.
struct Evidence {
    std::string document; ///< Document::id
    TextSpan sentence;
    TextSpan trigger;
    std::string triggerText;
    TextSpan sourceSpan;
    TextSpan targetSpan;
};

/// One coded interaction between two actors (a dyad), with every piece of evidence for it.
/// After deduplication, `evidence` holds one entry per report and `documents` the distinct
/// documents behind it (their number is the event's number of sources).
struct Event {
    std::string source;         ///< actor code of the initiator
    std::string target;         ///< actor code of the recipient
    std::string code;           ///< CAMEO code, two to four digits ("042")
    std::string root;           ///< CAMEO root, two digits ("04")
    std::uint8_t quadClass = 0; ///< 1 verbal cooperation .. 4 material conflict
    float goldstein = 0.0f;     ///< Goldstein weight of the code, -10..+10
    FuzzyDate date;             ///< unknown when undated
    std::optional<MoneyAmount> money;
    std::vector<std::string> documents;
    std::vector<Evidence> evidence;
};

} // namespace dyad
