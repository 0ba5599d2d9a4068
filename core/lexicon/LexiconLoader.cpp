#include "core/lexicon/LexiconLoader.h"

#include "core/text/TextFolder.h"
#include "core/util/Utf.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace dyad {

namespace {

namespace fs = std::filesystem;

const char* const kActorLanguages[] = {"en", "es", "ru", "de", "fr"};

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t bar = text.find('|', start);
        if (bar == std::string::npos)
            bar = text.size();
        std::string item = text.substr(start, bar - start);
        while (!item.empty() && item.front() == ' ')
            item.erase(item.begin());
        while (!item.empty() && item.back() == ' ')
            item.pop_back();
        if (!item.empty())
            items.push_back(std::move(item));
        start = bar + 1;
    }
    return items;
}

bool isIdentifier(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool isActorCode(const std::string& text) {
    return !text.empty() && text.size() <= 16 && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    });
}

bool read(const fs::path& path, TsvFile& file, std::vector<std::string>& errors) {
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return false;
    return file.read(path.string(), errors);
}

} // namespace

LexiconData LexiconLoader::load(const std::vector<std::string>& folders,
                                std::vector<std::string>& errors) {
    m_data = {};
    m_personByName.clear();
    m_personAliases.clear();
    m_data.catalogue.addIsoStates();

    std::vector<fs::path> present;
    for (std::size_t i = 0; i < folders.size(); ++i) {
        std::error_code ec;
        if (fs::is_directory(folders[i], ec))
            present.emplace_back(folders[i]);
        else if (i == 0)
            errors.push_back(folders[i] + ": lexicon folder not found");
    }

    using Reader = void (LexiconLoader::*)(const TsvFile&, std::vector<std::string>&);
    const std::pair<const char*, Reader> actorFiles[] = {
        {"actors.tsv", &LexiconLoader::readActors},
        {"agencies.tsv", &LexiconLoader::readAgencies},
    };
    const std::pair<const char*, Reader> phraseFiles[] = {
        {"aliases.tsv", &LexiconLoader::readAliases},
        {"demonyms.tsv", &LexiconLoader::readDemonyms},
        {"places.tsv", &LexiconLoader::readPlaces},
        {"institutions.tsv", &LexiconLoader::readInstitutions},
        {"roles.tsv", &LexiconLoader::readRoles},
        {"nostem.tsv", &LexiconLoader::readNoStemWords},
        {"notactors.tsv", &LexiconLoader::readNotActors},
    };
    for (const fs::path& folder : present)
        for (const auto& [name, reader] : actorFiles)
            if (TsvFile file; read(folder / name, file, errors))
                (this->*reader)(file, errors);
    for (const fs::path& folder : present) {
        for (const auto& [name, reader] : phraseFiles)
            if (TsvFile file; read(folder / name, file, errors))
                (this->*reader)(file, errors);
        std::error_code ec;
        std::set<fs::path> people;
        for (const auto& item : fs::directory_iterator(folder / "people", ec))
            if (item.path().extension() == ".tsv")
                people.insert(item.path());
        for (const fs::path& path : people)
            if (TsvFile file; read(path, file, errors))
                readPeople(file, errors);
    }
    return std::move(m_data);
}

bool LexiconLoader::checkColumns(const TsvFile& file, const TsvRow& row, std::size_t required,
                                 std::vector<std::string>& errors) const {
    for (std::size_t i = 0; i < required; ++i) {
        if (TsvFile::field(row, i).empty()) {
            errors.push_back(file.error(row.line, "expected at least " + std::to_string(required) +
                                                      " tab-separated columns, column " +
                                                      std::to_string(i + 1) + " is missing"));
            return false;
        }
    }
    return true;
}

bool LexiconLoader::checkLanguage(const TsvFile& file, const TsvRow& row,
                                  const std::string& language,
                                  std::vector<std::string>& errors) const {
    const bool valid =
        language == "*" || ((language.size() == 2 || language.size() == 3) &&
                            std::all_of(language.begin(), language.end(),
                                        [](char c) { return c >= 'a' && c <= 'z'; }));
    if (!valid)
        errors.push_back(file.error(row.line, "bad language \"" + language +
                                                  "\" (an ISO 639-1 code such as en, or *)"));
    return valid;
}

bool LexiconLoader::checkActor(const TsvFile& file, const TsvRow& row, const std::string& code,
                               std::vector<std::string>& errors) const {
    if (m_data.catalogue.find(code))
        return true;
    errors.push_back(file.error(row.line, "unknown actor code \"" + code + "\""));
    return false;
}

bool LexiconLoader::readFlags(const TsvFile& file, const TsvRow& row, const std::string& flags,
                              LexiconEntry& entry, std::vector<std::string>& errors) const {
    std::size_t start = 0;
    while (start < flags.size()) {
        std::size_t comma = flags.find(',', start);
        if (comma == std::string::npos)
            comma = flags.size();
        std::string flag = flags.substr(start, comma - start);
        flag.erase(std::remove(flag.begin(), flag.end(), ' '), flag.end());
        if (flag == "case")
            entry.caseSensitive = true;
        else if (flag == "exact")
            entry.exact = true;
        else if (!flag.empty()) {
            errors.push_back(file.error(row.line, "unknown flag \"" + flag + "\" (case, exact)"));
            return false;
        }
        start = comma + 1;
    }
    return true;
}

MentionKind LexiconLoader::nameKind(const std::string& code) const {
    const ActorInfo* actor = m_data.catalogue.find(code);
    if (!actor)
        return MentionKind::CountryName;
    switch (actor->type) {
    case ActorType::State:
    case ActorType::HistoricalState:
        return MentionKind::CountryName;
    case ActorType::Organization:
        return MentionKind::Organization;
    case ActorType::NewsAgency:
        return MentionKind::Agency;
    }
    return MentionKind::CountryName;
}

void LexiconLoader::addEntry(LexiconEntry entry) {
    if (entry.language != "*")
        m_data.languages.insert(entry.language);
    if (entry.canonical.empty() && !entry.actor.empty())
        entry.canonical = m_data.catalogue.displayName(entry.actor, "en");
    m_data.entries.push_back(std::move(entry));
}

// actors.tsv: code, type, en, es, ru, de, fr
void LexiconLoader::readActors(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors))
            continue;
        ActorInfo actor;
        actor.code = row.fields[0];
        if (!isActorCode(actor.code)) {
            errors.push_back(file.error(row.line, "bad actor code \"" + actor.code +
                                                      "\" (A-Z, 0-9 and _, at most 16)"));
            continue;
        }
        if (!parseActorType(row.fields[1], actor.type) || actor.type == ActorType::NewsAgency) {
            errors.push_back(file.error(row.line, "bad actor type \"" + row.fields[1] +
                                                      "\" (state, historical, organisation)"));
            continue;
        }
        if (const ActorInfo* existing = m_data.catalogue.find(actor.code);
            existing && existing->type != actor.type) {
            errors.push_back(file.error(row.line, "actor code \"" + actor.code +
                                                      "\" is already a " +
                                                      std::string(actorTypeName(existing->type))));
            continue;
        }
        for (std::size_t i = 0; i < std::size(kActorLanguages); ++i)
            if (const std::string& name = TsvFile::field(row, 2 + i); !name.empty())
                actor.names[kActorLanguages[i]] = name;
        const std::string code = actor.code;
        const std::map<std::string, std::string, std::less<>> names = actor.names;
        m_data.catalogue.add(std::move(actor));
        for (const auto& [language, name] : names)
            addEntry({name, language, nameKind(code), code, {}, {}, {}, false, false, false, -1});
    }
}

// agencies.tsv: code, country, name, aliases
void LexiconLoader::readAgencies(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors))
            continue;
        const std::string& code = row.fields[0];
        const std::string& country = row.fields[1];
        if (!isActorCode(code)) {
            errors.push_back(file.error(row.line, "bad agency code \"" + code + "\""));
            continue;
        }
        if (country != "-" && !checkActor(file, row, country, errors))
            continue;
        if (const ActorInfo* existing = m_data.catalogue.find(code);
            existing && existing->type != ActorType::NewsAgency) {
            errors.push_back(file.error(row.line, "actor code \"" + code + "\" is already a " +
                                                      std::string(actorTypeName(existing->type))));
            continue;
        }
        ActorInfo actor;
        actor.code = code;
        actor.type = ActorType::NewsAgency;
        actor.country = country == "-" ? std::string() : country;
        actor.names["en"] = row.fields[2];
        m_data.catalogue.add(std::move(actor));
        std::vector<std::string> names = splitList(TsvFile::field(row, 3));
        names.insert(names.begin(), row.fields[2]);
        for (const std::string& name : names)
            addEntry({name,
                      "*",
                      MentionKind::Agency,
                      code,
                      {},
                      {},
                      row.fields[2],
                      false,
                      false,
                      false,
                      -1});
    }
}

// aliases.tsv: code, language, alias, flags
void LexiconLoader::readAliases(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors) || !checkActor(file, row, row.fields[0], errors) ||
            !checkLanguage(file, row, row.fields[1], errors))
            continue;
        LexiconEntry entry{row.fields[2],
                           row.fields[1],
                           nameKind(row.fields[0]),
                           row.fields[0],
                           {},
                           {},
                           {},
                           false,
                           false,
                           false,
                           -1};
        if (readFlags(file, row, TsvFile::field(row, 3), entry, errors))
            addEntry(std::move(entry));
    }
}

// demonyms.tsv: code, language, forms
void LexiconLoader::readDemonyms(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors) || !checkActor(file, row, row.fields[0], errors) ||
            !checkLanguage(file, row, row.fields[1], errors))
            continue;
        for (const std::string& form : splitList(row.fields[2]))
            addEntry({form,
                      row.fields[1],
                      MentionKind::Demonym,
                      row.fields[0],
                      {},
                      {},
                      {},
                      false,
                      false,
                      false,
                      -1});
    }
}

// places.tsv: code, language, name, kind, flags
void LexiconLoader::readPlaces(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 4, errors) || !checkActor(file, row, row.fields[0], errors) ||
            !checkLanguage(file, row, row.fields[1], errors))
            continue;
        const std::string& kind = row.fields[3];
        if (kind != "capital" && kind != "seat" && kind != "city" && kind != "region") {
            errors.push_back(file.error(row.line, "bad place kind \"" + kind +
                                                      "\" (capital, seat, city, region)"));
            continue;
        }
        LexiconEntry entry{row.fields[2],
                           row.fields[1],
                           MentionKind::Place,
                           row.fields[0],
                           {},
                           kind,
                           row.fields[2],
                           false,
                           false,
                           false,
                           -1};
        if (readFlags(file, row, TsvFile::field(row, 4), entry, errors))
            addEntry(std::move(entry));
    }
}

// institutions.tsv: code (or ? when the country comes from the context), language, name, kind,
// flags
void LexiconLoader::readInstitutions(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 4, errors) || !checkLanguage(file, row, row.fields[1], errors))
            continue;
        const bool needsCountry = row.fields[0] == "?";
        if (!needsCountry && !checkActor(file, row, row.fields[0], errors))
            continue;
        if (!isIdentifier(row.fields[3])) {
            errors.push_back(file.error(row.line, "bad institution kind \"" + row.fields[3] +
                                                      "\" (lower case, digits and _)"));
            continue;
        }
        LexiconEntry entry{row.fields[2],
                           row.fields[1],
                           MentionKind::Institution,
                           needsCountry ? std::string() : row.fields[0],
                           {},
                           row.fields[3],
                           row.fields[2],
                           false,
                           false,
                           needsCountry,
                           -1};
        if (readFlags(file, row, TsvFile::field(row, 4), entry, errors))
            addEntry(std::move(entry));
    }
}

// roles.tsv: role, language, forms
void LexiconLoader::readRoles(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors) || !checkLanguage(file, row, row.fields[1], errors))
            continue;
        if (!isIdentifier(row.fields[0])) {
            errors.push_back(file.error(row.line, "bad role id \"" + row.fields[0] +
                                                      "\" (lower case, digits and _)"));
            continue;
        }
        for (const std::string& form : splitList(row.fields[2]))
            addEntry({form,
                      row.fields[1],
                      MentionKind::Role,
                      {},
                      row.fields[0],
                      {},
                      row.fields[0],
                      false,
                      false,
                      false,
                      -1});
    }
}

// nostem.tsv: language, words
void LexiconLoader::readNoStemWords(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 2, errors) || !checkLanguage(file, row, row.fields[0], errors))
            continue;
        for (const std::string& word : splitList(row.fields[1]))
            m_data.noStemWords[row.fields[0]].insert(TextFolder::fold(fromUtf8(word)));
    }
}

// notactors.tsv: language, phrases
void LexiconLoader::readNotActors(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 2, errors) || !checkLanguage(file, row, row.fields[0], errors))
            continue;
        for (const std::string& phrase : splitList(row.fields[1])) {
            LexiconEntry entry;
            entry.phrase = phrase;
            entry.language = row.fields[0];
            entry.blocker = true;
            addEntry(std::move(entry));
        }
    }
}

// people/*.tsv: actor, role, name, aliases, from, to
void LexiconLoader::readPeople(const TsvFile& file, std::vector<std::string>& errors) {
    for (const TsvRow& row : file.rows()) {
        if (!checkColumns(file, row, 3, errors) || !checkActor(file, row, row.fields[0], errors))
            continue;
        if (!isIdentifier(row.fields[1])) {
            errors.push_back(file.error(row.line, "bad role id \"" + row.fields[1] + "\""));
            continue;
        }
        Tenure tenure{row.fields[0], row.fields[1], {}, {}};
        bool datesValid = true;
        for (std::size_t column : {4u, 5u}) {
            const std::string& text = TsvFile::field(row, column);
            if (text.empty())
                continue;
            const auto date = FuzzyDate::fromIso(text);
            if (!date) {
                errors.push_back(file.error(row.line, "bad date \"" + text +
                                                          "\" (YYYY, YYYY-MM or YYYY-MM-DD)"));
                datesValid = false;
                break;
            }
            (column == 4 ? tenure.from : tenure.to) = *date;
        }
        if (!datesValid)
            continue;
        if (tenure.from.isKnown() && tenure.to.isKnown() && tenure.to.day < tenure.from.day) {
            errors.push_back(file.error(row.line, "the tenure ends before it starts"));
            continue;
        }
        const std::string& name = row.fields[2];
        auto [it, isNew] = m_personByName.emplace(name, m_data.persons.size());
        if (isNew)
            m_data.persons.push_back({name, {}});
        const auto person = static_cast<std::int32_t>(it->second);
        m_data.persons[it->second].tenures.push_back(tenure);
        std::vector<std::string> names = splitList(TsvFile::field(row, 3));
        names.insert(names.begin(), name);
        for (const std::string& alias : names) {
            if (m_personAliases.emplace(person, alias).second)
                addEntry({alias,
                          "*",
                          MentionKind::Person,
                          {},
                          {},
                          {},
                          name,
                          false,
                          false,
                          false,
                          person});
        }
    }
}

} // namespace dyad
