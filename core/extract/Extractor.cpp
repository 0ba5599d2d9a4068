#include "core/extract/Extractor.h"

#include "core/extract/EventExtractor.h"
#include "core/extract/EventMerger.h"
#include "core/reading/DocumentReader.h"

#include <atomic>
#include <mutex>
#include <thread>

namespace dyad {

Extractor::Extractor(const ExtractionResources& resources, unsigned threads)
    : m_resources(resources)
    , m_threads(threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency())) {}

void Extractor::parallelFor(std::size_t count,
                            const std::function<bool(std::size_t, EventExtractor&)>& work) const {
    std::atomic<std::size_t> next{0};
    std::atomic<bool> cancelled{false};
    auto worker = [&] {
        EventExtractor extractor(m_resources);
        for (std::size_t i = next++; i < count && !cancelled; i = next++) {
            if (!work(i, extractor))
                cancelled = true;
        }
    };
    const unsigned threads =
        static_cast<unsigned>(std::min<std::size_t>(m_threads, std::max<std::size_t>(count, 1)));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& thread : pool)
        thread.join();
}

ExtractionResult Extractor::extractDocuments(std::vector<Document> documents,
                                             const Progress& progress) const {
    const std::size_t count = documents.size();
    std::vector<std::optional<DocumentExtraction>> extracted(count);
    std::vector<std::vector<Event>> events(count);
    std::mutex progressMutex;
    std::size_t done = 0;
    parallelFor(count, [&](std::size_t i, EventExtractor& extractor) {
        extracted[i] = extractor.extract(std::move(documents[i]), events[i]);
        if (!progress)
            return true;
        const std::lock_guard lock(progressMutex);
        return progress(++done, count);
    });

    ExtractionResult result;
    for (std::size_t i = 0; i < count; ++i) {
        if (!extracted[i])
            continue; // cancelled before it was reached
        result.documents.push_back(std::move(*extracted[i]));
        for (Event& event : events[i])
            result.events.push_back(std::move(event));
    }
    EventMerger::merge(result.events);
    return result;
}

ExtractionResult Extractor::extractPaths(const std::vector<std::string>& paths,
                                         const Progress& progress) const {
    // Each worker reads a file and extracts it at once: reading runs on every thread too.
    const DocumentReader reader;
    DocumentReader::FileList list = reader.listFiles(paths);
    const std::size_t count = list.files.size();
    std::vector<std::optional<DocumentExtraction>> extracted(count);
    std::vector<std::optional<ReadFailure>> failed(count);
    std::vector<std::vector<Event>> events(count);
    std::mutex progressMutex;
    std::size_t done = 0;
    parallelFor(count, [&](std::size_t i, EventExtractor& extractor) {
        std::string error;
        if (std::optional<Document> document = reader.readFile(list.files[i], error))
            extracted[i] = extractor.extract(std::move(*document), events[i]);
        else
            failed[i] = ReadFailure{list.files[i], error};
        if (!progress)
            return true;
        const std::lock_guard lock(progressMutex);
        return progress(++done, count);
    });

    ExtractionResult result;
    for (std::size_t i = 0; i < count; ++i) {
        if (!extracted[i])
            continue; // unreadable, or cancelled before it was reached
        result.documents.push_back(std::move(*extracted[i]));
        for (Event& event : events[i])
            result.events.push_back(std::move(event));
    }
    result.failures = DocumentReader::mergeFailures(list, std::move(failed));
    EventMerger::merge(result.events);
    return result;
}

} // namespace dyad
