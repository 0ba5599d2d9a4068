#pragma once

#include "core/store/EventStore.h"
#include "core/util/Utf.h"

#include <string>
#include <vector>

namespace dyad::testing {

/// An event between two actors; `iso` is "" for undated, else "2019-03-04", "2019-03" or "2019".
inline Event makeEvent(const std::string& source, const std::string& target,
                       const std::string& code, const std::string& iso, float goldstein = 1.0f,
                       std::uint8_t quadClass = 0) {
    Event event;
    event.source = source;
    event.target = target;
    event.code = code;
    event.root = code.substr(0, 2);
    event.quadClass = quadClass;
    event.goldstein = goldstein;
    if (!iso.empty())
        event.date = FuzzyDate::fromIso(iso).value_or(FuzzyDate{});
    return event;
}

/// Adds one piece of evidence from `document`: the whole of `sentence`, with `trigger` and the
/// two actors found inside it by text search.
inline void addEvidence(Event& event, const Document& document, const std::u32string& trigger) {
    Evidence evidence;
    evidence.document = document.id;
    evidence.sentence = {0, static_cast<std::int32_t>(document.text.size())};
    const auto at = document.text.find(trigger);
    if (at != std::u32string::npos)
        evidence.trigger = {static_cast<std::int32_t>(at),
                            static_cast<std::int32_t>(at + trigger.size())};
    evidence.triggerText = toUtf8(trigger);
    event.evidence.push_back(evidence);
    event.documents.push_back(document.id);
}

inline Document makeDocument(const std::string& id, const std::string& utf8Text) {
    Document document;
    document.id = id;
    document.path = "/articles/" + id + ".txt";
    document.title = "Title of " + id;
    document.language = "en";
    document.text = fromUtf8(utf8Text);
    return document;
}

} // namespace dyad::testing
