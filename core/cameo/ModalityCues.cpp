#include "core/cameo/ModalityCues.h"

#include "core/util/TsvFile.h"

#include <algorithm>
#include <memory>

namespace dyad {

namespace {

constexpr std::pair<std::string_view, ModalityType> kTypeNames[] = {
    {"negation", ModalityType::Negation}, {"cancellation", ModalityType::Cancellation},
    {"intent", ModalityType::Intent},     {"condition", ModalityType::Condition},
    {"report", ModalityType::Report},
};

/// A phrase that hides the cues inside it ("in May" is no modal "may").
constexpr std::string_view kBlockingType = "none";

} // namespace

std::string_view ModalityCues::typeName(ModalityType type) {
    for (const auto& [name, value] : kTypeNames) {
        if (value == type)
            return name;
    }
    return {};
}

bool ModalityCues::parseType(std::string_view name, ModalityType& type) {
    for (const auto& [typeName, value] : kTypeNames) {
        if (typeName == name) {
            type = value;
            return true;
        }
    }
    return false;
}

ModalityCues ModalityCues::load(const std::string& path, std::vector<std::string>& errors) {
    ModalityCues cues;
    std::map<std::string, std::unique_ptr<Tokenizer>> tokenizers;
    TsvFile file;
    file.read(path, errors);
    for (const TsvRow& line : file.rows()) {
        const auto& columns = line.fields;
        auto fail = [&](const std::string& problem) {
            errors.push_back(file.error(line.line, problem));
        };
        ModalityType type{};
        if (columns.size() != 3 || columns[0].empty()) {
            fail("expected language, type and phrase separated by tabs");
            continue;
        }
        const bool blocking = columns.size() == 3 && columns[1] == kBlockingType;
        if (!blocking && !parseType(columns[1], type)) {
            fail("unknown cue type '" + columns[1] +
                 "' (known: negation, cancellation, intent, condition, report, none)");
            continue;
        }
        auto& tokenizer = tokenizers[columns[0]];
        if (!tokenizer)
            tokenizer = std::make_unique<Tokenizer>(columns[0]);
        PhrasePattern pattern;
        std::string problem;
        if (!PhrasePattern::compile(columns[2], *tokenizer, pattern, problem)) {
            fail("phrase '" + columns[2] + "': " + problem);
            continue;
        }
        Language& language = cues.m_languages[columns[0]];
        const auto [known, inserted] =
            language.lineOfKey.emplace(pattern.key(), static_cast<int>(line.line));
        if (!inserted) {
            fail("phrase '" + columns[2] + "' is already listed at line " +
                 std::to_string(known->second));
            continue;
        }
        language.matcher.add(std::move(pattern));
        language.entries.push_back({type, columns[2], blocking});
    }
    return cues;
}

std::vector<ModalityCue> ModalityCues::find(const std::vector<Token>& tokens,
                                            std::string_view language) const {
    std::vector<ModalityCue> out;
    const auto it = m_languages.find(language);
    if (it == m_languages.end())
        return out;
    for (const auto& match : it->second.matcher.findLongest(tokens)) {
        const Entry& entry = it->second.entries[match.pattern];
        if (entry.blocking)
            continue;
        ModalityCue cue;
        cue.firstToken = match.firstToken;
        cue.endToken = match.endToken;
        cue.matchedTokens = match.matchedTokens;
        cue.span = {tokens[match.firstToken].span.start, tokens[match.endToken - 1].span.end};
        cue.type = entry.type;
        cue.phrase = entry.phrase;
        out.push_back(std::move(cue));
    }
    return out;
}

std::size_t ModalityCues::cueCount(std::string_view language) const {
    const auto it = m_languages.find(language);
    if (it == m_languages.end())
        return 0;
    return static_cast<std::size_t>(
        std::count_if(it->second.entries.begin(), it->second.entries.end(),
                      [](const Entry& entry) { return !entry.blocking; }));
}

} // namespace dyad
