// Measures the lexicon: load time, index build per language, and mention-finding throughput on
// tokenised text (tokenising is measured separately).
//
//   bench_lexicon [--lexicon DIR] [--language en] [--show] [FILE...]
//
// --show prints every mention found (kind, actor, role, text) instead of timing.
//
// Without files, a text of generated news-like sentences (about 5 MB) is used.
#include "core/lexicon/Lexicon.h"
#include "core/util/Utf.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string generatedText(std::size_t bytes) {
    const char* const subjects[] = {"The Foreign Minister of Cuba",
                                    "Russian President",
                                    "Officials in Moscow",
                                    "The U.S. State Department",
                                    "A spokesman for the Kremlin",
                                    "The European Union",
                                    "Venezuelan troops",
                                    "The Security Council"};
    const char* const verbs[] = {"met",      "criticised", "signed an agreement with",
                                 "thanked",  "accused",    "hosted a delegation from",
                                 "called on"};
    const char* const objects[] = {"their counterparts from Belarus",
                                   "the government of Mexico",
                                   "China and India",
                                   "the NATO allies",
                                   "officials in Havana",
                                   "the National Assembly",
                                   "a group of Turkish diplomats"};
    std::string text;
    std::size_t i = 0;
    while (text.size() < bytes) {
        text += subjects[i % 8];
        text += ' ';
        text += verbs[(i / 8) % 7];
        text += ' ';
        text += objects[(i / 56) % 7];
        text += " on Tuesday, according to a report carried by local media in the region. ";
        ++i;
    }
    return text;
}

} // namespace

int main(int argc, char** argv) {
    std::string lexiconDir = dyad::Lexicon::lexiconDirIn(DYAD_SOURCE_DIR);
    std::string language = "en";
    std::vector<std::string> files;
    bool show = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--lexicon" && i + 1 < argc)
            lexiconDir = argv[++i];
        else if (arg == "--show")
            show = true;
        else if (arg == "--language" && i + 1 < argc)
            language = argv[++i];
        else
            files.push_back(arg);
    }

    auto start = Clock::now();
    std::vector<std::string> errors;
    const dyad::Lexicon lexicon = dyad::Lexicon::load({lexiconDir}, errors);
    std::printf("load: %.1f ms, %zu entries, %zu actors, %zu persons, %zu errors\n",
                secondsSince(start) * 1e3, lexicon.entryCount(), lexicon.actors().size(),
                lexicon.persons().size(), errors.size());
    for (const std::string& error : errors)
        std::fprintf(stderr, "%s\n", error.c_str());
    for (const char* l : {"en", "es", "ru", "de", "fr"}) {
        start = Clock::now();
        lexicon.prepare(l);
        std::printf("index %s: %.1f ms\n", l, secondsSince(start) * 1e3);
    }

    std::string utf8;
    if (files.empty()) {
        utf8 = generatedText(5u << 20);
    } else {
        for (const std::string& path : files) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream content;
            content << in.rdbuf();
            utf8 += content.str();
            utf8 += '\n';
        }
    }
    const std::u32string text = dyad::fromUtf8(utf8);
    const dyad::Tokenizer tokenizer(language);
    start = Clock::now();
    const std::vector<dyad::Token> tokens = tokenizer.tokenize(text);
    const double tokenizeSeconds = secondsSince(start);

    if (show) {
        for (const dyad::LexiconMatch& match : lexicon.findMentions(tokens, language))
            std::printf("%-12s %-8s %-20s %s\n", std::string(mentionKindName(match.kind)).c_str(),
                        match.actor.c_str(), match.role.c_str(),
                        dyad::sliceUtf8(text, match.span).c_str());
        return 0;
    }
    std::size_t mentions = 0;
    start = Clock::now();
    // Sentence-sized pieces, as the extractor calls it.
    constexpr std::size_t piece = 25;
    const std::span<const dyad::Token> all(tokens);
    for (std::size_t i = 0; i < all.size(); i += piece)
        mentions +=
            lexicon.findMentions(all.subspan(i, std::min(piece, all.size() - i)), language).size();
    const double findSeconds = secondsSince(start);
    const double megabytes = static_cast<double>(utf8.size()) / (1 << 20);
    std::printf("text: %.2f MB, %zu tokens\n", megabytes, tokens.size());
    std::printf("tokenize: %.3f s (%.1f MB/s)\n", tokenizeSeconds, megabytes / tokenizeSeconds);
    std::printf("findMentions: %.3f s (%.1f MB/s), %zu mentions\n", findSeconds,
                megabytes / findSeconds, mentions);
    return 0;
}
