#pragma once

#include "core/io/StoreExtraction.h"
#include "widgets/ExportFormat.h"
#include "widgets/PictureExporter.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dyad {

class EventSession;
class PairMatrixView;
class TimelineView;

/// What is exported: the timeline chart (in the view's current mode), the pair matrix, or the
/// selected events.
enum class ExportView { Timeline, Matrix, Events };

/// One export: a view to a file, the format told by the file's suffix.
struct ExportRequest {
    ExportView view = ExportView::Timeline;
    QString path;
    QString title; ///< pictures: the title above the view (none when empty)
    PictureOptions picture;
};

/// Exports the views of one session: the whole filtered selection, not the part of a view
/// scrolled into sight; pictures titled and captioned with the filter and the numbers behind
/// them. Used by File > Export, the views' context menus and `dyad export`.
class ViewExporter {
    Q_DECLARE_TR_FUNCTIONS(dyad::ViewExporter)

public:
    ViewExporter(EventSession& session, TimelineView* timeline, PairMatrixView* matrix);

    /// Runs the export; returns an error message naming the file and the problem, empty on
    /// success. Nothing is left behind when it fails.
    QString run(const ExportRequest& request) const;
    /// Where event exports find the documents as read from their files (for the offsets of
    /// HTML and Markdown); by default the files are read again.
    void setDocumentSource(StoreExtraction::DocumentSource source);
    /// The picture of a view (timeline or matrix) with its title and caption.
    Picture picture(ExportView view, const QString& title) const;

    /// The title a view's export starts with ("Events over time", ...).
    static QString defaultTitle(ExportView view);
    /// "timeline", "matrix", "events" -> the view.
    static std::optional<ExportView> viewNamed(const QString& name);

private:
    EventSession& m_session;
    TimelineView* m_timeline;
    PairMatrixView* m_matrix;
    StoreExtraction::DocumentSource m_documents;
};

} // namespace dyad
