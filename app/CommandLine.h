#pragma once

#include "app/ExportArguments.h"

#include <QString>
#include <QStringList>

namespace dyad {

/// What the user asked for on the command line. Parsing never exits the process; `main`
/// decides what to do with the result.
struct CommandLine {
    enum class Action {
        RunGui,      ///< open the viewer on `paths` (the sample corpus when empty)
        ShowHelp,    ///< print usage() and exit 0
        ShowVersion, ///< print the version and exit 0
        Screenshot,  ///< load `paths`, render the main window to `outputFile`, exit
        Extract,     ///< `dyad extract`: write the events of `paths` to standard output
        Export,      ///< `dyad export`: render a view of `paths` (or their events) to a file
        UsageError   ///< print `error` and a hint, exit 1
    };

    Action action = Action::RunGui;
    QStringList paths;
    QString outputFile;
    QString format = QStringLiteral("json"); ///< extract: "json" or "csv"
    /// viewer and screenshot: what the middle of the window shows ("timeline", "lanes" or
    /// "matrix"); empty keeps the last one
    QString view;
    ExportArguments exportArguments; ///< export: what to render and where
    QString error;

    /// Parses the arguments after the program name.
    static CommandLine parse(const QStringList& arguments);
    /// The text of `dyad --help`.
    static QString usage();
};

} // namespace dyad
