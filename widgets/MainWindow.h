#pragma once

#include "core/store/EventStore.h"
#include "widgets/DocumentFurniture.h"
#include "widgets/DocumentLoader.h"
#include "widgets/WindowMemory.h"

#include <QMainWindow>
#include <QStringList>

#include <cstdint>
#include <memory>

class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace dyad {

class DocumentList;
class EventSession;
class EventTable;
class FilterPanel;
class LoadErrorsDialog;
class SessionFeeder;
class SourcePanel;
class TimelineView;
class PairMatrixView;

/// The viewer's main window: the chart and the matrix in the middle above the event table, the
/// filter and the documents on the left, the source on the right, all over one EventSession
/// and kept in step (choosing an event anywhere shows its sentence). Files and folders open
/// from the File menu, by drag and drop or from the command line, and load in the background.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(DocumentLoader::Config loaderConfig, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Loads files and folders into the session (after any load still running) and adds them
    /// to the recent files.
    void openPaths(const QStringList& paths);
    bool isLoading() const;
    /// Cancels the running load and those waiting; what was loaded stays.
    void cancelLoading();

    WindowMemory memory() const;
    void restoreMemory(const WindowMemory& memory);
    QStringList recentFiles() const { return m_recentFiles; }

    /// "timeline" or "matrix".
    void showView(const QString& view);
    QString currentView() const;
    /// "volume" or "lanes" (nothing without the chart).
    void setTimelineMode(const QString& mode);
    QString timelineMode() const;
    /// Selects a store event everywhere (table, chart, source).
    void selectEvent(std::uint32_t event);
    /// Brings the chart and the matrix up to date now (before grabbing the window).
    void settleViews();

    EventSession& session() { return *m_session; }
    DocumentLoader& loader() { return *m_loader; }
    SourcePanel* sourcePanel() const { return m_source; }
    FilterPanel* filterPanel() const { return m_filterPanel; }
    EventTable* eventTable() const { return m_events; }
    DocumentList* documentList() const { return m_documents; }
    LoadErrorsDialog* loadErrors() const { return m_errors; }
    TimelineView* timelineView() const { return m_timeline; }
    PairMatrixView* matrixView() const { return m_matrix; }
    QString statusText() const;

signals:
    /// Every load asked for has ended (finished or cancelled).
    void loadingFinished();
    void preferencesRequested();
    void recentFilesChanged(const QStringList& files);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createViews();
    void createDocks();
    void createMenus();
    void createStatusBar();
    void connectSelection();
    void startNextLoad();
    void applyBatch(const std::shared_ptr<const LoadBatch>& batch);
    void loadEnded(bool cancelled);
    void updateStatus();
    void updateRecentMenu();
    void rememberPaths(const QStringList& paths);
    void chooseFiles();
    void chooseFolder();
    void filterByActor(const QString& code);
    void showAbout();

    EventStore m_store;
    DocumentFurniture m_furniture;
    EventSession* m_session;
    std::unique_ptr<SessionFeeder> m_feeder;
    DocumentLoader* m_loader;
    std::shared_ptr<const ExtractionResources> m_resources;
    QStringList m_pending;
    QStringList m_recentFiles;
    QString m_timelineMode = QStringLiteral("volume"); ///< without the chart

    QTabWidget* m_views = nullptr;
    TimelineView* m_timeline = nullptr;
    PairMatrixView* m_matrix = nullptr;
    QSplitter* m_centralSplitter = nullptr;
    EventTable* m_events = nullptr;
    FilterPanel* m_filterPanel = nullptr;
    DocumentList* m_documents = nullptr;
    SourcePanel* m_source = nullptr;
    LoadErrorsDialog* m_errors = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace dyad
