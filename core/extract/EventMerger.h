#pragma once

#include "core/extract/Event.h"

#include <vector>

namespace dyad {

/// Deduplicates events: the same (source, target, CAMEO root, date) is one event, carrying all
/// its evidence and the distinct documents behind it. Dated events merge across documents;
/// undated ones only within one document (two undated reports in different articles may be
/// different events). The first report's code is kept; a missing amount is taken from a later
/// report.
class EventMerger {
public:
    /// Merges `events` in place, keeping the order of first appearance.
    static void merge(std::vector<Event>& events);
};

} // namespace dyad
