#pragma once

#include "core/cameo/PhraseMatcher.h"
#include "core/cameo/TriggerMatch.h"
#include "core/text/Tokenizer.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

class CameoCatalog;

/// Trigger words and phrases per language mapped to CAMEO codes
/// (resources/lexicon/cameo/triggers_<language>.tsv), and the search for them in the tokens
/// of a sentence. Immutable after loading: findTriggers() may run on several threads.
class TriggerLexicon {
public:
    /// Loads every triggers_<language>.tsv in `directory`. Problems (a file that cannot be
    /// read, a malformed line, a code the catalogue does not know, a phrase listed twice)
    /// are reported in `errors` as "file:line: problem"; the other lines still load.
    static TriggerLexicon load(const std::string& directory, const CameoCatalog& catalog,
                               std::vector<std::string>& errors);
    /// Adds one trigger file for `language` (ISO 639-1).
    void addFile(const std::string& path, const std::string& language, const CameoCatalog& catalog,
                 std::vector<std::string>& errors);

    /// Languages with at least one phrase, sorted.
    std::vector<std::string> languages() const;
    /// Number of phrases of `language` that map to a code.
    std::size_t phraseCount(std::string_view language) const;

    /// The triggers in `tokens` (from a Tokenizer of `language`), in token order. Where
    /// phrases overlap, the most specific wins (more matched words, then the tighter
    /// stretch): "signed a strategic partnership agreement" is one trigger, not "signed".
    /// Blocking phrases (code `none`, e.g. "heart attack") win like any other and are then
    /// left out.
    std::vector<TriggerMatch> findTriggers(const std::vector<Token>& tokens,
                                           std::string_view language) const;

private:
    struct Entry {
        std::string code; ///< empty for a blocking phrase
        std::uint8_t flags = 0;
        std::string phrase;
        std::string origin;
    };
    struct Language {
        PhraseMatcher matcher;
        std::vector<Entry> entries; ///< parallel to the matcher's patterns
        std::map<std::u32string, std::string> originOfKey;
    };
    std::map<std::string, Language, std::less<>> m_languages;
};

} // namespace dyad
