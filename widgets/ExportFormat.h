#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dyad {

/// The file formats of exports: pictures of a view (PNG, SVG, PDF) and event tables (CSV,
/// JSON). A file's format is told by its suffix.
enum class ExportFormat { Png, Svg, Pdf, Csv, Json };

class ExportFormats {
    Q_DECLARE_TR_FUNCTIONS(dyad::ExportFormats)

public:
    /// The format of a file name by its suffix (case-insensitive), nullopt when unknown.
    static std::optional<ExportFormat> fromPath(const QString& path);
    static bool isPicture(ExportFormat format);
    /// "png", "svg", ...
    static QString suffix(ExportFormat format);
    /// A file dialog filter for the formats of pictures or of event tables.
    static QString pictureFilter();
    static QString eventFilter();
};

} // namespace dyad
