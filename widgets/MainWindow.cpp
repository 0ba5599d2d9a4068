#include "widgets/MainWindow.h"

#include "models/EventModel.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "widgets/ActorComboBox.h"
#include "widgets/DocumentList.h"
#include "widgets/EventTable.h"
#include "widgets/FilterPanel.h"
#include "widgets/LoadErrorsDialog.h"
#include "widgets/SelectionSummary.h"
#include "widgets/SessionFeeder.h"
#include "widgets/SourcePanel.h"
#ifdef DYAD_WITH_VIEWS
#include "widgets/PairMatrixPanel.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"
#endif
#ifdef DYAD_WITH_EXPORT
#include "widgets/ExportActions.h"
#endif

#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

namespace dyad {

MainWindow::MainWindow(DocumentLoader::Config loaderConfig, QWidget* parent)
    : QMainWindow(parent)
    , m_session(new EventSession(m_store, this))
    , m_feeder(std::make_unique<SessionFeeder>(*m_session, m_furniture))
    , m_loader(new DocumentLoader(std::move(loaderConfig), this))
    , m_errors(new LoadErrorsDialog(this)) {
    setWindowTitle(tr("Dyad"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
    createViews();
    createDocks();
    createMenus();
    createStatusBar();
    connectSelection();
    connect(m_loader, &DocumentLoader::batchReady, this, &MainWindow::applyBatch);
    connect(m_loader, &DocumentLoader::finished, this, &MainWindow::loadEnded);
    connect(m_loader, &DocumentLoader::progressChanged, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_loader, &DocumentLoader::resourceProblems, this, [this](const QStringList& problems) {
        QList<SessionFeeder::Problem> list;
        for (const QString& problem : problems)
            list.append({tr("lexicon"), problem});
        m_errors->addProblems(list);
    });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Chart and matrix"));
    m_views->setDocumentMode(true);
#ifdef DYAD_WITH_VIEWS
    m_timeline = new TimelineView(*m_session, m_views);
    m_timeline->setAccessibleName(tr("Timeline"));
    auto* matrixPanel = new PairMatrixPanel(*m_session, m_views);
    m_matrix = matrixPanel->view();
    m_matrix->setAccessibleName(tr("Country-pair matrix"));
    m_views->addTab(m_timeline, tr("&Timeline"));
    m_views->addTab(matrixPanel, tr("Pair &Matrix"));
#else
    // The chart and the matrix arrive with their views; until then the slot says so.
    for (const QString& name : {tr("&Timeline"), tr("Pair &Matrix")}) {
        auto* placeholder = new QLabel(tr("This view is not available in this build."), m_views);
        placeholder->setAlignment(Qt::AlignCenter);
        m_views->addTab(placeholder, name);
    }
#endif
    m_events = new EventTable(*m_session->eventModel(), this);
    m_centralSplitter = new QSplitter(Qt::Vertical, this);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_views);
    m_centralSplitter->addWidget(m_events);
    m_centralSplitter->setStretchFactor(0, 3);
    m_centralSplitter->setStretchFactor(1, 2);
    m_centralSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_centralSplitter);
}

void MainWindow::createDocks() {
    m_filterPanel = new FilterPanel(*m_session, this);
    auto* filterScroll = new QScrollArea(this);
    filterScroll->setWidget(m_filterPanel);
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    auto* filterDock = new QDockWidget(tr("Filter"), this);
    filterDock->setObjectName(QStringLiteral("filterDock"));
    filterDock->setWidget(filterScroll);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    m_documents = new DocumentList(*m_session->documentModel(), this);
    auto* documentsDock = new QDockWidget(tr("Documents"), this);
    documentsDock->setObjectName(QStringLiteral("documentsDock"));
    documentsDock->setWidget(m_documents);
    addDockWidget(Qt::LeftDockWidgetArea, documentsDock);
    splitDockWidget(filterDock, documentsDock, Qt::Vertical);

    m_source = new SourcePanel(*m_session, m_furniture, this);
    auto* sourceDock = new QDockWidget(tr("Source"), this);
    sourceDock->setObjectName(QStringLiteral("sourceDock"));
    sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, sourceDock);
    resizeDocks({filterDock, sourceDock}, {300, 440}, Qt::Horizontal);
    resizeDocks({filterDock, documentsDock}, {520, 260}, Qt::Vertical);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open Files…"), QKeySequence::Open, this, &MainWindow::chooseFiles);
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                    &MainWindow::chooseFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("Files &Not Loaded…"), QKeySequence(tr("Ctrl+E")), this, [this] {
        m_errors->show();
        m_errors->raise();
    });
#if defined(DYAD_WITH_EXPORT) && defined(DYAD_WITH_VIEWS)
    auto* exports = new ExportActions(*m_session, m_timeline, m_matrix, this);
    file->addSeparator();
    file->addMenu(exports->menu());
    exports->addToContextMenus(m_timeline, m_matrix, m_events);
#endif
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    updateRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(tr("&Timeline"), QKeySequence(tr("Ctrl+1")), this,
                          [this] { showView(QStringLiteral("timeline")); });
    m_viewMenu->addAction(tr("Pair &Matrix"), QKeySequence(tr("Ctrl+2")), this,
                          [this] { showView(QStringLiteral("matrix")); });
    m_viewMenu->addAction(tr("Timeline as &Volume"), QKeySequence(tr("Ctrl+Shift+V")), this,
                          [this] { setTimelineMode(QStringLiteral("volume")); });
    m_viewMenu->addAction(tr("Timeline as &Lanes"), QKeySequence(tr("Ctrl+Shift+L")), this,
                          [this] { setTimelineMode(QStringLiteral("lanes")); });
    m_viewMenu->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* filter = menuBar()->addMenu(tr("F&ilter"));
    filter->addAction(tr("&Reset Filter"), QKeySequence(tr("Ctrl+R")), this,
                      [this] { m_session->filter()->clear(); });
    filter->addAction(tr("Find in &Evidence"), QKeySequence::Find, this, [this] {
        m_filterPanel->textEdit()->setFocus(Qt::ShortcutFocusReason);
        m_filterPanel->textEdit()->selectAll();
    });
    filter->addAction(tr("Choose Country &A"), QKeySequence(tr("Ctrl+Shift+A")), this,
                      [this] { m_filterPanel->actorABox()->setFocus(Qt::ShortcutFocusReason); });

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* preferences =
        settings->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Dyad"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar() {
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Selection summary"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m files"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc); what is loaded stays"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_progress->hide();
    m_cancel->hide();
}

void MainWindow::connectSelection() {
    connect(m_session, &EventSession::selectionChanged, this, &MainWindow::updateStatus);
    connect(m_session, &EventSession::eventsAppended, this, &MainWindow::updateStatus);
    connect(m_events, &EventTable::eventChosen, this, [this](std::uint32_t event) {
        m_source->showEvent(event);
        m_documents->showDocument(m_source->documentIndex());
#ifdef DYAD_WITH_VIEWS
        m_timeline->setSelectedEvent(event);
#endif
    });
    connect(m_documents, &DocumentList::documentChosen, m_source, &SourcePanel::showDocument);
    connect(m_source, &SourcePanel::actorActivated, this, &MainWindow::filterByActor);
#ifdef DYAD_WITH_VIEWS
    connect(m_timeline, &TimelineView::eventActivated, this,
            [this](quint32 event) { selectEvent(event); });
    // A matrix cell sets the pair filter itself; the chart, the table and the status follow
    // the session. Show the pair's first event so the source panel follows too.
    connect(m_matrix, &PairMatrixView::pairActivated, this, [this] {
        if (m_session->eventModel()->rowCount() > 0)
            m_events->selectRow(0);
    });
#endif
}

void MainWindow::selectEvent(std::uint32_t event) {
    if (!m_events->selectEvent(event)) {
        m_source->showEvent(event); // not in the table (filtered out): still show its source
    }
}

void MainWindow::filterByActor(const QString& code) {
    FilterSpec spec = m_session->filter()->spec();
    if (spec.actorA == code.toStdString())
        return;
    if (spec.actorB == code.toStdString())
        spec.actorB.clear();
    spec.actorA = code.toStdString();
    m_session->filter()->setSpec(spec);
}

void MainWindow::openPaths(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    rememberPaths(paths);
    m_pending << paths;
    if (!m_loader->isLoading())
        startNextLoad();
}

void MainWindow::startNextLoad() {
    const QStringList paths = m_pending;
    m_pending.clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_loader->load(paths);
}

bool MainWindow::isLoading() const {
    return m_loader->isLoading() || !m_pending.isEmpty();
}

void MainWindow::cancelLoading() {
    m_pending.clear();
    m_loader->cancel();
}

void MainWindow::applyBatch(const std::shared_ptr<const LoadBatch>& batch) {
    if (batch->resources && batch->resources != m_resources) {
        m_resources = batch->resources;
        const std::string language = QLocale().name().left(2).toStdString();
        std::shared_ptr<const ExtractionResources> resources = m_resources;
        m_session->setActorNameProvider([resources, language](const QString& code) {
            return QString::fromStdString(
                resources->lexicon.displayName(code.toStdString(), language));
        });
    }
    const QList<SessionFeeder::Problem> problems = m_feeder->apply(*batch);
    if (!problems.isEmpty()) {
        m_errors->addProblems(problems);
        if (!m_errors->isVisible() && !qApp->platformName().startsWith(QLatin1String("offscreen")))
            m_errors->show();
    }
}

void MainWindow::loadEnded(bool cancelled) {
    m_filterPanel->refreshActors();
    if (!m_pending.isEmpty() && !cancelled) {
        startNextLoad();
        return;
    }
    m_progress->hide();
    m_cancel->hide();
    updateStatus();
    if (!m_events->currentEvent() && m_session->eventModel()->rowCount() > 0)
        m_events->selectRow(0); // something to read in the source panel from the start
    emit loadingFinished();
}

void MainWindow::updateStatus() {
    m_summary->setText(statusText());
}

QString MainWindow::statusText() const {
    if (m_store.documents().size() == 0 && m_store.eventCount() == 0)
        return tr("No documents: open files or a folder, or drop them here");
    return SelectionSummary::text(*m_session);
}

void MainWindow::rememberPaths(const QStringList& paths) {
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_recentFiles.removeAll(absolute);
        m_recentFiles.prepend(absolute);
    }
    while (m_recentFiles.size() > 10)
        m_recentFiles.removeLast();
    updateRecentMenu();
    emit recentFilesChanged(m_recentFiles);
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    for (const QString& path : m_recentFiles) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openPaths({path}); });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
    if (!m_recentFiles.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            m_recentFiles.clear();
            updateRecentMenu();
            emit recentFilesChanged(m_recentFiles);
        });
    }
}

void MainWindow::chooseFiles() {
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), QString(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    openPaths(files);
}

void MainWindow::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Articles"));
    if (!folder.isEmpty())
        openPaths({folder});
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
}

WindowMemory MainWindow::memory() const {
    WindowMemory memory;
    memory.geometry = saveGeometry();
    memory.state = saveState();
    memory.centralSplitter = m_centralSplitter->saveState();
    memory.filter = m_session->filter()->toFilterText();
    memory.recentFiles = m_recentFiles;
    memory.timelineMode = timelineMode();
    memory.currentView = currentView();
    memory.furnitureShown = m_source->isFurnitureShown();
    return memory;
}

void MainWindow::restoreMemory(const WindowMemory& memory) {
    if (!memory.geometry.isEmpty())
        restoreGeometry(memory.geometry);
    if (!memory.state.isEmpty())
        restoreState(memory.state);
    if (!memory.centralSplitter.isEmpty())
        m_centralSplitter->restoreState(memory.centralSplitter);
    if (!memory.filter.isEmpty())
        m_session->filter()->setFilterText(memory.filter); // a bad text leaves the filter open
    m_recentFiles = memory.recentFiles;
    updateRecentMenu();
    if (!memory.timelineMode.isEmpty())
        setTimelineMode(memory.timelineMode);
    if (!memory.currentView.isEmpty())
        showView(memory.currentView);
    m_source->setFurnitureShown(memory.furnitureShown);
}

void MainWindow::showView(const QString& view) {
    m_views->setCurrentIndex(view == QLatin1String("matrix") ? 1 : 0);
}

QString MainWindow::currentView() const {
    return m_views->currentIndex() == 1 ? QStringLiteral("matrix") : QStringLiteral("timeline");
}

void MainWindow::setTimelineMode(const QString& mode) {
#ifdef DYAD_WITH_VIEWS
    m_timeline->setMode(mode == QLatin1String("lanes") ? TimelineView::Mode::Lanes
                                                       : TimelineView::Mode::Volume);
    showView(QStringLiteral("timeline"));
#else
    m_timelineMode = mode == QLatin1String("lanes") ? mode : QStringLiteral("volume");
#endif
}

QString MainWindow::timelineMode() const {
#ifdef DYAD_WITH_VIEWS
    return m_timeline->mode() == TimelineView::Mode::Lanes ? QStringLiteral("lanes")
                                                           : QStringLiteral("volume");
#else
    return m_timelineMode;
#endif
}

void MainWindow::settleViews() {
    QApplication::processEvents();
#ifdef DYAD_WITH_VIEWS
    m_timeline->rebuildNow();
#endif
    QApplication::processEvents();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Dyad"),
                       tr("Dyad %1\nThe history of relations between countries, read from news "
                          "articles.\nLicensed under the GNU GPL, version 3 or later.")
                           .arg(QApplication::applicationVersion()));
}

} // namespace dyad
