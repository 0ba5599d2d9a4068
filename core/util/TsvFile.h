#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace dyad {

/// One data line of a TSV data file: its line number (1-based) and its fields.
struct TsvRow {
    std::size_t line = 0;
    std::vector<std::string> fields;
};

/// Reads a UTF-8, tab-separated data file: lines starting with '#' and blank lines are
/// skipped, a UTF-8 byte order mark and '\r' line ends are accepted, fields are trimmed of
/// spaces. Lines that are not valid UTF-8 become errors naming the file and the line.
class TsvFile {
public:
    /// False (with an error in `errors`) when the file cannot be read.
    bool read(const std::string& path, std::vector<std::string>& errors);

    const std::string& path() const { return m_path; }
    const std::vector<TsvRow>& rows() const { return m_rows; }

    /// "path:line: message", the form of every data-file error.
    std::string error(std::size_t line, const std::string& message) const;
    /// The field `index` of a row, or "" when the row is shorter.
    static const std::string& field(const TsvRow& row, std::size_t index);

private:
    std::string m_path;
    std::vector<TsvRow> m_rows;
};

} // namespace dyad
