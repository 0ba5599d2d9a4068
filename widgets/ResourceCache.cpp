#include "widgets/ResourceCache.h"

namespace dyad {

ResourceCache::ResourceCache(std::string resourcesDir, std::vector<std::string> userLexiconDirs)
    : m_resourcesDir(std::move(resourcesDir))
    , m_userLexiconDirs(std::move(userLexiconDirs)) {}

std::shared_ptr<const ExtractionResources> ResourceCache::get() {
    const std::lock_guard lock(m_mutex);
    if (!m_resources) {
        if (m_resourcesDir.empty())
            m_problems.push_back("the resources folder (lexicon, CAMEO codes) was not found");
        m_resources = ExtractionResources::load(m_resourcesDir, m_userLexiconDirs, m_problems);
    }
    return m_resources;
}

std::vector<std::string> ResourceCache::problems() const {
    const std::lock_guard lock(m_mutex);
    return m_problems;
}

} // namespace dyad
