#pragma once

#include "core/extract/EntityRecognizer.h"
#include "core/extract/EventCoder.h"
#include "core/extract/ExtractionResources.h"
#include "core/extract/ExtractionResult.h"

#include <map>
#include <string>
#include <vector>

namespace dyad {

/// Reads the events of one document: recognises the actors of its title and body sentences,
/// finds triggers and modality cues in the body, codes and dates the events, and keeps their
/// evidence and amounts. Holds per-language tokenizers (with their stem caches): use one
/// EventExtractor per thread.
class EventExtractor {
public:
    explicit EventExtractor(const ExtractionResources& resources);

    /// The document's entities (for the output and the source panel: countries, people,
    /// organisations, places, plus its date expressions and triggers) and its events, in text
    /// order and not yet merged across documents.
    DocumentExtraction extract(Document document, std::vector<Event>& events);

private:
    const Tokenizer& tokenizerFor(const std::string& language);
    std::vector<LexiconMatch> mentionsOf(const std::vector<Token>& tokens,
                                         const std::string& language, const FuzzyDate& when) const;
    std::vector<TriggerHit> triggersOf(const std::vector<Token>& tokens,
                                       const std::string& language) const;
    /// Modality and reporting cues, except words inside a name ("Theresa May said").
    std::vector<CueHit> cuesOf(const std::vector<Token>& tokens, const std::string& language,
                               const std::vector<ActorMention>& mentions) const;

    const ExtractionResources& m_resources;
    EntityRecognizer m_recognizer;
    EventCoder m_coder;
    std::map<std::string, Tokenizer> m_tokenizers;
    std::vector<std::string> m_ruleLanguages; ///< the languages the trigger lexicon has rules for
};

} // namespace dyad
