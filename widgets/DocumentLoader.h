#pragma once

#include "widgets/LoadBatch.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>

namespace dyad {

class ResourceCache;

/// Reads and extracts article files and folders on a worker thread (QtConcurrent::run), a few
/// files at a time, and hands each batch to the GUI thread as soon as it is ready, so the views
/// fill while the load runs. A load can be cancelled; starting a new load cancels the running
/// one and drops whatever it still delivers (stale results never arrive). The extraction
/// resources (lexicon, CAMEO, triggers) are loaded on the worker the first time they are needed
/// and kept for later loads.
class DocumentLoader : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString resourcesDir;          ///< the bundled resources folder
        QStringList userLexiconDirs;   ///< the user's own lexicon folders, loaded after it
        int batchSize = 4;             ///< files read and extracted per batch
        unsigned extractorThreads = 0; ///< 0: every core
    };

    explicit DocumentLoader(Config config, QObject* parent = nullptr);
    ~DocumentLoader() override;

    /// Starts loading `paths` (files and folders, folders recursively). A load still running
    /// is cancelled first and its remaining results are dropped.
    void load(const QStringList& paths);
    /// Stops the running load: nothing more of it is delivered (the worker stops after the
    /// document in progress) and finished(true) is emitted now; what was delivered stays.
    void cancel();
    bool isLoading() const;

signals:
    void started(const QStringList& paths);
    /// A batch is ready (GUI thread). Documents come in the order the files were found.
    void batchReady(const std::shared_ptr<const LoadBatch>& batch);
    void progressChanged(int done, int total);
    /// Problems loading the resources (lexicon lines, missing folders), once.
    void resourceProblems(const QStringList& problems);
    /// The load ended: every file was handled, or it was cancelled.
    void finished(bool cancelled);

private:
    using Watcher = QFutureWatcher<std::shared_ptr<const LoadBatch>>;
    void deliver(Watcher* watcher, int begin, int end);
    void finish(Watcher* watcher);

    Config m_config;
    std::shared_ptr<ResourceCache> m_resources;
    Watcher* m_watcher = nullptr; ///< the current load; older watchers are disconnected
    bool m_problemsReported = false;
};

} // namespace dyad
