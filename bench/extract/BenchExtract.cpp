// End-to-end extraction throughput: read (decode, blocks, furniture, language, sentences, dates)
// + extract (tokenise, lexicon, entities, triggers, modality, coding, money, dating) + merge.
//
//   bench_extract [--articles N] [--single N] [--corpus DIR] [--resources DIR] [--keep DIR]
//
// Writes N articles (default 10000) into a temporary folder, made from the sample articles of
// the corpus folder (default: the bundled resources/corpus) with variations: body paragraphs
// rotated, country names swapped, numbers changed. Then measures
//   (a) one thread: the first --single articles (default all) read and extracted, in MB/s of
//       article files (phases timed apart: reading, extraction + merge);
//   (b) every article through Extractor::extractPaths on two threads, as `dyad extract` runs;
//   (c) the peak resident set size of the process.
// --keep DIR writes the articles into DIR and leaves them there.
#include "core/extract/ExtractionResources.h"
#include "core/extract/Extractor.h"
#include "core/reading/DocumentReader.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace dyad;
namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// CPU seconds of the calling thread (the single-thread figures do not depend on other load).
double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

/// CPU seconds of the whole process, user and system.
double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

double peakRssMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

struct Sample {
    std::string extension;
    std::string content;
};

std::vector<Sample> loadSamples(const fs::path& folder) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(folder)) {
        const std::string ext = entry.path().extension().string();
        if (entry.is_regular_file() && (ext == ".txt" || ext == ".md" || ext == ".html"))
            paths.push_back(entry.path());
    }
    std::sort(paths.begin(), paths.end());
    std::vector<Sample> samples;
    for (const fs::path& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        samples.push_back({path.extension().string(), content.str()});
    }
    return samples;
}

/// Country names in the four languages of the samples, swapped pairwise by the variations.
const char* const namePairs[][2] = {
    {"Russia", "Brazil"},  {"China", "India"},        {"Cuba", "Chile"},
    {"Germany", "Poland"}, {"France", "Italy"},       {"Iran", "Iraq"},
    {"Rusia", "Brasil"},   {"Venezuela", "Colombia"}, {"Marruecos", "Argelia"},
    {"Russland", "Polen"}, {"Frankreich", "Spanien"}, {"Türkei", "Griechenland"},
    {"Россия", "Индия"},   {"Китай", "Япония"},       {"Turkey", "Greece"},
};

void replaceAll(std::string& text, const std::string& from, const std::string& to) {
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
}

/// One variation of a sample article: `variant` chooses which names are swapped, how the body
/// paragraphs of plain text and Markdown rotate, and how digits of figures shift.
std::string vary(const Sample& sample, std::size_t variant) {
    std::string text = sample.content;
    const std::size_t pairCount = std::size(namePairs);
    for (std::size_t k = 0; k < 3 && variant > 0; ++k) {
        const auto& pair = namePairs[(variant * 7 + k * 5) % pairCount];
        if ((variant >> k) & 1)
            replaceAll(text, pair[0], pair[1]);
        else
            replaceAll(text, pair[1], pair[0]);
    }
    if (sample.extension != ".html" && variant > 0) {
        // Keep the head (title, byline, dateline, lead), rotate the other paragraphs.
        std::vector<std::string> paragraphs;
        for (std::size_t from = 0; from < text.size();) {
            std::size_t to = text.find("\n\n", from);
            if (to == std::string::npos)
                to = text.size();
            paragraphs.push_back(text.substr(from, to - from));
            from = to + 2;
        }
        constexpr std::size_t head = 4;
        if (paragraphs.size() > head + 2) {
            const std::size_t shift = variant % (paragraphs.size() - head);
            std::rotate(paragraphs.begin() + head, paragraphs.begin() + head + shift,
                        paragraphs.end());
        }
        text.clear();
        for (const std::string& paragraph : paragraphs)
            text += paragraph + "\n\n";
    }
    // Figures in running text ("7,5 Milliarden", "20 people") change; four-digit years and
    // day/month numbers do not, so dates stay dates.
    const char digitShift = static_cast<char>('1' + variant % 8);
    for (std::size_t i = 1; i + 2 < text.size(); ++i) {
        if (text[i] == '5' && text[i - 1] == ' ' && text[i + 1] == ' ')
            text[i] = digitShift;
    }
    return text;
}

std::string megabytes(double bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", bytes / 1e6);
    return buffer;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t articles = 10000;
    std::size_t single = 0;
    fs::path corpus = fs::path(DYAD_SOURCE_DIR) / "resources" / "corpus";
    fs::path resourcesDir = fs::path(DYAD_SOURCE_DIR) / "resources";
    fs::path keep;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--articles" && hasValue)
            articles = std::strtoul(argv[++i], nullptr, 10);
        else if (arg == "--single" && hasValue)
            single = std::strtoul(argv[++i], nullptr, 10);
        else if (arg == "--corpus" && hasValue)
            corpus = argv[++i];
        else if (arg == "--resources" && hasValue)
            resourcesDir = argv[++i];
        else if (arg == "--keep" && hasValue)
            keep = argv[++i];
        else {
            std::fprintf(stderr, "usage: bench_extract [--articles N] [--single N] [--corpus DIR] "
                                 "[--resources DIR] [--keep DIR]\n");
            return 2;
        }
    }
    if (single == 0 || single > articles)
        single = articles;

    const std::vector<Sample> samples = loadSamples(corpus);
    if (samples.empty()) {
        std::fprintf(stderr, "bench_extract: no .txt/.md/.html articles in %s\n",
                     corpus.string().c_str());
        return 1;
    }
    const fs::path folder = keep.empty() ? fs::temp_directory_path() /
                                               ("dyad-bench-extract-" + std::to_string(getpid()))
                                         : keep;
    fs::create_directories(folder);
    std::vector<std::string> files;
    std::vector<std::size_t> sizes;
    for (std::size_t i = 0; i < articles; ++i) {
        const Sample& sample = samples[i % samples.size()];
        char name[32];
        std::snprintf(name, sizeof name, "a%05zu", i);
        const fs::path path = folder / (name + sample.extension);
        const std::string text = vary(sample, i / samples.size());
        std::ofstream(path, std::ios::binary) << text;
        files.push_back(path.string());
        sizes.push_back(text.size());
    }
    double totalBytes = 0;
    for (std::size_t size : sizes)
        totalBytes += static_cast<double>(size);
    double singleBytes = 0;
    for (std::size_t i = 0; i < single; ++i)
        singleBytes += static_cast<double>(sizes[i]);

    std::vector<std::string> errors;
    auto start = Clock::now();
    const auto resources = ExtractionResources::load(resourcesDir.string(), {}, errors);
    const double loadSeconds = secondsSince(start);
    if (!resources) {
        std::fprintf(stderr, "bench_extract: resources not loaded from %s\n",
                     resourcesDir.string().c_str());
        return 1;
    }

    // Warm-up: the lexicon builds its phrase index of a language when first asked for it; one
    // pass over the samples (every language) builds them all before the timed runs.
    start = Clock::now();
    const std::vector<std::string> warmFiles(
        files.begin(), files.begin() + static_cast<long>(std::min(files.size(), samples.size())));
    Extractor(*resources, 1).extractPaths(warmFiles);
    const double warmSeconds = secondsSince(start);

    // (a) one thread, phases apart.
    const std::vector<std::string> singleFiles(files.begin(),
                                               files.begin() + static_cast<long>(single));
    start = Clock::now();
    double cpu = threadCpuSeconds();
    ReadResult read = DocumentReader().readPaths(singleFiles);
    const double readSeconds = secondsSince(start);
    const double readCpu = threadCpuSeconds() - cpu;
    const std::size_t readFailures = read.failures.size();
    start = Clock::now();
    cpu = threadCpuSeconds();
    ExtractionResult oneThread =
        Extractor(*resources, 1).extractDocuments(std::move(read.documents));
    const double extractSeconds = secondsSince(start);
    const double extractCpu = threadCpuSeconds() - cpu;
    const std::size_t oneThreadEvents = oneThread.events.size();
    oneThread = {};
    const double singleSeconds = readSeconds + extractSeconds;
    const double singleCpu = readCpu + extractCpu;

    // (b) every article, two threads, as `dyad extract` does it.
    start = Clock::now();
    cpu = processCpuSeconds();
    const ExtractionResult twoThreads = Extractor(*resources, 2).extractPaths(files);
    const double twoSeconds = secondsSince(start);
    const double twoCpu = processCpuSeconds() - cpu;

    std::printf("corpus      %zu articles, %s, from %zu samples in %s\n", articles,
                megabytes(totalBytes).c_str(), samples.size(), corpus.string().c_str());
    std::printf("resources   loaded in %.2f s%s; warm-up (phrase indexes, %zu articles) %.2f s\n",
                loadSeconds, errors.empty() ? "" : " (with load problems)",
                std::min(files.size(), samples.size()), warmSeconds);
    // MB/s and articles/s are per wall-clock second; on a busy machine compare the CPU seconds.
    std::printf("\n%-32s %9s %9s %9s %10s\n", "run", "wall s", "CPU s", "MB/s", "articles/s");
    auto row = [](const char* name, double wall, double cpuSeconds, double bytes, std::size_t n) {
        std::printf("%-32s %9.2f %9.2f %9.2f %10.0f\n", name, wall, cpuSeconds, bytes / 1e6 / wall,
                    static_cast<double>(n) / wall);
    };
    row("(a) 1 thread: read", readSeconds, readCpu, singleBytes, single);
    row("(a) 1 thread: extract + merge", extractSeconds, extractCpu, singleBytes, single);
    row("(a) 1 thread: end to end", singleSeconds, singleCpu, singleBytes, single);
    row("(b) 2 threads: extractPaths", twoSeconds, twoCpu, totalBytes, articles);
    std::printf("(a) end to end per CPU second: %.2f MB/s\n", singleBytes / 1e6 / singleCpu);
    std::printf("\n(a) %zu articles (%s), %zu unreadable, %zu events after merging\n", single,
                megabytes(singleBytes).c_str(), readFailures, oneThreadEvents);
    std::printf("(b) %zu documents, %zu unreadable, %zu events after merging\n",
                twoThreads.documents.size(), twoThreads.failures.size(), twoThreads.events.size());
    std::printf("(c) peak RSS %.0f MB\n", peakRssMegabytes());
    std::printf("targets: (a) >= 5 MB/s end to end; (b) 10,000 articles < 60 s\n");

    if (keep.empty())
        fs::remove_all(folder);
    return 0;
}
