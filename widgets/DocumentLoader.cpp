#include "widgets/DocumentLoader.h"

#include "core/extract/Extractor.h"
#include "core/reading/DocumentReader.h"
#include "core/reading/Format.h"
#include "widgets/ResourceCache.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <filesystem>

namespace dyad {

namespace fs = std::filesystem;

namespace {

/// The files to read: given files as they are (the reader tells what is wrong with them),
/// folders walked recursively in sorted order keeping the article formats. Folders that
/// cannot be listed become failures; symbolic links to folders are not followed (no loops).
void collectFiles(const QStringList& paths, std::vector<std::string>& files,
                  std::vector<ReadFailure>& failures) {
    for (const QString& given : paths) {
        const std::string path = given.toStdString();
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            files.push_back(path);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied,
                                            ec);
        if (ec) {
            failures.push_back({path, "cannot read folder: " + ec.message()});
            continue;
        }
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec) {
                failures.push_back({path, "cannot read folder: " + ec.message()});
                break;
            }
            std::error_code typeError;
            if (it->is_regular_file(typeError) && formatForPath(it->path().string()))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
}

using BatchPointer = std::shared_ptr<const LoadBatch>;

void runLoad(QPromise<BatchPointer>& promise, const std::shared_ptr<ResourceCache>& cache,
             const QStringList& paths, int batchSize, unsigned threads) {
    std::vector<std::string> files;
    std::vector<ReadFailure> folderFailures;
    collectFiles(paths, files, folderFailures);
    const int total = static_cast<int>(files.size());
    promise.setProgressRange(0, total);

    const std::shared_ptr<const ExtractionResources> resources = cache->get();
    const DocumentReader reader;
    const Extractor extractor(*resources, threads);
    if (!folderFailures.empty() || files.empty()) {
        auto batch = std::make_shared<LoadBatch>();
        batch->failures = std::move(folderFailures);
        batch->filesTotal = total;
        batch->resources = resources;
        promise.addResult(BatchPointer(std::move(batch)));
    }
    const auto step = static_cast<std::size_t>(std::max(1, batchSize));
    for (std::size_t first = 0; first < files.size(); first += step) {
        if (promise.isCanceled())
            return;
        const std::size_t last = std::min(files.size(), first + step);
        const std::vector<std::string> slice(files.begin() + std::ptrdiff_t(first),
                                             files.begin() + std::ptrdiff_t(last));
        ReadResult read = reader.readPaths(slice);
        ExtractionResult extracted =
            extractor.extractDocuments(std::move(read.documents), [&](std::size_t, std::size_t) {
                return !promise.isCanceled();
            });
        if (promise.isCanceled())
            return;
        auto batch = std::make_shared<LoadBatch>();
        for (DocumentExtraction& document : extracted.documents) {
            batch->documents.push_back(std::move(document.document));
            batch->mentions.push_back(std::move(document.entities));
        }
        batch->events = std::move(extracted.events);
        batch->failures = std::move(read.failures);
        batch->filesDone = static_cast<int>(last);
        batch->filesTotal = total;
        batch->resources = resources;
        promise.addResult(BatchPointer(std::move(batch)));
        promise.setProgressValue(static_cast<int>(last));
    }
}

} // namespace

DocumentLoader::DocumentLoader(Config config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config)) {
    std::vector<std::string> userDirs;
    for (const QString& dir : m_config.userLexiconDirs)
        userDirs.push_back(dir.toStdString());
    m_resources =
        std::make_shared<ResourceCache>(m_config.resourcesDir.toStdString(), std::move(userDirs));
}

DocumentLoader::~DocumentLoader() {
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void DocumentLoader::load(const QStringList& paths) {
    cancel();
    auto* watcher = new Watcher(this);
    m_watcher = watcher;
    connect(watcher, &Watcher::resultsReadyAt, this,
            [this, watcher](int begin, int end) { deliver(watcher, begin, end); });
    connect(watcher, &Watcher::progressValueChanged, this, [this, watcher](int value) {
        emit progressChanged(value, watcher->progressMaximum());
    });
    connect(watcher, &Watcher::finished, this, [this, watcher] { finish(watcher); });
    emit started(paths);
    watcher->setFuture(QtConcurrent::run(runLoad, m_resources, paths, m_config.batchSize,
                                         m_config.extractorThreads));
}

void DocumentLoader::cancel() {
    if (!m_watcher)
        return;
    // Stale from now on: whatever the worker still delivers is dropped with its watcher, which
    // goes once the worker has seen the cancellation.
    Watcher* watcher = m_watcher;
    m_watcher = nullptr;
    watcher->disconnect(this);
    watcher->cancel();
    if (watcher->isFinished())
        watcher->deleteLater();
    else
        connect(watcher, &Watcher::finished, watcher, &QObject::deleteLater);
    emit finished(true);
}

bool DocumentLoader::isLoading() const {
    return m_watcher != nullptr;
}

void DocumentLoader::deliver(Watcher* watcher, int begin, int end) {
    if (watcher != m_watcher)
        return;
    if (!m_problemsReported) {
        m_problemsReported = true;
        QStringList problems;
        for (const std::string& problem : m_resources->problems())
            problems << QString::fromStdString(problem);
        if (!problems.isEmpty())
            emit resourceProblems(problems);
    }
    for (int i = begin; i < end; ++i) {
        const BatchPointer batch = watcher->resultAt(i);
        emit batchReady(batch);
        emit progressChanged(batch->filesDone, batch->filesTotal);
    }
}

void DocumentLoader::finish(Watcher* watcher) {
    if (watcher != m_watcher)
        return;
    const bool cancelled = watcher->isCanceled();
    m_watcher = nullptr;
    watcher->deleteLater();
    emit finished(cancelled);
}

} // namespace dyad
