#pragma once

#include "core/extract/Event.h"
#include "core/text/Tokenizer.h"

#include <string_view>
#include <vector>

namespace dyad {

/// Finds amounts of money in tokenised text: "$43 million", "US$1.2 billion", "€3bn",
/// "45.000 millones de euros", "$1,5 миллиарда", "250 million dollars", "10 Milliarden Euro".
/// Scale words follow the language ("billón" and German "Billion" are 10^12).
class MoneyParser {
public:
    static std::vector<MoneyAmount> find(const std::vector<Token>& tokens,
                                         std::string_view language);
    /// Reads a number written with ',' or '.' as decimal or thousands separator
    /// ("45.000" = 45000, "1,5" = 1.5, "250,000" = 250000, "1.2" = 1.2).
    static bool parseNumber(std::u32string_view text, double& value);
};

} // namespace dyad
