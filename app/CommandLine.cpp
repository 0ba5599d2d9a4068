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
    } else if (!arguments.isEmpty() && arguments.first() == QLatin1String("export")) {
        result.action = Action::Export;
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
        if (result.action == Action::Export) {
            if (!ExportArguments::isOption(name))
                return usageError(QStringLiteral("unknown option '%1'").arg(name));
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return usageError(QStringLiteral("option '%1' needs a value").arg(name));
                value = arguments.at(++i);
            }
            if (const QString problem = result.exportArguments.apply(name, value);
                !problem.isEmpty())
                return usageError(problem);
            continue;
        }
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
    if (result.action == Action::Export) {
        if (const QString problem = result.exportArguments.check(); !problem.isEmpty())
            return usageError(problem);
        if (result.paths.isEmpty())
            return usageError(QStringLiteral("'dyad export' needs at least one file or folder"));
        result.outputFile = result.exportArguments.out;
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
        "  --view timeline|lanes|matrix        with the viewer or --screenshot: show the timeline\n"
        "                                      as volume bars or as lanes, or the pair matrix\n"
        "  dyad extract [--format json|csv] PATH...\n"
        "                                      read articles and write their entities and\n"
        "                                      events to standard output (exit status 0; 2 when\n"
        "                                      some inputs could not be read; 1 on a usage error)\n"
        "  dyad export --view timeline|matrix|events --out FILE [OPTION...] PATH...\n"
        "                                      read articles and write a view of them to FILE,\n"
        "                                      without a display; the suffix of FILE chooses the\n"
        "                                      format: .png, .svg or .pdf for the timeline and "
        "the\n"
        "                                      matrix, .csv or .json for the events (exit status\n"
        "                                      0; 2 when FILE cannot be written or some inputs\n"
        "                                      could not be read; 1 on a usage error)\n"
        "    --mode volume|lanes               the timeline as volume bars (default) or lanes\n"
        "    --filter TEXT                     only these events, e.g. \"CUB-RUS 2018..2024\n"
        "                                      roots=04,05\" (pair A-B or A>B, years, roots=,\n"
        "                                      quad=, min-sources=, undated=no, doc=, text=)\n"
        "    --title TEXT                      the title above the picture (empty: none)\n"
        "    --size WIDTHxHEIGHT               PNG and SVG size in pixels (default 1600x900)\n"
        "    --scale N                         PNG pixels per point, e.g. 2 for HiDPI (default 1)\n"
        "    --page A4|A3|A5|Letter|Legal      PDF page size (default A4)\n"
        "    --orientation landscape|portrait  PDF page orientation (default landscape)\n"
        "  dyad --help                         show this help\n"
        "  dyad --version                      show the version\n"
        "\n"
        "Articles: .txt, .md and .html files, in any of their usual encodings.\n");
}

} // namespace dyad
