#pragma once

#include <QSize>
#include <QString>

namespace dyad {

/// The options of `dyad export`, as given on the command line and checked: a view, a file whose
/// suffix is a format that suits it, a filter in FilterText's form, a size and a scale, a PDF
/// page. Checking never touches the file system; what cannot be written is found on writing.
struct ExportArguments {
    QString view = QStringLiteral("timeline"); ///< timeline, matrix or events
    QString mode = QStringLiteral("volume");   ///< timeline: volume or lanes
    QString filter;                            ///< FilterText; empty for everything
    QSize size{1600, 900};
    double scale = 1.0;
    QString title;
    bool titleGiven = false; ///< false: the view's default title
    QString page = QStringLiteral("A4");
    QString orientation = QStringLiteral("landscape");
    QString out;

    /// Whether `name` ("--view", ...) is an option of `dyad export` (they all take a value).
    static bool isOption(const QString& name);
    /// Applies one option; returns a message naming the problem, empty when it is fine.
    QString apply(const QString& name, const QString& value);
    /// Checks the whole (after every option): returns a message naming the problem, or empty.
    QString check() const;
};

} // namespace dyad
