#include "core/reading/BoilerplateClassifier.h"

#include "core/reading/TextScan.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace dyad {

namespace {

struct Features {
    std::int32_t chars = 0;
    int words = 0;
    int sentenceEnds = 0;
    bool terminal = false; ///< ends with . ! ? (closing quotes and brackets aside)
    bool ellipsis = false; ///< ends with "…" or "..." (a teaser)
    bool allCaps = false;
    bool timestamp = false;  ///< "23 mins ago", "hace 5 minutos", "5 минут назад", ...
    bool byline = false;     ///< "By Jane Doe", "Por ...", "Von ...", "Par ...", "Автор: ..."
    bool breadcrumb = false; ///< "WORLD | MIDDLE EAST", "Home › News › Politics"
    double linkDensity = 0;
    FurniturePhrases::Match furniture;
    bool good = false;
};

bool isClosing(char32_t c) {
    return c == U'"' || c == U'\'' || c == 0x201D || c == 0x2019 || c == 0xBB || c == U')' ||
           c == U']' || c == U'*' || c == U'_' || c == 0x201C;
}

/// A trail of section names: two or more parts of at most three words each, separated by
/// " | ", " › ", " » ", " > " or " / " ("WORLD | MIDDLE EAST"). A headline with its site after a
/// bar ("Russia and China sign a deal | Reuters") has a longer part and is none.
bool isBreadcrumb(std::u32string_view block) {
    if (block.size() > 80)
        return false;
    int parts = 1, words = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const char32_t c = block[i];
        const bool separator = (c == U'|' || c == 0x203A || c == 0xBB || c == U'>' || c == U'/') &&
                               i > 0 && i + 1 < block.size() && isSpaceChar(block[i - 1]) &&
                               isSpaceChar(block[i + 1]);
        if (separator) {
            if (words == 0 || words > 3)
                return false;
            ++parts;
            words = 0;
            inWord = false;
            continue;
        }
        const bool letter = isLetterChar(c);
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return parts >= 2 && words > 0 && words <= 3;
}

bool isTimestamp(std::u32string_view folded) {
    if (folded.size() > 40)
        return false;
    static const std::u32string_view markers[] = {U" ago", U"hace ", U" назад", U"vor ",
                                                  U"il y a "};
    bool digit = std::any_of(folded.begin(), folded.end(), isDigitChar);
    if (!digit)
        return false;
    // Whole words only: " ago" is not the start of " agosto".
    for (auto marker : markers)
        for (auto at = folded.find(marker); at != std::u32string_view::npos;
             at = folded.find(marker, at + 1)) {
            const std::size_t end = at + marker.size();
            if (marker.back() == U' ' || end >= folded.size() || !isLetterChar(folded[end]))
                return true;
        }
    return false;
}

Features measure(std::u32string_view block, const RawBlock& raw, const FurniturePhrases& phrases) {
    Features f;
    f.chars = static_cast<std::int32_t>(block.size());
    int letters = 0, upper = 0;
    bool inWord = false;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const char32_t c = block[i];
        const bool letter = isLetterChar(c) || isDigitChar(c);
        if (letter && !inWord)
            ++f.words;
        inWord = letter;
        if (isLetterChar(c)) {
            ++letters;
            if (isUpperChar(c))
                ++upper;
        }
        if ((c == U'.' || c == U'!' || c == U'?') && i + 1 < block.size() &&
            isSpaceChar(block[i + 1]))
            ++f.sentenceEnds;
    }
    f.allCaps = letters >= 4 && upper * 10 >= letters * 8;
    std::size_t end = block.size();
    while (end > 0 && isClosing(block[end - 1]))
        --end;
    if (end > 0) {
        const char32_t last = block[end - 1];
        f.ellipsis = last == 0x2026 || (end >= 3 && block.substr(end - 3, 3) == U"...");
        f.terminal = last == U'.' || last == U'!' || last == U'?' || last == 0x2026;
    }
    if (f.terminal)
        ++f.sentenceEnds;
    f.linkDensity = f.chars ? static_cast<double>(raw.linkChars) / f.chars : 0.0;
    const std::u32string folded = foldedText(block.substr(0, 48));
    f.timestamp = isTimestamp(folded);
    f.byline = f.words <= 6 && !f.terminal && opensByline(folded);
    f.breadcrumb = !f.terminal && isBreadcrumb(block);
    f.furniture = phrases.match(block);
    f.good = !f.allCaps && f.linkDensity < 0.5 && !f.ellipsis && raw.headingLevel == 0 &&
             ((f.terminal && f.words >= 5) || (f.chars >= 150 && f.words >= 20));
    return f;
}

/// Whether a furniture match makes the block furniture: headings and short credits always;
/// a prefix ("Related ...", "Photo ...") only when followed by ':' or when the block is not
/// a sentence of its own.
bool furnitureApplies(const Features& f) {
    switch (f.furniture.how) {
    case PhraseMatch::Heading:
        return true;
    case PhraseMatch::Contains:
        return f.chars <= 300;
    case PhraseMatch::Prefix:
        return f.furniture.colon || !f.good ||
               (f.furniture.kind != FurnitureKind::PhotoCredit && f.chars < 100);
    }
    return false;
}

bool endsArticle(FurnitureKind kind) {
    return kind == FurnitureKind::OtherStories || kind == FurnitureKind::Comments ||
           kind == FurnitureKind::Tags || kind == FurnitureKind::SourceNote;
}

std::u32string normalisedTitle(std::u32string_view text) {
    std::u32string out;
    for (char32_t c : text)
        if (isLetterChar(c) || isDigitChar(c))
            out.push_back(foldChar(c));
    return out;
}

} // namespace

BoilerplateClassifier::Result
BoilerplateClassifier::classify(const ExtractedText& extracted) const {
    Result result;
    const auto& raws = extracted.blocks;
    const std::size_t n = raws.size();
    std::vector<Features> features(n);
    result.blocks.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        features[i] = measure(spanView(extracted.text, raws[i].span), raws[i], m_phrases);
    // A markup hint that would grey out most of the page's good text is wrong (a class word on
    // the article's own container, "post-content has-share-bar"): it is not trusted then.
    std::map<std::string, std::int64_t> goodByHint;
    std::int64_t goodTotal = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (features[i].good) {
            goodTotal += features[i].chars;
            if (!raws[i].markupHint.empty())
                goodByHint[raws[i].markupHint] += features[i].chars;
        }
    auto trustedHint = [&](std::size_t i) {
        const auto& hint = raws[i].markupHint;
        if (hint.empty())
            return false;
        const auto it = goodByHint.find(hint);
        return it == goodByHint.end() || it->second * 2 <= goodTotal;
    };
    for (std::size_t i = 0; i < n; ++i) {
        Block& block = result.blocks[i];
        block.span = raws[i].span;
        const Features& f = features[i];
        if (trustedHint(i)) {
            block.role = BlockRole::Boilerplate;
            block.reason = raws[i].markupHint;
        } else if (f.furniture.kind != FurnitureKind::None && furnitureApplies(f)) {
            block.role = BlockRole::Boilerplate;
            block.reason = FurniturePhrases::reason(f.furniture.kind);
        } else if (f.good) {
            block.role = BlockRole::Body;
        } else {
            block.role = BlockRole::Boilerplate;
            if (i < 12 && m_dateLines.isDateLine(spanView(extracted.text, raws[i].span)))
                block.reason = "date line"; // "Publicado el 24 ago 2022" is no "2 days ago"
            else if (f.timestamp)
                block.reason = "timestamp of another headline";
            else if (f.byline)
                block.reason = "byline";
            else if (f.breadcrumb)
                block.reason = "breadcrumb";
            else if (f.linkDensity >= 0.5)
                block.reason = "link list";
            else if (f.ellipsis)
                block.reason = "teaser of another article";
            else if (raws[i].headingLevel || (!f.terminal && f.words >= 3))
                block.reason = "headline-like line";
            else
                block.reason = "short line";
        }
    }

    // Short sentences between body blocks are body ("He declined to comment.").
    for (std::size_t i = 1; i + 1 < n; ++i) {
        const Features& f = features[i];
        if (result.blocks[i].role == BlockRole::Boilerplate && !trustedHint(i) &&
            f.furniture.kind == FurnitureKind::None && f.terminal && !f.ellipsis && !f.allCaps &&
            f.words >= 2 && f.linkDensity < 0.5 && raws[i].headingLevel == 0 &&
            result.blocks[i - 1].role == BlockRole::Body && features[i + 1].good &&
            result.blocks[i + 1].role == BlockRole::Body) {
            result.blocks[i].role = BlockRole::Body;
            result.blocks[i].reason.clear();
        }
    }

    // The title: the first top-level heading, else the first headline-like block before the
    // article starts (within the first few blocks).
    int firstHeading = -1;
    int bestLevel = 7;
    for (std::size_t i = 0; i < n && i < 12; ++i)
        if (raws[i].headingLevel && raws[i].headingLevel < bestLevel && !trustedHint(i)) {
            bestLevel = raws[i].headingLevel;
            firstHeading = static_cast<int>(i);
        }
    if (firstHeading < 0) {
        for (std::size_t i = 0; i < n && i < 6; ++i) {
            const Features& f = features[i];
            if (f.good)
                break;
            const auto content = spanView(extracted.text, raws[i].span);
            if (result.blocks[i].reason == "headline-like line" && f.words >= 3 && f.words <= 30 &&
                !f.byline && !f.timestamp && content.find(U"://") == std::u32string_view::npos) {
                firstHeading = static_cast<int>(i);
                break;
            }
        }
    }
    result.titleBlock = firstHeading;
    if (firstHeading >= 0) {
        Block& title = result.blocks[static_cast<std::size_t>(firstHeading)];
        title.role = BlockRole::Title;
        title.reason.clear();
        const std::u32string key = normalisedTitle(spanView(extracted.text, title.span));
        for (std::size_t i = 0; i < n && !key.empty(); ++i)
            if (static_cast<int>(i) != firstHeading &&
                std::abs(raws[i].span.length() - title.span.length()) <= 12 &&
                normalisedTitle(spanView(extracted.text, raws[i].span)) == key) {
                result.blocks[i].role = BlockRole::Boilerplate;
                result.blocks[i].reason = "repeated headline";
            }
    }

    // Section headings: lists of other stories, comments, tags. When most of the article's
    // text comes before one, everything after it is furniture; otherwise the list items and
    // link lines that follow it are.
    std::vector<std::int64_t> goodPrefix(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        goodPrefix[i + 1] =
            goodPrefix[i] + (result.blocks[i].role == BlockRole::Body ? features[i].chars : 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Features& f = features[i];
        if (result.blocks[i].role != BlockRole::Boilerplate || !furnitureApplies(f))
            continue;
        const FurnitureKind kind = f.furniture.kind;
        const bool heading = f.furniture.how == PhraseMatch::Heading ||
                             kind == FurnitureKind::Tags || kind == FurnitureKind::SourceNote;
        if (!heading || (!endsArticle(kind) && kind != FurnitureKind::RelatedLink))
            continue;
        const std::int64_t before = goodPrefix[i];
        const std::int64_t after = goodPrefix[n] - goodPrefix[i + 1];
        if (endsArticle(kind) && before > 0 && after < before) {
            for (std::size_t j = i + 1; j < n; ++j)
                if (result.blocks[j].role != BlockRole::Boilerplate) {
                    result.blocks[j].role = BlockRole::Boilerplate;
                    result.blocks[j].reason = "after the article's end";
                }
            break;
        }
        std::size_t j = i + 1;
        for (; j < n; ++j) {
            const bool listLike =
                raws[j].listItem || features[j].linkDensity >= 0.3 || !features[j].good;
            if (!listLike)
                break;
            if (result.blocks[j].role == BlockRole::Body) {
                result.blocks[j].role = BlockRole::Boilerplate;
                result.blocks[j].reason = FurniturePhrases::reason(kind);
            }
        }
        i = j - 1; // the run is done: every block is visited once (linear on any input)
    }
    return result;
}

} // namespace dyad
