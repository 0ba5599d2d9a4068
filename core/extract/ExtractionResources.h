#pragma once

#include "core/cameo/CameoCatalog.h"
#include "core/cameo/ModalityCues.h"
#include "core/cameo/TriggerLexicon.h"
#include "core/extract/GrammarWords.h"
#include "core/lexicon/Lexicon.h"

#include <memory>
#include <string>
#include <vector>

namespace dyad {

/// Everything extraction reads from data files: the actor lexicon, the CAMEO codebook, the
/// trigger phrases, the modality cues and the grammar words. Loaded once; immutable and safe
/// to share between threads afterwards.
struct ExtractionResources {
    Lexicon lexicon;
    CameoCatalog cameo;
    TriggerLexicon triggers;
    ModalityCues modality;
    GrammarWords grammar;

    /// Loads from the bundled resources folder (its lexicon/ subfolder) and then from the
    /// user's own lexicon folders, which add actors, aliases and people. Problems are appended
    /// to `errors` ("file:line: problem"); what can be loaded is.
    static std::unique_ptr<ExtractionResources> load(const std::string& resourcesDir,
                                                     const std::vector<std::string>& userLexicons,
                                                     std::vector<std::string>& errors);
};

} // namespace dyad
