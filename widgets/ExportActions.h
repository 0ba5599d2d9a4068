#pragma once

#include "widgets/ViewExporter.h"

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace dyad {

class EventSession;
class PairMatrixView;
class TimelineView;

/// The window's export commands: File > Export (the timeline, the matrix, the events) and the
/// same commands in the context menus of the views. Each asks for the file and the options
/// (ExportDialog), exports and reports the result in the status bar, or the problem in a
/// message box.
class ExportActions : public QObject {
    Q_OBJECT

public:
    ExportActions(EventSession& session, TimelineView* timeline, PairMatrixView* matrix,
                  QMainWindow* window);

    QAction* timelineAction() const { return m_timelineAction; }
    QAction* matrixAction() const { return m_matrixAction; }
    QAction* eventsAction() const { return m_eventsAction; }
    /// The "Export" menu (owned by the window).
    QMenu* menu() const { return m_menu; }
    /// Puts the matching export command in the context menu of each view given.
    void addToContextMenus(QWidget* timeline, QWidget* matrix, QWidget* events);

    /// Asks for the file and options of an export and runs it; returns whether a file was
    /// written.
    bool exportView(ExportView view);
    /// Runs an export already specified; reports it like exportView().
    bool run(const ExportRequest& request);

signals:
    void exported(const QString& path);
    void failed(const QString& error);

private:
    QString suggestedPath(ExportView view) const;

    ViewExporter m_exporter;
    QMainWindow* m_window;
    QAction* m_timelineAction;
    QAction* m_matrixAction;
    QAction* m_eventsAction;
    QMenu* m_menu;
    QString m_folder;
};

} // namespace dyad
