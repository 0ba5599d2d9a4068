#include "widgets/ExportActions.h"

#include "widgets/ExportDialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

namespace dyad {

ExportActions::ExportActions(EventSession& session, TimelineView* timeline, PairMatrixView* matrix,
                             QMainWindow* window)
    : QObject(window)
    , m_exporter(session, timeline, matrix)
    , m_window(window)
    , m_timelineAction(new QAction(tr("&Timeline…"), this))
    , m_matrixAction(new QAction(tr("Pair &Matrix…"), this))
    , m_eventsAction(new QAction(tr("&Events…"), this))
    , m_menu(new QMenu(tr("&Export"), window)) {
    setObjectName(QStringLiteral("exportActions"));
    m_timelineAction->setStatusTip(
        tr("Export the timeline chart as a PNG image, an SVG drawing or a PDF document"));
    m_matrixAction->setStatusTip(
        tr("Export the country-pair matrix as a PNG image, an SVG drawing or a PDF document"));
    m_eventsAction->setStatusTip(
        tr("Export the selected events with their sentences as a CSV table or JSON"));
    m_eventsAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_timelineAction->setEnabled(timeline != nullptr);
    m_matrixAction->setEnabled(matrix != nullptr);
    connect(m_timelineAction, &QAction::triggered, this,
            [this] { exportView(ExportView::Timeline); });
    connect(m_matrixAction, &QAction::triggered, this, [this] { exportView(ExportView::Matrix); });
    connect(m_eventsAction, &QAction::triggered, this, [this] { exportView(ExportView::Events); });
    m_menu->addAction(m_timelineAction);
    m_menu->addAction(m_matrixAction);
    m_menu->addAction(m_eventsAction);
    m_folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void ExportActions::addToContextMenus(QWidget* timeline, QWidget* matrix, QWidget* events) {
    const std::pair<QWidget*, QAction*> pairs[] = {
        {timeline, m_timelineAction}, {matrix, m_matrixAction}, {events, m_eventsAction}};
    for (const auto& [widget, action] : pairs) {
        if (!widget)
            continue;
        widget->addAction(action);
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    }
}

QString ExportActions::suggestedPath(ExportView view) const {
    QString name;
    switch (view) {
    case ExportView::Timeline:
        name = QStringLiteral("dyad-timeline.png");
        break;
    case ExportView::Matrix:
        name = QStringLiteral("dyad-matrix.png");
        break;
    case ExportView::Events:
        name = QStringLiteral("dyad-events.csv");
        break;
    }
    return QDir(m_folder.isEmpty() ? QDir::homePath() : m_folder).filePath(name);
}

bool ExportActions::exportView(ExportView view) {
    ExportDialog dialog(view, suggestedPath(view), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return run(dialog.request());
}

bool ExportActions::run(const ExportRequest& request) {
    const QString error = m_exporter.run(request);
    if (!error.isEmpty()) {
        emit failed(error);
        QMessageBox::warning(m_window, tr("Export Failed"), error);
        return false;
    }
    m_folder = QFileInfo(request.path).absolutePath();
    if (m_window)
        m_window->statusBar()->showMessage(
            tr("Exported to %1").arg(QDir::toNativeSeparators(request.path)), 5000);
    emit exported(request.path);
    return true;
}

} // namespace dyad
