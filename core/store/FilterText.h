#pragma once

#include "core/store/FilterSpec.h"

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

/// The compact text form of a filter, e.g. `CUB-RUS 2018..2024 roots=04,05 min-sources=2`.
///
/// Terms are separated by spaces, in any order, each at most once:
///   pair         `A-B` A and B in either direction; `A>B` A acting on B;
///                `A` A with any partner; `*` any actor (`A>*`: A as source, `*>B`: B as
///                target). Codes are letters and digits starting with a letter; case-insensitive.
///   years        `2019`, `2018..2024`, `2018..` (from), `..2024` (until); years 1400..9999
///   roots=       CAMEO roots 1..20, comma-separated: `roots=04,05`
///   quad=        QuadClasses 1..4: `quad=1,2`
///   min-sources= the least number of sources, N >= 1
///   undated=     `yes` (default) or `no`: whether undated events pass
///   doc=         a document id; quote it when it holds spaces: `doc="my file"`
///   text=        free text over actor names and trigger words: `text="quoted words"`
/// Inside quotes, `\"` is a quote and `\\` a backslash.
///
/// print() writes the canonical form (that order, defaults left out, an undirected pair in
/// alphabetical order, lists sorted), so print(parse(x)) is canonical and
/// parse(print(f)) == f.
class FilterText {
public:
    struct ParseResult {
        std::optional<FilterSpec> filter;
        std::string error; ///< names the bad token when filter is empty
    };

    static ParseResult parse(std::string_view text);
    static std::string print(const FilterSpec& filter);
};

} // namespace dyad
