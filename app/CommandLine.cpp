#include "app/CommandLine.h"

namespace dyad {

namespace {

CommandLine usageError(const QString& message) {
    CommandLine result;
    result.action = CommandLine::Action::UsageError;
    result.error = message;
    return result;
}

} // namespace

namespace {

/// Splits "--name=value" into name and value; returns false for "--name".
bool splitInline(const QString& arg, QString& name, QString& value) {
    const qsizetype eq = arg.indexOf(QLatin1Char('='));
    if (!arg.startsWith(QLatin1String("--")) || eq < 0)
        return false;
    name = arg.left(eq);
    value = arg.mid(eq + 1);
    return true;
}

} // namespace

CommandLine CommandLine::parse(const QStringList& arguments) {
    CommandLine result;
    qsizetype i = 0;
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("extract")) {
        result.action = Action::Extract;
        i = 1;
    }
    bool optionsEnded = false;
    for (; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            result.paths << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            CommandLine help;
            help.action = Action::ShowHelp;
            return help;
        }
        if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            CommandLine version;
            version.action = Action::ShowVersion;
            return version;
        }
        QString name = arg;
        QString value;
        const bool inlineValue = splitInline(arg, name, value);
        const bool takesValue =
            (name == QLatin1String("--screenshot") && result.action != Action::Extract) ||
            (name == QLatin1String("--view") && result.action != Action::Extract) ||
            (name == QLatin1String("--format") && result.action == Action::Extract);
        if (!takesValue)
            return usageError(QStringLiteral("unknown option '%1'").arg(name));
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return usageError(QStringLiteral("option '%1' needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (value.isEmpty())
            return usageError(QStringLiteral("option '%1' needs a value").arg(name));
        if (name == QLatin1String("--screenshot")) {
            result.action = Action::Screenshot;
            result.outputFile = value;
        } else if (name == QLatin1String("--view")) {
            if (value != QLatin1String("timeline") && value != QLatin1String("lanes") &&
                value != QLatin1String("matrix"))
                return usageError(
                    QStringLiteral("unknown view '%1' (use timeline, lanes or matrix)").arg(value));
            result.view = value;
        } else if (value == QLatin1String("json") || value == QLatin1String("csv")) {
            result.format = value;
        } else {
            return usageError(QStringLiteral("unknown format '%1' (use json or csv)").arg(value));
        }
    }
    if (result.action == Action::Extract && result.paths.isEmpty())
        return usageError(QStringLiteral("'dyad extract' needs at least one file or folder"));
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
        "  --view timeline|lanes|matrix        with the viewer or --screenshot: show the timeline\n"
        "                                      as volume bars or as lanes, or the pair matrix\n"
        "  dyad extract [--format json|csv] PATH...\n"
        "                                      read articles and write their entities and\n"
        "                                      events to standard output (exit status 0; 2 when\n"
        "                                      some inputs could not be read; 1 on a usage error)\n"
        "  dyad --help                         show this help\n"
        "  dyad --version                      show the version\n"
        "\n"
        "Articles: .txt, .md and .html files, in any of their usual encodings.\n");
}

} // namespace dyad
