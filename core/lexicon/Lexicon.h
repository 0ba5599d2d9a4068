#pragma once

#include "core/lexicon/ActorInfo.h"
#include "core/lexicon/LexiconMatch.h"
#include "core/lexicon/PersonRecord.h"
#include "core/text/Tokenizer.h"
#include "core/util/FuzzyDate.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct LexiconData;
class PhraseIndex;

/// The actor lexicon: every ISO 3166-1 state (names from ICU in any language), historical
/// states, international organisations, news agencies, their aliases, demonyms, capitals and
/// seats of government, institutions, role words and office-holders, loaded from the lexicon
/// folders (see resources/lexicon/README.md), and a matcher that finds them in tokenised text.
///
/// Tokenise the text with a Tokenizer of the document's language and pass the same language to
/// findMentions(); the phrases are tokenised and indexed for each language on first use. Safe to
/// use from several threads once loaded.
class Lexicon {
public:
    Lexicon();
    ~Lexicon();
    Lexicon(Lexicon&&) noexcept;
    Lexicon& operator=(Lexicon&&) noexcept;
    Lexicon(const Lexicon&) = delete;
    Lexicon& operator=(const Lexicon&) = delete;

    /// Loads the lexicon folders in order (the bundled lexicon first, then the user's data
    /// folder): later files add actors, aliases and people. Every problem (a missing first
    /// folder, an unreadable file, a malformed line) is appended to `errors` as
    /// "file:line: problem"; everything else loads.
    static Lexicon load(const std::vector<std::string>& folders, std::vector<std::string>& errors);
    /// The bundled lexicon folder of a source tree or installation: `root`/resources/lexicon.
    static std::string lexiconDirIn(const std::string& root);

    /// Lexicon phrases in `tokens` (from a Tokenizer of `language`, ISO 639-1), left to right,
    /// not overlapping, the longest at each position. A person resolves to the actor of the
    /// tenure covering `when` (the latest tenure when `when` is unknown).
    std::vector<LexiconMatch> findMentions(std::span<const Token> tokens, std::string_view language,
                                           const FuzzyDate& when = {}) const;
    /// Builds the phrase index of a language now rather than on the first findMentions().
    void prepare(std::string_view language) const;

    /// The actor with this code, or null.
    const ActorInfo* actor(std::string_view code) const;
    /// Every actor: the ISO states first, then the lexicon's own.
    const std::vector<ActorInfo>& actors() const;
    /// The actor's name for the UI in `language` ("RUS", "es" -> "Rusia"); the code when unknown.
    std::string displayName(std::string_view code, std::string_view language) const;
    /// Whether the actor can take part in events (news agencies cannot; unknown codes cannot).
    bool isParticipant(std::string_view code) const;

    const std::vector<PersonRecord>& persons() const;
    /// Number of phrases loaded from the files (ICU's names not included).
    std::size_t entryCount() const;

private:
    const PhraseIndex& indexFor(std::string_view language) const;

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace dyad
