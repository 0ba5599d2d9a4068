#include "core/lexicon/LexiconMatch.h"

namespace dyad {

std::string_view mentionKindName(MentionKind kind) {
    switch (kind) {
    case MentionKind::CountryName:
        return "country";
    case MentionKind::Demonym:
        return "demonym";
    case MentionKind::Place:
        return "place";
    case MentionKind::Institution:
        return "institution";
    case MentionKind::Agency:
        return "agency";
    case MentionKind::Person:
        return "person";
    case MentionKind::Role:
        return "role";
    case MentionKind::Organization:
        return "organisation";
    }
    return "country";
}

} // namespace dyad
