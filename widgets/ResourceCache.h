#pragma once

#include "core/extract/ExtractionResources.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace dyad {

/// Loads the extraction resources once, on whichever thread asks first, and shares them.
class ResourceCache {
public:
    ResourceCache(std::string resourcesDir, std::vector<std::string> userLexiconDirs);

    /// The resources, loading them on the first call (thread-safe). Never null.
    std::shared_ptr<const ExtractionResources> get();
    /// Problems met while loading ("file:line: problem"); empty before the first get().
    std::vector<std::string> problems() const;

private:
    std::string m_resourcesDir;
    std::vector<std::string> m_userLexiconDirs;
    mutable std::mutex m_mutex;
    std::shared_ptr<const ExtractionResources> m_resources;
    std::vector<std::string> m_problems;
};

} // namespace dyad
