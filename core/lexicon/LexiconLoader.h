#pragma once

#include "core/lexicon/LexiconData.h"
#include "core/util/TsvFile.h"

#include <cstdint>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace dyad {

/// Reads the lexicon files of a list of folders (the bundled lexicon first, then the user's):
/// actors.tsv and agencies.tsv of every folder first, then aliases.tsv, demonyms.tsv,
/// places.tsv, institutions.tsv, roles.tsv and people/*.tsv. The format of each file is in
/// resources/lexicon/README.md. A bad line becomes an error "file:line: problem" and is skipped;
/// the rest loads.
class LexiconLoader {
public:
    LexiconData load(const std::vector<std::string>& folders, std::vector<std::string>& errors);

private:
    void readActors(const TsvFile& file, std::vector<std::string>& errors);
    void readAgencies(const TsvFile& file, std::vector<std::string>& errors);
    void readAliases(const TsvFile& file, std::vector<std::string>& errors);
    void readDemonyms(const TsvFile& file, std::vector<std::string>& errors);
    void readPlaces(const TsvFile& file, std::vector<std::string>& errors);
    void readInstitutions(const TsvFile& file, std::vector<std::string>& errors);
    void readRoles(const TsvFile& file, std::vector<std::string>& errors);
    void readPeople(const TsvFile& file, std::vector<std::string>& errors);
    void readNoStemWords(const TsvFile& file, std::vector<std::string>& errors);
    void readNotActors(const TsvFile& file, std::vector<std::string>& errors);

    /// Checks the common columns; on failure adds an error and returns false.
    bool checkColumns(const TsvFile& file, const TsvRow& row, std::size_t required,
                      std::vector<std::string>& errors) const;
    bool checkLanguage(const TsvFile& file, const TsvRow& row, const std::string& language,
                       std::vector<std::string>& errors) const;
    bool checkActor(const TsvFile& file, const TsvRow& row, const std::string& code,
                    std::vector<std::string>& errors) const;
    bool readFlags(const TsvFile& file, const TsvRow& row, const std::string& flags,
                   LexiconEntry& entry, std::vector<std::string>& errors) const;
    /// The match kind of a name of `code`: country, organisation or agency.
    MentionKind nameKind(const std::string& code) const;
    void addEntry(LexiconEntry entry);

    LexiconData m_data;
    std::unordered_map<std::string, std::size_t> m_personByName;
    std::set<std::pair<std::int32_t, std::string>> m_personAliases;
};

} // namespace dyad
