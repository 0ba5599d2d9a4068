#include "core/cameo/CameoCatalog.h"

#include "core/util/TsvFile.h"

#include <charconv>
#include <cmath>

namespace dyad {

namespace {

bool parseInt(const std::string& text, int& value) {
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    return result.ec == std::errc() && result.ptr == end;
}

bool parseDouble(const std::string& text, double& value) {
    const char* begin = text.data();
    const char* end = begin + text.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto result = std::from_chars(begin, end, value);
    return result.ec == std::errc() && result.ptr == end && std::isfinite(value);
}

} // namespace

bool CameoCatalog::isWellFormed(std::string_view code) {
    if (code.size() < 2 || code.size() > 4)
        return false;
    for (char c : code) {
        if (c < '0' || c > '9')
            return false;
    }
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= 1 && root <= 20;
}

std::string CameoCatalog::rootOf(std::string_view code) {
    return isWellFormed(code) ? std::string(code.substr(0, 2)) : std::string();
}

int CameoCatalog::quadClassOfRoot(std::string_view code) {
    if (!isWellFormed(code))
        return 0;
    const int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root <= 5)
        return 1;
    if (root <= 8)
        return 2;
    return root <= 13 ? 3 : 4;
}

CameoCatalog CameoCatalog::load(const std::string& path, std::vector<std::string>& errors) {
    CameoCatalog catalog;
    std::vector<std::pair<int, std::string>> lineOfCode;
    TsvFile file;
    file.read(path, errors);
    for (const TsvRow& line : file.rows()) {
        const auto& columns = line.fields;
        if (columns.size() == 5 && columns[0] == "code")
            continue; // the header row
        auto fail = [&](const std::string& problem) {
            errors.push_back(file.error(line.line, problem));
        };
        if (columns.size() != 5) {
            fail("expected 5 tab-separated columns (code, name, root, quad_class, goldstein), "
                 "found " +
                 std::to_string(columns.size()));
            continue;
        }
        CameoCode code;
        code.code = columns[0];
        code.name = columns[1];
        code.root = columns[2];
        if (!isWellFormed(code.code)) {
            fail("'" + code.code + "' is not a CAMEO code (two to four digits, root 01-20)");
            continue;
        }
        if (code.name.empty()) {
            fail("code " + code.code + " has no name");
            continue;
        }
        if (code.root != rootOf(code.code)) {
            fail("code " + code.code + " has root '" + code.root + "', expected " +
                 rootOf(code.code));
            continue;
        }
        if (!parseInt(columns[3], code.quadClass) || code.quadClass != quadClassOfRoot(code.code)) {
            fail("code " + code.code + " has quad_class '" + columns[3] + "', expected " +
                 std::to_string(quadClassOfRoot(code.code)));
            continue;
        }
        if (!parseDouble(columns[4], code.goldstein) || code.goldstein < -10.0 ||
            code.goldstein > 10.0) {
            fail("code " + code.code + " has goldstein '" + columns[4] +
                 "', expected a number from -10 to 10");
            continue;
        }
        if (catalog.m_index.contains(code.code)) {
            fail("code " + code.code + " is listed twice");
            continue;
        }
        catalog.m_index.emplace(code.code, catalog.m_codes.size());
        lineOfCode.emplace_back(static_cast<int>(line.line), code.code);
        catalog.m_codes.push_back(std::move(code));
    }
    for (const auto& [number, code] : lineOfCode) {
        if (!catalog.m_index.contains(rootOf(code)))
            errors.push_back(file.error(static_cast<std::size_t>(number),
                                        "code " + code + " has no root row " + rootOf(code)));
        else if (code.size() == 4 && !catalog.m_index.contains(code.substr(0, 3)))
            errors.push_back(
                file.error(static_cast<std::size_t>(number),
                           "code " + code + " has no parent row " + code.substr(0, 3)));
    }
    return catalog;
}

const CameoCode* CameoCatalog::find(std::string_view code) const {
    const auto it = m_index.find(code);
    return it == m_index.end() ? nullptr : &m_codes[it->second];
}

} // namespace dyad
