#include "widgets/ViewExporter.h"

#include "widgets/EventExporter.h"
#include "widgets/ExportCaption.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"

#include <QDir>
#include <QPainter>

namespace dyad {

namespace {

/// A small matrix is enlarged at most this much, so that its labels stay in proportion with the
/// title and the caption.
constexpr double kMaxMatrixEnlargement = 1.3;

/// The rectangle of `natural`'s shape in `area`: as large as fits, but enlarged at most
/// kMaxMatrixEnlargement times, centred.
QRectF fitted(const QSizeF& natural, const QRectF& area) {
    if (natural.isEmpty())
        return area;
    QSizeF size = natural.scaled(area.size(), Qt::KeepAspectRatio);
    if (size.width() > natural.width() * kMaxMatrixEnlargement)
        size = natural * kMaxMatrixEnlargement;
    return {area.left() + (area.width() - size.width()) / 2,
            area.top() + (area.height() - size.height()) / 2, size.width(), size.height()};
}

} // namespace

ViewExporter::ViewExporter(EventSession& session, TimelineView* timeline, PairMatrixView* matrix)
    : m_session(session)
    , m_timeline(timeline)
    , m_matrix(matrix)
    , m_documents(&EventExporter::readAgain) {}

void ViewExporter::setDocumentSource(StoreExtraction::DocumentSource source) {
    m_documents = std::move(source);
}

QString ViewExporter::defaultTitle(ExportView view) {
    switch (view) {
    case ExportView::Timeline:
        return tr("Events over time");
    case ExportView::Matrix:
        return tr("Events by country pair");
    case ExportView::Events:
        return tr("Events");
    }
    return {};
}

std::optional<ExportView> ViewExporter::viewNamed(const QString& name) {
    if (name == QLatin1String("timeline"))
        return ExportView::Timeline;
    if (name == QLatin1String("matrix"))
        return ExportView::Matrix;
    if (name == QLatin1String("events"))
        return ExportView::Events;
    return std::nullopt;
}

Picture ViewExporter::picture(ExportView view, const QString& title) const {
    Picture picture;
    picture.title = title;
    if (view == ExportView::Timeline && m_timeline) {
        TimelineView* timeline = m_timeline;
        picture.caption = ExportCaption::text(m_session, timeline->captionText());
        picture.paint = [timeline](QPainter& painter, const QRectF& area, const QPalette& colours) {
            timeline->renderTo(painter, area, QString(), colours);
        };
    } else if (view == ExportView::Matrix && m_matrix) {
        const PairMatrixView* matrix = m_matrix;
        picture.caption = ExportCaption::text(m_session);
        picture.paint = [matrix](QPainter& painter, const QRectF& area, const QPalette& colours) {
            matrix->renderTo(painter, fitted(QSizeF(matrix->renderSize()), area), QString(),
                             colours);
        };
    }
    return picture;
}

QString ViewExporter::run(const ExportRequest& request) const {
    const QString name = QDir::toNativeSeparators(request.path);
    const std::optional<ExportFormat> format = ExportFormats::fromPath(request.path);
    if (!format)
        return tr("cannot write “%1”: unknown format (use .png, .svg or .pdf for a view, .csv or "
                  ".json for events)")
            .arg(name);
    if (request.view == ExportView::Events)
        return EventExporter::write(m_session, *format, request.path, m_documents);
    if (!ExportFormats::isPicture(*format))
        return tr("cannot write “%1”: a chart or the matrix is exported as PNG, SVG or PDF")
            .arg(name);
    if ((request.view == ExportView::Timeline && !m_timeline) ||
        (request.view == ExportView::Matrix && !m_matrix))
        return tr("cannot write “%1”: this view is not available").arg(name);
    return PictureExporter::write(picture(request.view, request.title), *format, request.picture,
                                  request.path);
}

} // namespace dyad
