// Reading throughput: decoding + block extraction + furniture + language + dates + sentences, on
// one core. Without arguments it reads generated articles (en/es/ru/de/fr paragraphs with page
// furniture, about 4 KB each) from memory; with paths it reads those files repeatedly.
//
//   bench_reading [--mb N] [PATH...]
//
// Prints the throughput in MB/s of input text.
#include "core/reading/DocumentReader.h"
#include "core/reading/TextDecoder.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

using namespace dyad;

namespace {

const char* const paragraphs[] = {
    "Geneva, June 7 (XYZ) -- The delegations of the two countries met on Friday and agreed on a "
    "timetable for the next round of talks, which is expected to take place in 2020.",
    "Mr. Brown told reporters that the U.S. position had not changed since last month, and that "
    "the talks would resume next Monday in the presence of U.N. observers.",
    "El canciller recibió este martes a su homólogo en la capital, donde ambos firmaron un "
    "acuerdo de cooperación que entrará en vigor el 1 de enero de 2021.",
    "Министр иностранных дел встретился в среду с послом соседней страны, т.е. с представителем "
    "правительства, с которым переговоры шли с 3 февраля.",
    "Die Außenminister beider Länder trafen sich am Mittwoch in Wien, um über Handel, Energie und "
    "die Öffnung der Grenzübergänge bis zum 3. Oktober 2021 zu sprechen.",
    "Les ministres se sont réunis mardi pour préparer le sommet du 5 mars, qui doit se tenir "
    "l'année prochaine dans la capitale, selon un communiqué publié hier.",
    "Officials said yesterday that the agreement, signed on September 9, 2004, would be reviewed "
    "earlier this month by a joint commission of experts from both sides.",
};
const char* const furniture[] = {
    "Related Articles",
    "- Storm closes the airport for a day",
    "Comments",
    "Follow Us",
    "12 mins ago",
    "Photo: Ministry of Foreign Affairs",
    "RELATED Parliament approves the budget",
    "Más Vistas",
    "Читайте также: Курс рубля снова вырос",
};

std::vector<std::string> generate(std::size_t totalBytes) {
    std::mt19937 random(42);
    std::vector<std::string> articles;
    std::size_t total = 0;
    while (total < totalBytes) {
        std::string article = "Ministers agree on a timetable for talks\n\n";
        const int count = 18 + static_cast<int>(random() % 10);
        for (int i = 0; i < count; ++i) {
            article += paragraphs[random() % std::size(paragraphs)];
            article += "\n\n";
            if (random() % 5 == 0) {
                article += furniture[random() % std::size(furniture)];
                article += "\n\n";
            }
        }
        article += "Latest Headlines\n\n- Team wins the regional cup\n\n- Rain delays trains\n";
        total += article.size();
        articles.push_back(std::move(article));
    }
    return articles;
}

std::vector<std::pair<std::string, Format>> loadFiles(const std::vector<std::string>& paths,
                                                      std::size_t totalBytes) {
    std::vector<std::pair<std::string, Format>> files;
    for (const auto& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        files.emplace_back(buffer.str(), formatForPath(path).value_or(Format::PlainText));
    }
    std::vector<std::pair<std::string, Format>> repeated;
    std::size_t total = 0;
    while (total < totalBytes && !files.empty())
        for (const auto& file : files) {
            repeated.push_back(file);
            total += file.first.size();
        }
    return repeated;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t megabytes = 40;
    std::vector<std::string> paths;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--mb" && i + 1 < argc)
            megabytes = static_cast<std::size_t>(std::atoi(argv[++i]));
        else
            paths.push_back(arg);
    }
    std::vector<std::pair<std::string, Format>> inputs;
    if (paths.empty())
        for (auto& article : generate(megabytes << 20))
            inputs.emplace_back(std::move(article), Format::PlainText);
    else
        inputs = loadFiles(paths, megabytes << 20);

    const DocumentReader reader;
    const TextDecoder decoder;
    std::size_t bytes = 0, sentences = 0, dates = 0, bodyBlocks = 0;
    const auto start = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        DecodedText decoded = decoder.decode(inputs[i].first);
        const Document document =
            reader.readText(std::move(decoded.text), "doc" + std::to_string(i), inputs[i].second);
        bytes += inputs[i].first.size();
        sentences += document.sentences.size();
        dates += document.dates.size();
        for (const auto& block : document.blocks)
            bodyBlocks += block.role == BlockRole::Body ? 1 : 0;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("read %zu documents, %.1f MB in %.2f s wall, %.2f s CPU (one thread)\n",
                inputs.size(), mb, seconds, cpuSeconds);
    std::printf("throughput: %.1f MB/s per CPU-second (%.1f MB/s wall)\n", mb / cpuSeconds,
                mb / seconds);
    std::printf("%zu sentences, %zu date mentions, %zu body blocks\n", sentences, dates,
                bodyBlocks);
    return 0;
}
