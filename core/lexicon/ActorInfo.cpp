#include "core/lexicon/ActorInfo.h"

namespace dyad {

std::string_view actorTypeName(ActorType type) {
    switch (type) {
    case ActorType::State:
        return "state";
    case ActorType::HistoricalState:
        return "historical";
    case ActorType::Organization:
        return "organisation";
    case ActorType::NewsAgency:
        return "agency";
    }
    return "state";
}

bool parseActorType(std::string_view name, ActorType& type) {
    if (name == "state")
        type = ActorType::State;
    else if (name == "historical")
        type = ActorType::HistoricalState;
    else if (name == "organisation" || name == "organization")
        type = ActorType::Organization;
    else if (name == "agency")
        type = ActorType::NewsAgency;
    else
        return false;
    return true;
}

} // namespace dyad
