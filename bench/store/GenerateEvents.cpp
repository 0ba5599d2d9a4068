// dyad_generate_events N [SEED] > events.tsv
// Writes N synthetic events with GDELT's shape (see SyntheticEvents.h) as tab-separated rows.

#include "SyntheticEvents.h"

#include <cstdlib>
#include <iostream>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: dyad_generate_events N [SEED] > events.tsv\n";
        return 1;
    }
    char* end = nullptr;
    const unsigned long long count = std::strtoull(argv[1], &end, 10);
    if (*end != '\0' || count == 0 || count > 100'000'000ULL) {
        std::cerr << "dyad_generate_events: N must be a whole number from 1 to 100000000, not \""
                  << argv[1] << "\"\n";
        return 1;
    }
    const auto seed = argc == 3 ? static_cast<std::uint32_t>(std::strtoul(argv[2], nullptr, 10))
                                : std::uint32_t{1979};
    std::ios::sync_with_stdio(false);
    dyad::SyntheticEvents::writeTsv(dyad::SyntheticEvents::generate(count, seed), std::cout);
    return std::cout ? 0 : 2;
}
