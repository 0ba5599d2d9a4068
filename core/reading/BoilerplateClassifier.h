#pragma once

#include "core/reading/DateLine.h"
#include "core/reading/Document.h"
#include "core/reading/ExtractedText.h"
#include "core/reading/FurniturePhrases.h"

#include <vector>

namespace dyad {

/// Marks each block of an extracted text as the article's title, body or page furniture, in the
/// spirit of jusText: a block's own signals (length, words, sentence punctuation, capitals, link
/// density, list membership, the markup around it, furniture phrases kept as data) make it good
/// or bad, then its context decides: blocks after a heading such as "Related Articles" or
/// "Comments" that comes after most of the article are "after the article's end", short
/// sentences between body blocks are body, and copies of the headline are furniture. A date line
/// ("Published: June 16, 2021") is furniture and never the title.
class BoilerplateClassifier {
public:
    struct Result {
        std::vector<Block> blocks;
        int titleBlock = -1; ///< index of the title block, -1 when none was found
    };

    Result classify(const ExtractedText& extracted) const;

private:
    FurniturePhrases m_phrases;
    DateLineDetector m_dateLines;
};

} // namespace dyad
