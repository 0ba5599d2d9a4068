#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// One code of the CAMEO event codebook.
struct CameoCode {
    std::string code;       ///< "042"; two to four digits, leading zero kept
    std::string name;       ///< English name ("Make a visit")
    std::string root;       ///< two-digit root ("04")
    int quadClass = 0;      ///< 1 verbal cooperation .. 4 material conflict
    double goldstein = 0.0; ///< -10..+10
};

/// The CAMEO codebook (resources/lexicon/cameo/codes.tsv): every code with its name, root,
/// QuadClass and Goldstein weight.
class CameoCatalog {
public:
    /// Loads codes.tsv. Malformed lines are skipped and reported in `errors` as
    /// "file:line: problem"; so are codes whose root is missing or whose QuadClass does not
    /// follow from the root.
    static CameoCatalog load(const std::string& path, std::vector<std::string>& errors);

    /// The code, or nullptr when the catalogue does not have it.
    const CameoCode* find(std::string_view code) const;
    bool isValid(std::string_view code) const { return find(code) != nullptr; }
    /// Every code in codebook order.
    const std::vector<CameoCode>& codes() const { return m_codes; }
    std::size_t size() const { return m_codes.size(); }

    /// The two-digit root of a syntactically valid code ("0871" -> "08"); empty otherwise.
    static std::string rootOf(std::string_view code);
    /// Whether `code` is two to four ASCII digits with a root from 01 to 20.
    static bool isWellFormed(std::string_view code);
    /// The QuadClass the root of a well-formed code implies (1..4), 0 otherwise.
    static int quadClassOfRoot(std::string_view code);

private:
    std::vector<CameoCode> m_codes;
    std::map<std::string, std::size_t, std::less<>> m_index;
};

} // namespace dyad
