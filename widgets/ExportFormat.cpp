#include "widgets/ExportFormat.h"

#include <QFileInfo>

namespace dyad {

std::optional<ExportFormat> ExportFormats::fromPath(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf,
                                ExportFormat::Csv, ExportFormat::Json})
        if (suffix == ExportFormats::suffix(format))
            return format;
    return std::nullopt;
}

bool ExportFormats::isPicture(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
        return true;
    case ExportFormat::Csv:
    case ExportFormat::Json:
        return false;
    }
    return false;
}

QString ExportFormats::suffix(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString ExportFormats::pictureFilter() {
    return tr("PNG image (*.png)") + QStringLiteral(";;") + tr("SVG drawing (*.svg)") +
           QStringLiteral(";;") + tr("PDF document (*.pdf)");
}

QString ExportFormats::eventFilter() {
    return tr("CSV table (*.csv)") + QStringLiteral(";;") + tr("JSON, as dyad extract (*.json)");
}

} // namespace dyad
