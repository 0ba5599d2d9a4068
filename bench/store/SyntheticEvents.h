#pragma once

#include "core/store/EventStore.h"

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace dyad {

/// Synthetic dataset rows with the shape of GDELT: actor pairs Zipf-distributed over about
/// 200 actors, dates from 1979 to 2025 growing in volume over the years, CAMEO roots with
/// GDELT-like frequencies (consultations and statements common, mass violence rare), Goldstein
/// weights by root and a long-tailed number of sources.
class SyntheticEvents {
public:
    static std::vector<DatasetRow> generate(std::size_t count, std::uint32_t seed = 1979);
    /// Tab-separated, with a header line: source target code root quad goldstein date sources row.
    static void writeTsv(const std::vector<DatasetRow>& rows, std::ostream& out);
    /// Reads what writeTsv wrote; puts a message naming the line in `error` on bad input.
    static bool readTsv(std::istream& in, std::vector<DatasetRow>& rows, std::string& error);
};

} // namespace dyad
