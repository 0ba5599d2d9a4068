#include "core/util/TsvFile.h"

#include "core/util/Utf.h"

#include <fstream>
#include <sstream>

namespace dyad {

namespace {

std::string trimmed(std::string_view text) {
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\r' || c == '\n';
    };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::vector<std::string> split(std::string_view line) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(trimmed(line.substr(start, tab - start)));
        if (tab == std::string_view::npos)
            break;
        start = tab + 1;
    }
    return fields;
}

} // namespace

bool TsvFile::read(const std::string& path, std::vector<std::string>& errors) {
    m_path = path;
    m_rows.clear();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        errors.push_back(path + ": cannot be read");
        return false;
    }
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        std::string_view view(line);
        if (number == 1 && view.starts_with("\xEF\xBB\xBF"))
            view.remove_prefix(3);
        if (!view.empty() && view.back() == '\r')
            view.remove_suffix(1);
        if (view.find_first_not_of(" \t") == std::string_view::npos || view.front() == '#')
            continue;
        std::size_t invalid = 0;
        fromUtf8(view, &invalid);
        if (invalid > 0) {
            errors.push_back(error(number, "not valid UTF-8"));
            continue;
        }
        m_rows.push_back({number, split(view)});
    }
    return true;
}

std::string TsvFile::error(std::size_t line, const std::string& message) const {
    std::ostringstream out;
    out << m_path << ':' << line << ": " << message;
    return out.str();
}

const std::string& TsvFile::field(const TsvRow& row, std::size_t index) {
    static const std::string empty;
    return index < row.fields.size() ? row.fields[index] : empty;
}

} // namespace dyad
