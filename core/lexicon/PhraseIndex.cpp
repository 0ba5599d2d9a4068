#include "core/lexicon/PhraseIndex.h"

#include "core/util/Utf.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace dyad {

namespace {

/// Elided articles and pronouns written onto the next word ("l'Allemagne", "d'Italia").
std::vector<std::u32string> elisions(const std::string& language) {
    if (language == "fr")
        return {U"l'", U"d'", U"qu'", U"jusqu'", U"lorsqu'", U"puisqu'", U"n'", U"s'", U"c'"};
    if (language == "it")
        return {U"l'", U"d'", U"all'", U"dall'", U"dell'", U"nell'", U"sull'", U"un'"};
    if (language == "ca")
        return {U"l'", U"d'"};
    return {};
}

bool isHyphen(const Token& token) {
    return token.kind == TokenKind::Punctuation && token.folded == U"-";
}

} // namespace

PhraseIndex::Inflection PhraseIndex::inflectionOf(const std::string& language) {
    if (language == "ru" || language == "uk" || language == "be")
        return {{U"а",  U"я",  U"у",  U"ю",   U"ом",  U"ем",  U"ым",  U"им", U"е",
                 U"ой", U"ей", U"ы",  U"и",   U"ов",  U"ев",  U"ых",  U"их", U"ам",
                 U"ям", U"ах", U"ях", U"ого", U"его", U"ому", U"ему", U"ую", U"ою"},
                U"аяоеыийь"};
    if (language == "de")
        return {{U"s", U"es", U"n", U"en"}, {}};
    return {};
}

PhraseIndex::PhraseIndex(std::string language, const LexiconData& data)
    : m_language(std::move(language))
    , m_data(data)
    , m_inflection(inflectionOf(m_language))
    , m_elisions(elisions(m_language))
    , m_stemDemonyms(m_language == "ru" || m_language == "uk" || m_language == "be" ||
                     m_language == "pl" || m_language == "cs" || m_language == "sk") {
    for (const char* key : {"*", m_language.c_str()})
        if (const auto it = m_data.noStemWords.find(std::string_view(key));
            it != m_data.noStemWords.end())
            m_noStemWords.insert(it->second.begin(), it->second.end());
    Tokenizer tokenizer(m_language);
    addIcuNames(tokenizer);
    const bool ownEntries = m_data.languages.count(m_language) > 0;
    for (const LexiconEntry& entry : m_data.entries)
        if (entry.language == "*" || entry.language == m_language || !ownEntries)
            add(entry, tokenizer);
}

void PhraseIndex::addIcuNames(Tokenizer& tokenizer) {
    std::set<std::string> fullNames;
    for (const ActorInfo& actor : m_data.catalogue.actors())
        if (!actor.alpha2.empty())
            fullNames.insert(ActorCatalogue::icuRegionName(actor.alpha2, m_language));
    for (const ActorInfo& actor : m_data.catalogue.actors()) {
        if (actor.alpha2.empty())
            continue;
        const std::string english = ActorCatalogue::icuRegionName(actor.alpha2, "en");
        std::vector<std::string> names;
        const std::string full = ActorCatalogue::icuRegionName(actor.alpha2, m_language);
        names.push_back(full);
        names.push_back(ActorCatalogue::icuShortRegionName(actor.alpha2, m_language));
        // "Myanmar (Burma)" -> "Myanmar" and "Burma", unless another state has that name
        // ("Saint-Martin (partie néerlandaise)").
        if (const auto open = full.find(" ("); open != std::string::npos) {
            names.push_back(full.substr(0, open));
            const auto close = full.find(')', open);
            if (close != std::string::npos)
                names.push_back(full.substr(open + 2, close - open - 2));
        }
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string& name = names[i];
            if (name.empty() || (i >= 2 && fullNames.count(name)))
                continue;
            m_generated.push_back({name,
                                   m_language,
                                   MentionKind::CountryName,
                                   actor.code,
                                   {},
                                   {},
                                   english.empty() ? actor.code : english,
                                   false,
                                   false,
                                   false,
                                   -1});
            add(m_generated.back(), tokenizer);
        }
    }
}

PhraseIndex::Shape PhraseIndex::shapeOf(const Token& token) {
    if (token.allCaps && token.folded.size() > 1)
        return Shape::AllCaps;
    return token.capitalized ? Shape::Capitalized : Shape::Lower;
}

void PhraseIndex::add(const LexiconEntry& entry, Tokenizer& tokenizer) {
    const std::u32string text = fromUtf8(entry.phrase);
    Phrase phrase;
    phrase.entry = &entry;
    phrase.priority = static_cast<std::uint32_t>(m_phrases.size());
    phrase.exact = entry.exact || (entry.kind == MentionKind::Demonym && !m_stemDemonyms);
    phrase.caseSensitive = entry.caseSensitive;
    for (const Token& token : tokenizer.tokenize(text)) {
        if (isHyphen(token))
            continue;
        phrase.tokens.push_back({std::u32string(token.folded), std::u32string(token.stem),
                                 token.foldedHash, token.stemHash, shapeOf(token)});
    }
    if (phrase.tokens.empty())
        return;
    const auto index = static_cast<std::uint32_t>(m_phrases.size());
    const PhraseToken& first = phrase.tokens.front();
    m_byStem[first.stem].push_back(index);
    m_stemFilter.add(textHash(first.stem));
    if (!m_elisions.empty())
        m_byFirstWord[first.folded].push_back(index);
    if (!m_inflection.endings.empty() && first.shape != Shape::Lower && !phrase.exact &&
        !entry.caseSensitive) {
        m_byFolded[first.folded].push_back(index);
        m_foldedFilter.add(textHash(first.folded));
        const std::u32string_view shorter = inflectionBase(first.folded);
        if (shorter.size() < first.folded.size()) {
            m_byFolded[std::u32string(shorter)].push_back(index);
            m_foldedFilter.add(textHash(shorter));
        }
    }
    m_phrases.push_back(std::move(phrase));
}

std::u32string_view PhraseIndex::inflectionBase(std::u32string_view folded) const {
    const std::u32string_view replaced = m_inflection.replaced;
    if (folded.size() >= 5 && replaced.find(folded.back()) != std::u32string_view::npos)
        return folded.substr(0, folded.size() - 1);
    return folded;
}

bool PhraseIndex::hasInflectionEnding(std::u32string_view folded, std::u32string_view base) const {
    const auto endsAfter = [&](std::u32string_view stem) {
        if (stem.size() < 3 || folded.size() <= stem.size() || !folded.starts_with(stem))
            return false;
        const std::u32string_view rest = folded.substr(stem.size());
        return std::find(m_inflection.endings.begin(), m_inflection.endings.end(), rest) !=
               m_inflection.endings.end();
    };
    const std::u32string_view shorter = inflectionBase(base);
    return endsAfter(base) || (shorter.size() < base.size() && endsAfter(shorter));
}

int PhraseIndex::tokenMatches(const PhraseToken& expected, const Token& token, const Phrase& phrase,
                              bool anyCase) const {
    const Shape shape = shapeOf(token);
    if (anyCase) {
        if (phrase.caseSensitive)
            return 0;
    } else if (phrase.caseSensitive) {
        if (shape != expected.shape)
            return 0;
    } else if (expected.shape == Shape::AllCaps) {
        if (shape != Shape::AllCaps)
            return 0;
    } else if (expected.shape == Shape::Capitalized && shape == Shape::Lower) {
        return 0;
    }
    // Hashes first: most candidates differ there, without reading the phrase's strings.
    if (token.foldedHash == expected.foldedHash && token.folded == expected.folded)
        return 2;
    if (phrase.exact || phrase.caseSensitive || token.kind != TokenKind::Word)
        return 0;
    const bool stemMatches = expected.stem.size() >= 3 && token.stemHash == expected.stemHash &&
                             token.stem == expected.stem;
    if (!stemMatches &&
        (expected.shape == Shape::Lower || !hasInflectionEnding(token.folded, expected.folded)))
        return 0;
    return m_noStemWords.count(token.foldedKey()) ? 0 : 1;
}

std::size_t PhraseIndex::matchAt(const Phrase& phrase, std::span<const Token> tokens,
                                 std::size_t first, const Token& firstToken, bool elided,
                                 int& exactTokens) const {
    std::size_t position = first;
    exactTokens = 0;
    for (std::size_t k = 0; k < phrase.tokens.size(); ++k) {
        if (k > 0 && position < tokens.size() && isHyphen(tokens[position]))
            ++position;
        if (position >= tokens.size())
            return 0;
        const Token& token = k == 0 ? firstToken : tokens[position];
        const int quality = tokenMatches(phrase.tokens[k], token, phrase, k == 0 && elided);
        if (quality == 0)
            return 0;
        exactTokens += quality == 2 ? 1 : 0;
        ++position;
    }
    return position;
}

void PhraseIndex::consider(const Phrase& phrase, std::span<const Token> tokens, std::size_t first,
                           const Token& firstToken, bool elided, const FuzzyDate& when,
                           Candidate& best) const {
    int exactTokens = 0;
    const std::size_t end = matchAt(phrase, tokens, first, firstToken, elided, exactTokens);
    if (end == 0 || end < best.end)
        return;
    Candidate candidate{end, 2, exactTokens, phrase.priority, &phrase, nullptr, false};
    if (phrase.entry->person >= 0) {
        const PersonRecord& person = m_data.persons[static_cast<std::size_t>(phrase.entry->person)];
        candidate.tenure = person.tenureAt(when, &candidate.inOffice);
        candidate.rank = candidate.inOffice ? 3 : 1;
    }
    const auto key = [](const Candidate& c) {
        return std::make_tuple(c.end, c.rank, c.exactTokens, c.priority);
    };
    if (!best.phrase || key(candidate) > key(best))
        best = candidate;
}

LexiconMatch PhraseIndex::toMatch(const Candidate& best, std::span<const Token> tokens,
                                  std::size_t first, std::int32_t skipped) const {
    const LexiconEntry& entry = *best.phrase->entry;
    LexiconMatch match;
    match.firstToken = first;
    match.endToken = best.end;
    match.span = {tokens[first].span.start + skipped, tokens[best.end - 1].span.end};
    match.kind = entry.kind;
    match.actor = entry.actor;
    match.role = entry.role;
    match.detail = entry.detail;
    match.canonical = entry.canonical;
    match.needsCountry = entry.needsCountry;
    if (best.tenure) {
        match.actor = best.tenure->actor;
        match.role = best.tenure->role;
        match.inOffice = best.inOffice;
    }
    return match;
}

std::size_t PhraseIndex::elisionLength(std::u32string_view folded) const {
    for (const std::u32string& elision : m_elisions)
        if (folded.size() > elision.size() + 1 && folded.starts_with(elision))
            return elision.size();
    return 0;
}

std::vector<LexiconMatch> PhraseIndex::find(std::span<const Token> tokens,
                                            const FuzzyDate& when) const {
    std::vector<LexiconMatch> matches;
    Token elided;
    for (std::size_t i = 0; i < tokens.size();) {
        const Token& token = tokens[i];
        if (token.kind == TokenKind::Punctuation) {
            ++i;
            continue;
        }
        Candidate best;
        if (m_stemFilter.mayContain(token.stemHash))
            if (const auto it = m_byStem.find(token.stemKey()); it != m_byStem.end())
                for (std::uint32_t index : it->second)
                    consider(m_phrases[index], tokens, i, token, false, when, best);
        if (!m_inflection.endings.empty() && token.capitalized) {
            for (const std::u32string& ending : m_inflection.endings) {
                if (token.folded.size() < ending.size() + 3 || !token.folded.ends_with(ending))
                    continue;
                HashedText base{token.folded.substr(0, token.folded.size() - ending.size())};
                base.hash = textHash(base.text);
                if (!m_foldedFilter.mayContain(base.hash))
                    continue;
                if (const auto it = m_byFolded.find(base); it != m_byFolded.end())
                    for (std::uint32_t index : it->second)
                        consider(m_phrases[index], tokens, i, token, false, when, best);
            }
        }
        std::int32_t skipped = 0;
        if (const std::size_t length = m_elisions.empty() ? 0 : elisionLength(token.folded)) {
            // "l'Allemagne": match the word after the article on its folded form, any case.
            elided = token;
            elided.folded.remove_prefix(length);
            elided.stem = elided.folded;
            elided.foldedHash = textHash(elided.folded);
            elided.stemHash = elided.foldedHash;
            Candidate afterElision;
            if (const auto it = m_byFirstWord.find(elided.foldedKey()); it != m_byFirstWord.end())
                for (std::uint32_t index : it->second)
                    consider(m_phrases[index], tokens, i, elided, true, when, afterElision);
            if (afterElision.phrase && (!best.phrase || afterElision.end > best.end)) {
                best = afterElision;
                skipped = static_cast<std::int32_t>(length);
            }
        }
        if (!best.phrase) {
            ++i;
            continue;
        }
        if (!best.phrase->entry->blocker)
            matches.push_back(toMatch(best, tokens, i, skipped));
        i = best.end;
    }
    return matches;
}

} // namespace dyad
