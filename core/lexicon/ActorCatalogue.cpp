#include "core/lexicon/ActorCatalogue.h"

#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <memory>

namespace dyad {

namespace {

std::string toStd(const icu::UnicodeString& text) {
    std::string out;
    text.toUTF8String(out);
    return out;
}

} // namespace

void ActorCatalogue::addIsoStates() {
    for (const char* const* region = uloc_getISOCountries(); *region; ++region) {
        const icu::Locale locale("", *region);
        const std::string alpha3 = locale.getISO3Country();
        if (alpha3.size() != 3)
            continue;
        ActorInfo actor;
        actor.code = alpha3;
        actor.type = ActorType::State;
        actor.alpha2 = *region;
        add(std::move(actor));
    }
}

void ActorCatalogue::add(ActorInfo actor) {
    const auto it = m_index.find(actor.code);
    if (it == m_index.end()) {
        m_index.emplace(actor.code, m_actors.size());
        m_actors.push_back(std::move(actor));
        return;
    }
    ActorInfo& existing = m_actors[it->second];
    for (auto& [language, name] : actor.names)
        existing.names[language] = name;
    if (!actor.country.empty())
        existing.country = actor.country;
    if (existing.alpha2.empty())
        existing.type = actor.type;
}

const ActorInfo* ActorCatalogue::find(std::string_view code) const {
    const auto it = m_index.find(std::string(code));
    return it == m_index.end() ? nullptr : &m_actors[it->second];
}

std::string ActorCatalogue::displayName(std::string_view code, std::string_view language) const {
    const ActorInfo* actor = find(code);
    if (!actor)
        return std::string(code);
    if (const auto it = actor->names.find(language); it != actor->names.end())
        return it->second;
    if (!actor->alpha2.empty()) {
        std::string name = icuRegionName(actor->alpha2, language);
        if (!name.empty())
            return name;
    }
    if (const auto it = actor->names.find("en"); it != actor->names.end())
        return it->second;
    if (!actor->alpha2.empty())
        return icuRegionName(actor->alpha2, "en");
    return actor->code;
}

std::string ActorCatalogue::icuRegionName(std::string_view alpha2, std::string_view language) {
    const icu::Locale region("", std::string(alpha2).c_str());
    const icu::Locale display(std::string(language).c_str());
    icu::UnicodeString name;
    region.getDisplayCountry(display, name);
    std::string out = toStd(name);
    return out == alpha2 ? std::string() : out;
}

std::string ActorCatalogue::icuShortRegionName(std::string_view alpha2, std::string_view language) {
    UErrorCode status = U_ZERO_ERROR;
    UDisplayContext contexts[] = {UDISPCTX_LENGTH_SHORT};
    std::unique_ptr<icu::LocaleDisplayNames> names(icu::LocaleDisplayNames::createInstance(
        icu::Locale(std::string(language).c_str()), contexts, 1));
    if (!names || U_FAILURE(status))
        return {};
    icu::UnicodeString shortName;
    names->regionDisplayName(std::string(alpha2).c_str(), shortName);
    const std::string out = toStd(shortName);
    if (out == alpha2 || out == icuRegionName(alpha2, language))
        return {};
    return out;
}

} // namespace dyad
