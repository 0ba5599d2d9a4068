#include "app/CommandLine.h"

#include <QCoreApplication>

namespace dyad {

namespace {

CommandLine usageError(const QString& message) {
    CommandLine result;
    result.action = CommandLine::Action::UsageError;
    result.error = message;
    return result;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    CommandLine result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            result.paths << arg;
        } else if (arg == QLatin1String("--")) {
            optionsEnded = true;
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            CommandLine help;
            help.action = Action::ShowHelp;
            return help;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            CommandLine version;
            version.action = Action::ShowVersion;
            return version;
        } else if (arg == QLatin1String("--screenshot")) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("option '--screenshot' needs a file name"));
            result.action = Action::Screenshot;
            result.outputFile = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--screenshot="))) {
            result.action = Action::Screenshot;
            result.outputFile = arg.mid(int(qstrlen("--screenshot=")));
            if (result.outputFile.isEmpty())
                return usageError(QStringLiteral("option '--screenshot' needs a file name"));
        } else {
            return usageError(QStringLiteral("unknown option '%1'").arg(arg));
        }
    }
    return result;
}

QString CommandLine::usage() {
    return QStringLiteral(
        "Usage:\n"
        "  dyad [PATH...]                      open the viewer on articles (files or folders);\n"
        "                                      with no PATH, on the bundled sample corpus\n"
        "  dyad --screenshot FILE.png [PATH...]\n"
        "                                      render the main window to a PNG and exit\n"
        "                                      (works without a display)\n"
        "  dyad --help                         show this help\n"
        "  dyad --version                      show the version\n"
        "\n"
        "Articles: .txt, .md and .html files, in any of their usual encodings.\n");
}

} // namespace dyad
