#include "core/cameo/TriggerLexicon.h"

#include "core/cameo/CameoCatalog.h"
#include "core/util/TsvFile.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace dyad {

namespace {

constexpr std::string_view kPrefix = "triggers_";
constexpr std::string_view kSuffix = ".tsv";
constexpr std::string_view kBlockingCode = "none";

} // namespace

TriggerLexicon TriggerLexicon::load(const std::string& directory, const CameoCatalog& catalog,
                                    std::vector<std::string>& errors) {
    TriggerLexicon lexicon;
    namespace fs = std::filesystem;
    std::error_code error;
    std::vector<std::pair<std::string, std::string>> files; // path, language
    for (fs::directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (!name.starts_with(kPrefix) || !name.ends_with(kSuffix))
            continue;
        const std::string language =
            name.substr(kPrefix.size(), name.size() - kPrefix.size() - kSuffix.size());
        if (!language.empty())
            files.emplace_back(it->path().string(), language);
    }
    if (error) {
        errors.push_back(directory + ": cannot list the trigger files (" + error.message() + ")");
        return lexicon;
    }
    if (files.empty())
        errors.push_back(directory + ": has no trigger files (triggers_<language>.tsv)");
    std::sort(files.begin(), files.end());
    for (const auto& [path, language] : files)
        lexicon.addFile(path, language, catalog, errors);
    return lexicon;
}

void TriggerLexicon::addFile(const std::string& path, const std::string& language,
                             const CameoCatalog& catalog, std::vector<std::string>& errors) {
    TsvFile file;
    file.read(path, errors);
    const std::vector<TsvRow>& lines = file.rows();
    const Tokenizer tokenizer(language);
    Language& target = m_languages[language];
    const std::string fileName = std::filesystem::path(path).filename().string();
    for (const TsvRow& line : lines) {
        const auto& columns = line.fields;
        auto fail = [&](const std::string& problem) {
            errors.push_back(file.error(line.line, problem));
        };
        if (columns.size() < 2 || columns.size() > 3) {
            fail("expected code, phrase and optional flags separated by tabs, found " +
                 std::to_string(columns.size()) + " column(s)");
            continue;
        }
        Entry entry;
        entry.code = columns[0] == kBlockingCode ? std::string() : columns[0];
        if (!entry.code.empty() && !catalog.isValid(entry.code)) {
            fail("unknown CAMEO code '" + columns[0] + "'");
            continue;
        }
        std::string problem;
        if (columns.size() == 3 && !parseTriggerFlags(columns[2], entry.flags, problem)) {
            fail(problem);
            continue;
        }
        PhrasePattern pattern;
        if (!PhrasePattern::compile(columns[1], tokenizer, pattern, problem)) {
            fail("phrase '" + columns[1] + "': " + problem);
            continue;
        }
        entry.phrase = columns[1];
        entry.origin = fileName + ":" + std::to_string(static_cast<int>(line.line));
        const auto [known, inserted] = target.originOfKey.emplace(pattern.key(), entry.origin);
        if (!inserted) {
            fail("phrase '" + columns[1] + "' is already listed at " + known->second);
            continue;
        }
        target.matcher.add(std::move(pattern));
        target.entries.push_back(std::move(entry));
    }
}

std::vector<std::string> TriggerLexicon::languages() const {
    std::vector<std::string> out;
    for (const auto& [language, data] : m_languages) {
        if (data.matcher.size() > 0)
            out.push_back(language);
    }
    return out;
}

std::size_t TriggerLexicon::phraseCount(std::string_view language) const {
    const auto it = m_languages.find(language);
    if (it == m_languages.end())
        return 0;
    return static_cast<std::size_t>(
        std::count_if(it->second.entries.begin(), it->second.entries.end(),
                      [](const Entry& entry) { return !entry.code.empty(); }));
}

std::vector<TriggerMatch> TriggerLexicon::findTriggers(const std::vector<Token>& tokens,
                                                       std::string_view language) const {
    std::vector<TriggerMatch> out;
    const auto it = m_languages.find(language);
    if (it == m_languages.end())
        return out;
    const Language& data = it->second;
    for (auto& match : data.matcher.findLongest(tokens)) {
        const Entry& entry = data.entries[match.pattern];
        if (entry.code.empty())
            continue; // a blocking phrase
        TriggerMatch trigger;
        trigger.firstToken = match.firstToken;
        trigger.endToken = match.endToken;
        trigger.span = {tokens[match.firstToken].span.start, tokens[match.endToken - 1].span.end};
        trigger.code = entry.code;
        trigger.flags = entry.flags;
        trigger.phrase = entry.phrase;
        trigger.origin = entry.origin;
        trigger.matchedTokens = std::move(match.matchedTokens);
        out.push_back(std::move(trigger));
    }
    return out;
}

} // namespace dyad
