#include "core/store/FilterSpec.h"

#include "core/store/CalendarBins.h"

#include <algorithm>
#include <cctype>
#include <tuple>

namespace dyad {

namespace {

void sortUnique(std::vector<int>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

Query FilterSpec::toQuery() const {
    Query query;
    query.actorA = actorA;
    query.actorB = actorB;
    query.directed = directed;
    if (fromYear > 0)
        query.fromDay = CalendarBins::dayNumber(fromYear, 1, 1);
    if (toYear > 0)
        query.toDay = CalendarBins::dayNumber(toYear, 12, 31);
    query.includeUndated = includeUndated;
    query.roots = roots;
    query.quadClasses = quadClasses;
    query.minSources = minSources;
    query.document = document;
    query.text = text;
    return query;
}

FilterSpec FilterSpec::normalised() const {
    FilterSpec result = *this;
    for (std::string* code : {&result.actorA, &result.actorB})
        for (char& c : *code)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (!result.directed) {
        if (result.actorA.empty())
            std::swap(result.actorA, result.actorB);
        if (!result.actorB.empty() && result.actorB < result.actorA)
            std::swap(result.actorA, result.actorB);
    } else if (result.actorA.empty() && result.actorB.empty()) {
        result.directed = false;
    }
    sortUnique(result.roots);
    sortUnique(result.quadClasses);
    result.minSources = std::max(1, result.minSources);
    return result;
}

bool operator==(const FilterSpec& a, const FilterSpec& b) {
    const FilterSpec x = a.normalised();
    const FilterSpec y = b.normalised();
    return std::tie(x.actorA, x.actorB, x.directed, x.fromYear, x.toYear, x.includeUndated, x.roots,
                    x.quadClasses, x.minSources, x.document, x.text) ==
           std::tie(y.actorA, y.actorB, y.directed, y.fromYear, y.toYear, y.includeUndated, y.roots,
                    y.quadClasses, y.minSources, y.document, y.text);
}

} // namespace dyad
