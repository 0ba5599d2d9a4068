#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace dyad {

/// What kind of actor a code stands for. News agencies report events and are never their
/// participants.
enum class ActorType : std::uint8_t { State, HistoricalState, Organization, NewsAgency };

/// "state", "historical", "organisation", "agency".
std::string_view actorTypeName(ActorType type);
/// The type named by actorTypeName() (also accepts "organization"); false when unknown.
bool parseActorType(std::string_view name, ActorType& type);

/// One actor of the catalogue: a state (ISO 3166-1 alpha-3 code), a historical state (SUN,
/// YUG, ...), an international organisation (UNO, NATO, ...) or a news agency (TASS, ...).
struct ActorInfo {
    std::string code;
    ActorType type = ActorType::State;
    std::string alpha2;  ///< ISO 3166-1 alpha-2 for states ("CU"); empty otherwise
    std::string country; ///< a news agency's home state ("RUS" for TASS); empty otherwise
    /// Names by ISO 639-1 language from the lexicon data ("en" -> "NATO"); for states these
    /// come before ICU's names.
    std::map<std::string, std::string, std::less<>> names;
};

} // namespace dyad
