#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace dyad {

/// Writes RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote, CR or LF;
/// quotes doubled). Text fields that a spreadsheet would run as a formula (starting with '=',
/// '+', '-', '@', tab or CR) are neutralised with a leading apostrophe; numbers written with
/// number() are not.
class CsvWriter {
public:
    explicit CsvWriter(std::ostream& out);

    CsvWriter& text(std::string_view value);
    CsvWriter& number(double value);
    CsvWriter& integer(long long value);
    /// Ends the current row.
    void endRow();

    /// The field as it is written (quoted and neutralised where needed).
    static std::string escape(std::string_view value);

private:
    void separate();

    std::ostream& m_out;
    bool m_rowStarted = false;
};

} // namespace dyad
