#pragma once

#include <string>
#include <vector>

namespace dyad {

/// One data line of a tab-separated lexicon file: its 1-based line number and its columns.
struct TsvLine {
    int number = 0;
    std::vector<std::string> columns;
};

/// Reads the data lines of a tab-separated lexicon file: UTF-8 (a byte-order mark is
/// skipped), lines starting with '#' and blank lines ignored, a trailing '\r' removed,
/// surrounding spaces of each column trimmed.
class TsvFile {
public:
    /// Data lines of the file at `path`; when it cannot be read, appends "path: cannot be
    /// opened" to `errors` and returns no lines.
    static std::vector<TsvLine> read(const std::string& path, std::vector<std::string>& errors);

    /// "path:line: problem", the form of every error the lexicon loaders report.
    static std::string error(const std::string& path, int line, const std::string& problem);
};

} // namespace dyad
