#include "core/lexicon/Lexicon.h"

#include "core/lexicon/LexiconData.h"
#include "core/lexicon/LexiconLoader.h"
#include "core/lexicon/PhraseIndex.h"

#include <map>
#include <mutex>

namespace dyad {

namespace {

/// "en-US", "EN", "ru_RU" -> "en", "en", "ru"; "" -> "und".
std::string normalizedLanguage(std::string_view language) {
    std::string out;
    for (char c : language) {
        if (c == '-' || c == '_')
            break;
        out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    return out.empty() ? std::string("und") : out;
}

} // namespace

struct Lexicon::State {
    LexiconData data;
    mutable std::mutex mutex;
    mutable std::map<std::string, std::unique_ptr<PhraseIndex>, std::less<>> indexes;
};

Lexicon::Lexicon()
    : m_state(std::make_unique<State>()) {}
Lexicon::~Lexicon() = default;
Lexicon::Lexicon(Lexicon&&) noexcept = default;
Lexicon& Lexicon::operator=(Lexicon&&) noexcept = default;

Lexicon Lexicon::load(const std::vector<std::string>& folders, std::vector<std::string>& errors) {
    Lexicon lexicon;
    lexicon.m_state->data = LexiconLoader().load(folders, errors);
    return lexicon;
}

std::string Lexicon::lexiconDirIn(const std::string& root) {
    return root + "/resources/lexicon";
}

const PhraseIndex& Lexicon::indexFor(std::string_view language) const {
    const std::string key = normalizedLanguage(language);
    std::lock_guard lock(m_state->mutex);
    auto& index = m_state->indexes[key];
    if (!index)
        index = std::make_unique<PhraseIndex>(key, m_state->data);
    return *index;
}

std::vector<LexiconMatch> Lexicon::findMentions(std::span<const Token> tokens,
                                                std::string_view language,
                                                const FuzzyDate& when) const {
    return indexFor(language).find(tokens, when);
}

void Lexicon::prepare(std::string_view language) const {
    indexFor(language);
}

const ActorInfo* Lexicon::actor(std::string_view code) const {
    return m_state->data.catalogue.find(code);
}

const std::vector<ActorInfo>& Lexicon::actors() const {
    return m_state->data.catalogue.actors();
}

std::string Lexicon::displayName(std::string_view code, std::string_view language) const {
    return m_state->data.catalogue.displayName(code, normalizedLanguage(language));
}

bool Lexicon::isParticipant(std::string_view code) const {
    const ActorInfo* info = actor(code);
    return info && info->type != ActorType::NewsAgency;
}

const std::vector<PersonRecord>& Lexicon::persons() const {
    return m_state->data.persons;
}

std::size_t Lexicon::entryCount() const {
    return m_state->data.entries.size();
}

} // namespace dyad
