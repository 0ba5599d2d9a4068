#include "core/io/CsvWriter.h"

#include <cmath>
#include <cstdio>

namespace dyad {

CsvWriter::CsvWriter(std::ostream& out)
    : m_out(out) {}

std::string CsvWriter::escape(std::string_view value) {
    std::string field;
    if (!value.empty()) {
        const char first = value.front();
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
            first == '\r')
            field += '\'';
    }
    field += value;
    if (field.find_first_of(",\"\r\n") == std::string::npos)
        return field;
    std::string quoted = "\"";
    for (char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

void CsvWriter::separate() {
    if (m_rowStarted)
        m_out << ',';
    m_rowStarted = true;
}

CsvWriter& CsvWriter::text(std::string_view value) {
    separate();
    m_out << escape(value);
    return *this;
}

CsvWriter& CsvWriter::number(double value) {
    separate();
    if (std::isfinite(value)) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.10g", value);
        m_out << buffer;
    }
    return *this;
}

CsvWriter& CsvWriter::integer(long long value) {
    separate();
    m_out << value;
    return *this;
}

void CsvWriter::endRow() {
    m_out << "\r\n";
    m_rowStarted = false;
}

} // namespace dyad
