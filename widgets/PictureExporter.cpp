#include "widgets/PictureExporter.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStyle>
#include <QStyleFactory>
#include <QSvgGenerator>

#include <memory>

namespace dyad {

namespace {

/// Screen pixels per inch: SVG and PDF are laid out in the same units as the screen, so
/// fonts, lines and the chart's layout keep their proportions.
constexpr int kLayoutDpi = 96;
constexpr qreal kMargin = 16.0;
constexpr int kMaxPixels = 16384;

QString fileProblem(const QString& path, const QString& problem) {
    return PictureExporter::tr("cannot write “%1”: %2")
        .arg(QDir::toNativeSeparators(path), problem);
}

/// Opens `file` for writing, or says why it cannot be.
QString open(QSaveFile& file) {
    const QFileInfo info(file.fileName());
    if (!info.dir().exists())
        return fileProblem(file.fileName(), PictureExporter::tr("the folder does not exist"));
    if (!file.open(QIODevice::WriteOnly))
        return fileProblem(file.fileName(), file.errorString());
    return {};
}

QString commit(QSaveFile& file) {
    if (!file.commit())
        return fileProblem(file.fileName(), file.errorString());
    return {};
}

QString writePng(const Picture& picture, const PictureOptions& options, QSaveFile& file) {
    const qreal scale = options.scale > 0 ? options.scale : 1.0;
    const QSize pixels(qRound(options.size.width() * scale), qRound(options.size.height() * scale));
    if (pixels.isEmpty() || pixels.width() > kMaxPixels || pixels.height() > kMaxPixels)
        return fileProblem(file.fileName(), PictureExporter::tr("an image of %1×%2 pixels is "
                                                                "not possible (1 to %3 per side)")
                                                .arg(pixels.width())
                                                .arg(pixels.height())
                                                .arg(kMaxPixels));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return fileProblem(file.fileName(), PictureExporter::tr("not enough memory for the image"));
    image.setDevicePixelRatio(scale);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        PictureExporter::paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), picture,
                               PictureExporter::paperPalette());
    }
    QImageWriter writer(&file, "png");
    writer.setText(QStringLiteral("Title"), picture.title);
    writer.setText(QStringLiteral("Description"), picture.caption);
    writer.setText(QStringLiteral("Software"), QStringLiteral("Dyad"));
    if (!writer.write(image))
        return fileProblem(file.fileName(), writer.errorString());
    return {};
}

QString writeSvg(const Picture& picture, const PictureOptions& options, QSaveFile& file) {
    if (options.size.isEmpty())
        return fileProblem(file.fileName(), PictureExporter::tr("the size is empty"));
    QBuffer buffer; // QSvgGenerator does not report write errors: write, then check the file
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(kLayoutDpi);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    // QSvgGenerator writes these two as they are: escape them for XML (it escapes drawn text).
    generator.setTitle(picture.title.toHtmlEscaped());
    generator.setDescription(picture.caption.toHtmlEscaped());
    {
        QPainter painter(&generator);
        PictureExporter::paint(painter, QRectF(QPointF(0, 0), QSizeF(options.size)), picture,
                               PictureExporter::paperPalette());
    }
    if (file.write(buffer.data()) != buffer.data().size())
        return fileProblem(file.fileName(), file.errorString());
    return {};
}

QString writePdf(const Picture& picture, const PictureOptions& options, QSaveFile& file) {
    QPdfWriter writer(&file);
    writer.setCreator(QStringLiteral("Dyad"));
    writer.setTitle(picture.title);
    writer.setResolution(kLayoutDpi);
    const QPageLayout layout(options.pageSize, options.orientation, QMarginsF(10, 10, 10, 10),
                             QPageLayout::Millimeter);
    if (!writer.setPageLayout(layout))
        return fileProblem(file.fileName(), PictureExporter::tr("the page size is not valid"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fileProblem(file.fileName(), PictureExporter::tr("the PDF could not be started"));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect area = writer.pageLayout().paintRectPixels(kLayoutDpi);
    PictureExporter::paint(painter, QRectF(QPointF(0, 0), QSizeF(area.size())), picture,
                           PictureExporter::paperPalette());
    if (!painter.end())
        return fileProblem(file.fileName(), PictureExporter::tr("the PDF could not be finished"));
    return {};
}

} // namespace

QPalette PictureExporter::paperPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette(Qt::white);
    palette.setColor(QPalette::Window, palette.color(QPalette::Base)); // white, as the page
    return palette;
}

void PictureExporter::paint(QPainter& painter, const QRectF& area, const Picture& picture,
                            const QPalette& palette) {
    painter.save();
    painter.fillRect(area, palette.color(QPalette::Base));
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFont base = QApplication::font();
    QFont titleFont = base;
    titleFont.setBold(true);
    titleFont.setPointSizeF(base.pointSizeF() * 1.5);
    QFont captionFont = base;
    captionFont.setPointSizeF(base.pointSizeF() * 0.95);

    qreal top = inner.top();
    painter.setPen(palette.color(QPalette::Text));
    if (!picture.title.isEmpty()) {
        painter.setFont(titleFont);
        const QFontMetricsF metrics(titleFont, painter.device());
        const QRectF titleRect(inner.left(), top, inner.width(), metrics.height());
        painter.drawText(titleRect, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine,
                         metrics.elidedText(picture.title, Qt::ElideRight, inner.width()));
        top += metrics.height() + metrics.height() * 0.4;
    }
    qreal bottom = inner.bottom();
    if (!picture.caption.isEmpty()) {
        painter.setFont(captionFont);
        const QFontMetricsF metrics(captionFont, painter.device());
        const QRectF needed = metrics.boundingRect(QRectF(0, 0, inner.width(), inner.height()),
                                                   Qt::TextWordWrap, picture.caption);
        const QRectF captionRect(inner.left(), inner.bottom() - needed.height(), inner.width(),
                                 needed.height());
        painter.setPen(palette.color(QPalette::Text));
        painter.drawText(captionRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         picture.caption);
        bottom = captionRect.top() - metrics.height() * 0.5;
    }
    if (picture.paint && bottom > top) {
        painter.save();
        painter.setFont(base);
        picture.paint(painter, QRectF(inner.left(), top, inner.width(), bottom - top), palette);
        painter.restore();
    }
    painter.restore();
}

QString PictureExporter::write(const Picture& picture, ExportFormat format,
                               const PictureOptions& options, const QString& path) {
    if (!ExportFormats::isPicture(format))
        return fileProblem(path, tr("a view is exported as PNG, SVG or PDF"));
    QSaveFile file(path);
    if (QString error = open(file); !error.isEmpty())
        return error;
    QString error;
    switch (format) {
    case ExportFormat::Png:
        error = writePng(picture, options, file);
        break;
    case ExportFormat::Svg:
        error = writeSvg(picture, options, file);
        break;
    case ExportFormat::Pdf:
        error = writePdf(picture, options, file);
        break;
    case ExportFormat::Csv:
    case ExportFormat::Json:
        break;
    }
    if (!error.isEmpty()) {
        file.cancelWriting();
        return error;
    }
    return commit(file);
}

} // namespace dyad
