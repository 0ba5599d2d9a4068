#pragma once

#include "widgets/ExportFormat.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPalette>
#include <QRectF>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace dyad {

/// How a picture is exported.
struct PictureOptions {
    /// PNG: the image's size in pixels at scale 1; SVG: its size and viewBox. Ignored by PDF,
    /// which fills its page.
    QSize size{1600, 900};
    /// PNG only: device pixels per pixel (2 for a HiDPI screen: a 1600x900 picture becomes a
    /// 3200x1800 image drawn at the same layout, sharper).
    qreal scale = 1.0;
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

/// One picture to export: a title above, a caption below (the filter and the numbers behind
/// the picture) and the view painted in between.
struct Picture {
    QString title;
    QString caption;
    /// Paints the view into a rectangle, in colours for a palette.
    std::function<void(QPainter&, const QRectF&, const QPalette&)> paint;
};

/// Writes pictures as PNG (raster), SVG (vector, explicit viewBox, text as text, nothing
/// rasterised) and PDF (vector, the chosen page size and orientation), always in light colours
/// on white, as on paper. The file appears only once complete: a failed export leaves no file
/// behind (and an existing file as it was).
class PictureExporter {
    Q_DECLARE_TR_FUNCTIONS(dyad::PictureExporter)

public:
    /// Writes `picture` to `path`; returns an error message naming the file, empty on success.
    static QString write(const Picture& picture, ExportFormat format, const PictureOptions& options,
                         const QString& path);
    /// Paints the whole picture (background, title, view, caption) into `area`.
    static void paint(QPainter& painter, const QRectF& area, const Picture& picture,
                      const QPalette& palette);
    /// The colours of exports: light, whatever the screen's scheme.
    static QPalette paperPalette();
};

} // namespace dyad
