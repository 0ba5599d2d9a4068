#include "core/cameo/TsvFile.h"

#include <fstream>

namespace dyad {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

} // namespace

std::vector<TsvLine> TsvFile::read(const std::string& path, std::vector<std::string>& errors) {
    std::vector<TsvLine> lines;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(path + ": cannot be opened");
        return lines;
    }
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (number == 1 && line.starts_with("\xEF\xBB\xBF"))
            line.erase(0, 3);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (trimmed(line).empty() || line.front() == '#')
            continue;
        TsvLine parsed;
        parsed.number = number;
        std::size_t start = 0;
        while (true) {
            const auto tab = line.find('\t', start);
            parsed.columns.push_back(trimmed(line.substr(start, tab - start)));
            if (tab == std::string::npos)
                break;
            start = tab + 1;
        }
        lines.push_back(std::move(parsed));
    }
    return lines;
}

std::string TsvFile::error(const std::string& path, int line, const std::string& problem) {
    return path + ":" + std::to_string(line) + ": " + problem;
}

} // namespace dyad
