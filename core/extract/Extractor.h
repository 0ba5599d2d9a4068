#pragma once

#include "core/extract/ExtractionResources.h"
#include "core/extract/ExtractionResult.h"

#include <functional>
#include <string>
#include <vector>

namespace dyad {

/// Extracts many documents on several threads (one EventExtractor each), then merges the
/// events of all of them in input order, so the result does not depend on the thread count.
class Extractor {
public:
    /// Called after each document with (done, total); returning false cancels the rest (the
    /// documents done so far are still returned).
    using Progress = std::function<bool(std::size_t done, std::size_t total)>;

    /// `threads` 0 uses every core.
    explicit Extractor(const ExtractionResources& resources, unsigned threads = 0);

    /// Extracts documents already read.
    ExtractionResult extractDocuments(std::vector<Document> documents,
                                      const Progress& progress = {}) const;
    /// Reads files and folders (recursively) and extracts what could be read, each worker
    /// reading a file and extracting it at once; what could not be read is listed in the
    /// result's failures, in walk order. Progress counts files.
    ExtractionResult extractPaths(const std::vector<std::string>& paths,
                                  const Progress& progress = {}) const;

private:
    /// Runs `work(index, extractor)` for every index below `count` on the worker threads.
    void parallelFor(std::size_t count,
                     const std::function<bool(std::size_t, class EventExtractor&)>& work) const;

    const ExtractionResources& m_resources;
    unsigned m_threads;
};

} // namespace dyad
