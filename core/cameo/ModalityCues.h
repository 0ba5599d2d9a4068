#pragma once

#include "core/cameo/PhraseMatcher.h"
#include "core/text/Tokenizer.h"
#include "core/util/TextSpan.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Words that change what a trigger asserts (resources/lexicon/cameo/modality.tsv).
enum class ModalityType {
    Negation,     ///< "not", "never", "не", "nicht", "kein", "no", "nunca"
    Cancellation, ///< "cancelled", "called off", "отменил", "abgesagt", "aplazó"
    Intent,    ///< future, plan or possibility: "will", "plans to", "будет", "soll", "podría"
    Condition, ///< "if", "unless", "если", "wenn", "si"
    Report, ///< reporting verbs and attributions: "said", "according to", "заявил", "según"
};

/// A modality cue found in a sentence's tokens.
struct ModalityCue {
    std::size_t firstToken = 0;
    std::size_t endToken = 0; ///< one past the last matched token
    /// The tokens the cue's words matched (a gapped cue, "sagte ... ab", skips others).
    std::vector<std::size_t> matchedTokens;
    TextSpan span;
    ModalityType type = ModalityType::Negation;
    std::string phrase; ///< as written in modality.tsv
};

/// Negation, cancellation, intent, condition and reporting cues per language. Immutable
/// after loading: find() may run on several threads.
class ModalityCues {
public:
    /// Loads modality.tsv (columns: language, type, phrase; same phrase syntax as the trigger
    /// files; type `none` marks a blocking phrase such as "in May"). Malformed lines are
    /// reported in `errors` as "file:line: problem".
    static ModalityCues load(const std::string& path, std::vector<std::string>& errors);

    /// The cues in `tokens` (from a Tokenizer of `language`), longest first where they
    /// overlap ("did not" over "not"), in token order.
    std::vector<ModalityCue> find(const std::vector<Token>& tokens,
                                  std::string_view language) const;

    /// Number of cue phrases (not counting blocking phrases) of `language`.
    std::size_t cueCount(std::string_view language) const;
    static std::string_view typeName(ModalityType type);
    static bool parseType(std::string_view name, ModalityType& type);

private:
    struct Entry {
        ModalityType type;
        std::string phrase;
        bool blocking = false; ///< type `none`: wins like a cue, then is left out
    };
    struct Language {
        PhraseMatcher matcher;
        std::vector<Entry> entries;
        std::map<std::u32string, int> lineOfKey;
    };
    std::map<std::string, Language, std::less<>> m_languages;
};

} // namespace dyad
