#include "core/extract/EventMerger.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace dyad {

namespace {

std::string keyOf(const Event& event) {
    std::string key = event.source + '|' + event.target + '|' + event.root + '|';
    if (event.date.isKnown()) {
        key += std::to_string(event.date.day) + ':' +
               std::to_string(static_cast<int>(event.date.precision));
    } else {
        key += "undated:";
        if (!event.documents.empty())
            key += event.documents.front();
    }
    return key;
}

void absorb(Event& into, Event&& from) {
    for (std::string& document : from.documents) {
        if (std::find(into.documents.begin(), into.documents.end(), document) ==
            into.documents.end())
            into.documents.push_back(std::move(document));
    }
    for (Evidence& evidence : from.evidence) {
        const bool known =
            std::any_of(into.evidence.begin(), into.evidence.end(), [&](const Evidence& e) {
                return e.document == evidence.document && e.sentence == evidence.sentence;
            });
        if (!known)
            into.evidence.push_back(std::move(evidence));
    }
    if (!into.money && from.money)
        into.money = std::move(from.money);
}

} // namespace

void EventMerger::merge(std::vector<Event>& events) {
    std::unordered_map<std::string, std::size_t> firstIndex;
    std::vector<Event> merged;
    merged.reserve(events.size());
    for (Event& event : events) {
        const auto [it, inserted] = firstIndex.emplace(keyOf(event), merged.size());
        if (inserted)
            merged.push_back(std::move(event));
        else
            absorb(merged[it->second], std::move(event));
    }
    events = std::move(merged);
}

} // namespace dyad
