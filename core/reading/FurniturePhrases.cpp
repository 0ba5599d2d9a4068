#include "core/reading/FurniturePhrases.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

namespace dyad {

namespace {

struct RawEntry {
    FurnitureKind kind;
    PhraseMatch how;
    const char* phrase;
};

const RawEntry rawEntries[] = {
#include "core/reading/FurniturePhrases.inc"
};

bool isEdgeJunk(char32_t c) {
    return isSpaceChar(c) || c == U'#' || c == U'*' || c == U'_' || c == U'-' || c == U':' ||
           c == U'|' || c == U'>' || c == U'•' || c == U'»' || c == U'«' || c == U'.' ||
           c == U'[' || c == U']' || c == 0x2014 || c == 0x2013 || c == 0xA0;
}

/// Folded text with runs of white space as one space and markup/punctuation trimmed at both
/// ends; at most `limit` code points are looked at. The result lives in a per-thread buffer.
std::u32string_view normalise(std::u32string_view text, std::size_t limit) {
    thread_local std::u32string out;
    out.clear();
    bool space = false;
    for (std::size_t i = 0; i < text.size() && i < limit; ++i) {
        const char32_t c = text[i];
        if (isSpaceChar(c)) {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(U' ');
        space = false;
        out.push_back(foldChar(c));
    }
    std::size_t begin = 0, end = out.size();
    while (begin < end && isEdgeJunk(out[begin]))
        ++begin;
    while (end > begin && isEdgeJunk(out[end - 1]))
        --end;
    return std::u32string_view(out).substr(begin, end - begin);
}

bool isWordBoundary(std::u32string_view text, std::size_t at) {
    return at >= text.size() || !isLetterChar(text[at]);
}

} // namespace

FurniturePhrases::FurniturePhrases() {
    for (const auto& raw : rawEntries) {
        Entry entry{raw.kind, raw.how, fromUtf8(raw.phrase)};
        if (entry.phrase.empty())
            continue;
        const std::size_t index = m_entries.size();
        if (entry.how == PhraseMatch::Contains) {
            const char32_t first = entry.phrase.front();
            if (first < 128)
                m_containsByAscii[first].push_back(index);
            else
                m_containsByOther[first].push_back(index);
        } else
            m_byFirst[entry.phrase.front()].push_back(index);
        if (entry.how == PhraseMatch::Heading)
            m_byLast[entry.phrase.back()].push_back(index);
        m_entries.push_back(std::move(entry));
    }
}

FurniturePhrases::Match FurniturePhrases::match(std::u32string_view block) const {
    // Headings and credits are short; a long block can only start with a phrase.
    const bool longBlock = block.size() > 300;
    const std::u32string_view text = normalise(block, longBlock ? 48 : 300);
    if (text.empty())
        return {};
    Match best;
    std::size_t bestLength = 0;
    auto consider = [&](std::size_t index) {
        const Entry& entry = m_entries[index];
        const auto& phrase = entry.phrase;
        bool hit = false;
        switch (entry.how) {
        case PhraseMatch::Heading:
            // The phrase alone, or glued after a few words of a form ("...requeridosMás Vistas").
            hit = !longBlock && (text == phrase || (text.size() <= phrase.size() + 40 &&
                                                    text.size() > phrase.size() &&
                                                    text.ends_with(phrase) && phrase.size() >= 8));
            break;
        case PhraseMatch::Prefix:
            hit = text.size() > phrase.size() && text.starts_with(phrase) &&
                  isWordBoundary(text, phrase.size());
            break;
        case PhraseMatch::Contains:
            hit = !longBlock && text.find(phrase) != std::u32string_view::npos;
            break;
        }
        if (hit && phrase.size() > bestLength) {
            best = {entry.kind, entry.how,
                    entry.how == PhraseMatch::Prefix && text[phrase.size()] == U':'};
            bestLength = phrase.size();
        }
    };
    if (const auto it = m_byFirst.find(text.front()); it != m_byFirst.end())
        for (std::size_t index : it->second)
            consider(index);
    if (!longBlock) {
        if (const auto it = m_byLast.find(text.back()); it != m_byLast.end())
            for (std::size_t index : it->second)
                consider(index);
        // Contains phrases: one pass over the text, comparing where a phrase's first letter is.
        static const std::vector<std::size_t> none;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char32_t c = text[i];
            const std::vector<std::size_t>* entries = &none;
            if (c < 128) {
                entries = &m_containsByAscii[c];
            } else if (const auto it = m_containsByOther.find(c); it != m_containsByOther.end()) {
                entries = &it->second;
            }
            for (std::size_t index : *entries) {
                const Entry& entry = m_entries[index];
                if (entry.phrase.size() > bestLength &&
                    text.compare(i, entry.phrase.size(), entry.phrase) == 0) {
                    best = {entry.kind, entry.how, false};
                    bestLength = entry.phrase.size();
                }
            }
        }
    }
    return best;
}

const char* FurniturePhrases::reason(FurnitureKind kind) {
    switch (kind) {
    case FurnitureKind::None:
        return "";
    case FurnitureKind::OtherStories:
        return "list of other articles";
    case FurnitureKind::RelatedLink:
        return "related-links list";
    case FurnitureKind::Comments:
        return "comment box";
    case FurnitureKind::Social:
        return "follow/share buttons";
    case FurnitureKind::Tags:
        return "tag cloud";
    case FurnitureKind::Ads:
        return "advertisement";
    case FurnitureKind::SourceNote:
        return "source note";
    case FurnitureKind::PhotoCredit:
        return "photo credit";
    case FurnitureKind::Navigation:
        return "navigation";
    }
    return "";
}

} // namespace dyad
