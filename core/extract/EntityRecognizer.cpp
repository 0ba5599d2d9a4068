#include "core/extract/EntityRecognizer.h"

#include <algorithm>

namespace dyad {

namespace {

using G = GrammarWords::Class;

/// The longest name a role pattern takes, in word tokens.
constexpr std::size_t kMaxNameWords = 5;
/// The most words between two role words of one title ("Deputy Finance Minister").
constexpr std::size_t kMaxTitleGap = 3;

/// Languages whose names take case endings ("Лавров" -> "Лаврова", "Putin" -> "Putins").
bool namesInflect(std::string_view language) {
    return language == "ru" || language == "uk" || language == "be" || language == "de";
}

bool isCountryLike(MentionKind kind) {
    return kind == MentionKind::CountryName || kind == MentionKind::Demonym ||
           kind == MentionKind::Institution || kind == MentionKind::Organization;
}

bool canJoinRoleChunk(MentionKind kind) {
    return isCountryLike(kind) || kind == MentionKind::Role || kind == MentionKind::Place;
}

std::vector<bool> coverage(std::size_t size, const std::vector<LexiconMatch>& matches) {
    std::vector<bool> covered(size, false);
    for (const LexiconMatch& m : matches) {
        for (std::size_t i = m.firstToken; i < m.endToken && i < size; ++i)
            covered[i] = true;
    }
    return covered;
}

void sortAndDropOverlaps(std::vector<LexiconMatch>& matches) {
    const auto before = [](const LexiconMatch& a, const LexiconMatch& b) {
        if (a.firstToken != b.firstToken)
            return a.firstToken < b.firstToken;
        return a.endToken > b.endToken;
    };
    if (!std::is_sorted(matches.begin(), matches.end(), before))
        std::sort(matches.begin(), matches.end(), before);
    std::size_t kept = 0;
    for (std::size_t i = 0; i < matches.size(); ++i) {
        if (kept > 0 && matches[i].firstToken < matches[kept - 1].endToken)
            continue;
        if (kept != i)
            matches[kept] = std::move(matches[i]);
        ++kept;
    }
    matches.erase(matches.begin() + static_cast<std::ptrdiff_t>(kept), matches.end());
}

LexiconMatch personMatch(const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                         const std::string& actor) {
    LexiconMatch m;
    m.firstToken = first;
    m.endToken = end;
    m.span = {tokens[first].span.start, tokens[end - 1].span.end};
    m.kind = MentionKind::Person;
    m.actor = actor;
    return m;
}

DocumentMemory::Words foldedRange(const std::vector<Token>& tokens, std::size_t first,
                                  std::size_t end) {
    DocumentMemory::Words words;
    for (std::size_t i = first; i < end; ++i)
        words.emplace_back(tokens[i].folded);
    return words;
}

EntityKind entityKind(const LexiconMatch& m) {
    switch (m.kind) {
    case MentionKind::CountryName:
    case MentionKind::Demonym:
        return EntityKind::Country;
    case MentionKind::Person:
        return EntityKind::Person;
    case MentionKind::Place:
        return m.detail == "seat" ? EntityKind::Organization : EntityKind::Place;
    case MentionKind::Institution:
    case MentionKind::Agency:
    case MentionKind::Organization:
    case MentionKind::Role:
        return EntityKind::Organization;
    }
    return EntityKind::Organization;
}

MentionRole mentionRole(const LexiconMatch& m) {
    switch (m.kind) {
    case MentionKind::Place:
        return MentionRole::Place;
    case MentionKind::Agency:
        return MentionRole::Agency;
    case MentionKind::Role:
        return MentionRole::RoleWord;
    case MentionKind::Institution:
        return m.actor.empty() ? MentionRole::RoleWord : MentionRole::Participant;
    case MentionKind::CountryName:
    case MentionKind::Demonym:
    case MentionKind::Person:
    case MentionKind::Organization:
        return MentionRole::Participant;
    }
    return MentionRole::Participant;
}

} // namespace

EntityRecognizer::EntityRecognizer(const GrammarWords& grammar)
    : m_grammar(grammar) {}

std::size_t EntityRecognizer::nameAt(const std::vector<Token>& tokens,
                                     const std::vector<bool>& covered, std::size_t at,
                                     std::string_view language) const {
    std::size_t i = at;
    std::size_t words = 0;
    std::size_t end = at;
    while (i < tokens.size() && words < kMaxNameWords && !covered[i]) {
        const Token& t = tokens[i];
        const bool next = i + 1 < tokens.size() && !covered[i + 1] &&
                          tokens[i + 1].kind == TokenKind::Word && tokens[i + 1].capitalized;
        if (t.kind == TokenKind::Word && t.capitalized) {
            ++words;
            // An initial: "V." in "Serguei V. Lavrov".
            if (t.folded.size() == 1 && i + 1 < tokens.size() && tokens[i + 1].folded == U".") {
                i += 2;
                continue;
            }
            end = ++i;
        } else if (words > 0 && next &&
                   (t.folded == U"-" || m_grammar.is(G::Particle, language, t))) {
            ++i; // "Diaz-Canel", "Lazo de la Vega"
        } else {
            break;
        }
    }
    return words > 0 ? end - at : 0;
}

std::size_t EntityRecognizer::nameBefore(const std::vector<Token>& tokens,
                                         const std::vector<bool>& covered, std::size_t end,
                                         std::string_view language) const {
    std::size_t start = end;
    std::size_t words = 0;
    while (start > 0 && !covered[start - 1]) {
        const Token& t = tokens[start - 1];
        if (t.kind == TokenKind::Word && t.capitalized) {
            ++words;
            --start;
        } else if (words > 0 && start >= 2 && tokens[start - 2].capitalized &&
                   (t.folded == U"-" || m_grammar.is(G::Particle, language, t))) {
            --start;
        } else {
            break;
        }
    }
    // One capitalised word before a comma may be anything ("Yesterday, ..."): ask for two.
    return words >= 2 && words <= kMaxNameWords ? start : end;
}

void EntityRecognizer::findUnknownPeople(const std::vector<Token>& tokens,
                                         std::vector<LexiconMatch>& matches,
                                         std::string_view language, DocumentMemory& memory) const {
    std::vector<LexiconMatch> found;
    for (std::size_t r = 0; r < matches.size(); ++r) {
        if (matches[r].kind != MentionKind::Role)
            continue;
        // The role's chunk: "Russian Deputy Finance Minister", "the president of the State
        // Duma", "China's Ambassador to Pakistan", "el canciller venezolano".
        std::size_t firstMatch = r;
        while (firstMatch > 0 && canJoinRoleChunk(matches[firstMatch - 1].kind) &&
               std::all_of(tokens.begin() + static_cast<long>(matches[firstMatch - 1].endToken),
                           tokens.begin() + static_cast<long>(matches[firstMatch].firstToken),
                           [&](const Token& t) {
                               return m_grammar.is(G::Connector, language, t) && t.folded != U",";
                           }))
            --firstMatch;
        std::size_t lastMatch = r;
        bool portfolio = false; // lower-case words between the role and the country
        while (lastMatch + 1 < matches.size() && canJoinRoleChunk(matches[lastMatch + 1].kind)) {
            const LexiconMatch& next = matches[lastMatch + 1];
            const std::size_t gapStart = matches[lastMatch].endToken;
            bool joined = true;
            for (std::size_t i = gapStart; i < next.firstToken && joined; ++i)
                joined = (m_grammar.is(G::Connector, language, tokens[i]) ||
                          m_grammar.is(G::Locative, language, tokens[i])) &&
                         tokens[i].folded != U",";
            // Words between two role words belong to the title: "Deputy Finance Minister".
            if (!joined && next.kind == MentionKind::Role &&
                next.firstToken - gapStart <= kMaxTitleGap) {
                joined = true;
                for (std::size_t i = gapStart; i < next.firstToken && joined; ++i)
                    joined = tokens[i].kind == TokenKind::Word;
            }
            // The office's portfolio between the role and the country, in lower case:
            // "заместитель министра иностранных дел Армении Карен Аветисян". Only a name right
            // after the country is taken then ("the president visited Chile, Ana Pérez said").
            if (!joined && isCountryLike(next.kind) &&
                matches[lastMatch].kind == MentionKind::Role &&
                next.firstToken - gapStart <= kMaxTitleGap) {
                joined = true;
                for (std::size_t i = gapStart; i < next.firstToken && joined; ++i)
                    joined = tokens[i].kind == TokenKind::Word && !tokens[i].capitalized;
                portfolio = portfolio || joined;
            }
            if (!joined)
                break;
            ++lastMatch;
        }
        // The holder's country: the first country-like mention not after a locative ("the
        // Cuban ambassador in Belarus" is Cuban).
        std::string actor;
        for (std::size_t m = firstMatch; m <= lastMatch && actor.empty(); ++m) {
            const LexiconMatch& match = matches[m];
            const bool afterLocative =
                match.firstToken > 0 &&
                m_grammar.is(G::Locative, language, tokens[match.firstToken - 1]);
            if (isCountryLike(match.kind) && !afterLocative)
                actor = match.actor;
        }
        if (actor.empty())
            continue;
        const std::vector<bool> covered = coverage(tokens.size(), matches);
        // The name after the chunk: "... Minister Sergei Storchak", "..., Santiago Pérez".
        std::size_t at = matches[lastMatch].endToken;
        if (at < tokens.size() && tokens[at].folded == U"," && !portfolio)
            ++at;
        while (at < tokens.size() && m_grammar.is(G::Honorific, language, tokens[at])) {
            ++at;
            if (at < tokens.size() && tokens[at].folded == U".")
                ++at;
        }
        const std::size_t length = nameAt(tokens, covered, at, language);
        const bool beforeRole = std::any_of(matches.begin(), matches.end(), [&](const auto& m) {
            return m.kind == MentionKind::Role && m.firstToken == at + length;
        });
        if (length > (portfolio ? 1 : 0) && !beforeRole) {
            found.push_back(personMatch(tokens, at, at + length, actor));
            continue;
        }
        if (portfolio)
            continue;
        // The name before it: "Jiang Zaidong, China's ambassador".
        const std::size_t chunkStart = matches[firstMatch].firstToken;
        if (chunkStart >= 2 && tokens[chunkStart - 1].folded == U",") {
            const std::size_t start = nameBefore(tokens, covered, chunkStart - 1, language);
            if (start < chunkStart - 1)
                found.push_back(personMatch(tokens, start, chunkStart - 1, actor));
        }
    }
    for (LexiconMatch& person : found) {
        memory.rememberPerson(foldedRange(tokens, person.firstToken, person.endToken),
                              person.actor);
        matches.push_back(std::move(person));
    }
    sortAndDropOverlaps(matches);
}

void EntityRecognizer::resolveInstitutions(const std::vector<Token>& tokens,
                                           std::vector<LexiconMatch>& matches,
                                           std::string_view language) const {
    auto onlyConnectors = [&](std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i) {
            if (!m_grammar.is(G::Connector, language, tokens[i]) || tokens[i].folded == U",")
                return false;
        }
        return true;
    };
    for (std::size_t m = 0; m < matches.size(); ++m) {
        LexiconMatch& institution = matches[m];
        if (institution.kind != MentionKind::Institution || !institution.actor.empty())
            continue;
        // "the House of Representatives of Belarus", "the Russian Foreign Ministry"; "die
        // Regierung in Mali", "the foreign ministry in Paris" (an embassy in Moscow is another
        // state's).
        const auto locatedIn = [&](const LexiconMatch& next) {
            const std::size_t at = institution.endToken;
            return institution.detail != "embassy" && next.firstToken == at + 1 &&
                   m_grammar.is(G::Locative, language, tokens[at]) &&
                   (next.kind == MentionKind::CountryName ||
                    (next.kind == MentionKind::Place && next.detail == "capital"));
        };
        const LexiconMatch* next = m + 1 < matches.size() ? &matches[m + 1] : nullptr;
        if (next && !next->actor.empty() &&
            ((isCountryLike(next->kind) &&
              onlyConnectors(institution.endToken, next->firstToken)) ||
             locatedIn(*next)))
            institution.actor = next->actor;
        else if (m > 0 &&
                 (matches[m - 1].kind == MentionKind::CountryName ||
                  matches[m - 1].kind == MentionKind::Demonym) &&
                 onlyConnectors(matches[m - 1].endToken, institution.firstToken))
            institution.actor = matches[m - 1].actor;
    }
}

RecognizedSentence EntityRecognizer::recognize(const std::vector<Token>& tokens,
                                               std::vector<LexiconMatch> matches,
                                               std::string_view language,
                                               DocumentMemory& memory) const {
    sortAndDropOverlaps(matches);

    // People the document has named before, by their full name or a tail of it.
    const DocumentMemory::Words folded = foldedRange(tokens, 0, tokens.size());
    const std::vector<bool> covered = coverage(tokens.size(), matches);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (covered[i] || !tokens[i].capitalized)
            continue;
        std::string actor;
        std::size_t length = memory.personAt(folded, i, actor);
        if (length == 0 && namesInflect(language) && tokens[i].kind == TokenKind::Word) {
            // "Визит Аветисяна", "Nowickis Besuch": a surname named before, with a case ending.
            actor = memory.inflectedPerson(folded[i]);
            length = actor.empty() ? 0 : 1;
        }
        if (length == 0 ||
            std::any_of(covered.begin() + static_cast<long>(i),
                        covered.begin() + static_cast<long>(i + length), [](bool c) { return c; }))
            continue;
        matches.push_back(personMatch(tokens, i, i + length, actor));
        i += length - 1;
    }
    sortAndDropOverlaps(matches);

    findUnknownPeople(tokens, matches, language, memory);
    resolveInstitutions(tokens, matches, language);
    for (const LexiconMatch& m : matches) {
        if (m.kind == MentionKind::Person && !m.actor.empty())
            memory.rememberPerson(foldedRange(tokens, m.firstToken, m.endToken), m.actor);
    }

    // Plural phrases standing for the pair: "the two countries", "ambos países", "обе стороны".
    // They may swallow role words ("the two presidents") but no actor.
    std::vector<int> matchOf(tokens.size(), -1);
    for (std::size_t m = 0; m < matches.size(); ++m) {
        for (std::size_t i = matches[m].firstToken; i < matches[m].endToken; ++i)
            matchOf[i] = static_cast<int>(m);
    }
    std::vector<bool> dropped(matches.size(), false);
    RecognizedSentence result;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::size_t length = m_grammar.matchAt(G::Plural, language, tokens, i);
        bool free = length > 0;
        for (std::size_t k = i; k < i + length && free; ++k) {
            const int m = matchOf[k];
            free = m < 0 || (matches[std::size_t(m)].kind == MentionKind::Role &&
                             matches[std::size_t(m)].firstToken >= i &&
                             matches[std::size_t(m)].endToken <= i + length);
        }
        if (!free)
            continue;
        for (std::size_t k = i; k < i + length; ++k) {
            if (matchOf[k] >= 0)
                dropped[std::size_t(matchOf[k])] = true;
        }
        ActorMention plural;
        plural.first = i;
        plural.end = i + length;
        plural.role = MentionRole::Plural;
        result.mentions.push_back(plural);
        i += length - 1;
    }

    for (std::size_t m = 0; m < matches.size(); ++m) {
        if (dropped[m])
            continue;
        const LexiconMatch& match = matches[m];
        ActorMention mention;
        mention.first = match.firstToken;
        mention.end = match.endToken;
        mention.actor = match.actor;
        mention.kind = entityKind(match);
        mention.role = mentionRole(match);
        result.mentions.push_back(mention);
        if (!match.actor.empty() && match.kind != MentionKind::Role)
            result.entities.push_back({match.span, mention.kind, match.actor});
    }
    std::sort(result.mentions.begin(), result.mentions.end(),
              [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
    return result;
}

} // namespace dyad
