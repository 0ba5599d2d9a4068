// Tokenizer throughput on real sentences: reads the articles (default: the bundled sample corpus),
// then tokenises every sentence with a Tokenizer of its document's language, repeatedly, on one
// core. Prints MB/s of sentence text (UTF-8 bytes).
//
//   bench_tokenizer [--mb N] [--dump] [PATH...]
//
// --dump prints every token instead (span, kind, case flags, folded form, stem), one per line,
// so two builds of the tokenizer can be compared with diff.
#include "core/reading/DocumentReader.h"
#include "core/text/Tokenizer.h"
#include "core/util/Utf.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace dyad;

namespace {

struct Piece {
    const Document* document;
    TextSpan span;
};

const char* kindName(TokenKind kind) {
    switch (kind) {
    case TokenKind::Word:
        return "W";
    case TokenKind::Number:
        return "N";
    case TokenKind::Punctuation:
        return "P";
    }
    return "?";
}

double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv) {
    double megabytes = 20;
    bool dump = false;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mb" && i + 1 < argc)
            megabytes = std::atof(argv[++i]);
        else if (arg == "--dump")
            dump = true;
        else
            paths.push_back(arg);
    }
    if (paths.empty())
        paths.push_back(std::string(DYAD_SOURCE_DIR) + "/resources/corpus");

    const ReadResult read = DocumentReader().readPaths(paths);
    std::vector<Piece> pieces;
    double bytes = 0;
    for (const Document& document : read.documents) {
        for (const Sentence& sentence : document.sentences) {
            pieces.push_back({&document, sentence.span});
            bytes += static_cast<double>(sliceUtf8(document.text, sentence.span).size());
        }
    }
    if (pieces.empty()) {
        std::fprintf(stderr, "bench_tokenizer: no sentences read\n");
        return 1;
    }
    std::map<std::string, Tokenizer> tokenizers;
    auto tokenizerFor = [&](const std::string& language) -> const Tokenizer& {
        auto it = tokenizers.find(language);
        if (it == tokenizers.end())
            it = tokenizers.emplace(language, Tokenizer(language)).first;
        return it->second;
    };

    if (dump) {
        for (const Piece& piece : pieces) {
            const std::string& language = piece.document->language;
            for (const Token& token :
                 tokenizerFor(language).tokenize(piece.document->text, piece.span)) {
                std::printf("%s %d %d %s%s%s %s %s\n", language.c_str(), token.span.start,
                            token.span.end, kindName(token.kind), token.capitalized ? "C" : "",
                            token.allCaps ? "A" : "", toUtf8(token.folded).c_str(),
                            toUtf8(token.stem).c_str());
            }
        }
        return 0;
    }

    const auto rounds = static_cast<int>(std::max(1.0, megabytes * 1e6 / bytes));
    std::size_t tokenCount = 0;
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = threadCpuSeconds();
    for (int round = 0; round < rounds; ++round)
        for (const Piece& piece : pieces)
            tokenCount += tokenizerFor(piece.document->language)
                              .tokenize(piece.document->text, piece.span)
                              .size();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = threadCpuSeconds() - cpuStart;
    std::printf("%zu sentences x %d rounds, %.1f MB, %zu tokens: %.2f s wall, %.2f s CPU; "
                "%.2f MB/s and %.2f M tokens/s per CPU second\n",
                pieces.size(), rounds, bytes * rounds / 1e6, tokenCount, seconds, cpu,
                bytes * rounds / 1e6 / cpu, static_cast<double>(tokenCount) / cpu / 1e6);
    return 0;
}
