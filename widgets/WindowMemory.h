#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dyad {

/// What the main window remembers between runs; the application keeps it in its settings.
struct WindowMemory {
    QByteArray geometry;        ///< QWidget::saveGeometry()
    QByteArray state;           ///< QMainWindow::saveState(): docks and toolbars
    QByteArray centralSplitter; ///< chart above, event table below
    QString filter;             ///< FilterState's text form
    QStringList recentFiles;    ///< most recent first
    QString timelineMode;       ///< "volume" or "lanes"
    QString currentView;        ///< "timeline" or "matrix"
    bool furnitureShown = true;
};

} // namespace dyad
