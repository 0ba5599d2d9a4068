#include "core/extract/ExtractionResources.h"

namespace dyad {

std::unique_ptr<ExtractionResources>
ExtractionResources::load(const std::string& resourcesDir,
                          const std::vector<std::string>& userLexicons,
                          std::vector<std::string>& errors) {
    auto resources = std::make_unique<ExtractionResources>();
    const std::string lexiconDir = resourcesDir + "/lexicon";
    std::vector<std::string> folders{lexiconDir};
    folders.insert(folders.end(), userLexicons.begin(), userLexicons.end());
    resources->lexicon = Lexicon::load(folders, errors);
    resources->cameo = CameoCatalog::load(lexiconDir + "/cameo/codes.tsv", errors);
    resources->triggers = TriggerLexicon::load(lexiconDir + "/cameo", resources->cameo, errors);
    resources->modality = ModalityCues::load(lexiconDir + "/cameo/modality.tsv", errors);
    resources->grammar = GrammarWords::load(lexiconDir + "/grammar/grammar.tsv", errors);
    return resources;
}

} // namespace dyad
