#include "app/CommandLine.h"
#include "app/ExtractCommand.h"
#include "app/ResourcePaths.h"
#include "core/Version.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QImage>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <iostream>

namespace {

bool hasDisplay() {
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

int takeScreenshot(dyad::MainWindow& window, const QString& file) {
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    const QImage image = window.grab().toImage();
    if (!image.save(file, "PNG")) {
        QTextStream(stderr) << "dyad: cannot write the screenshot to '" << file << "'\n";
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const dyad::CommandLine command = dyad::CommandLine::parse(arguments);

    switch (command.action) {
    case dyad::CommandLine::Action::ShowHelp:
        QTextStream(stdout) << dyad::CommandLine::usage();
        return 0;
    case dyad::CommandLine::Action::ShowVersion:
        QTextStream(stdout) << "dyad " << QString::fromStdString(dyad::version()) << "\n";
        return 0;
    case dyad::CommandLine::Action::Extract: {
        QCoreApplication app(argc, argv); // for the resource and data folders
        QCoreApplication::setApplicationName(QStringLiteral("Dyad"));
        QCoreApplication::setOrganizationName(QStringLiteral("Dyad"));
        return dyad::runExtract(command, std::cout, std::cerr);
    }
    case dyad::CommandLine::Action::UsageError:
        QTextStream(stderr) << "dyad: " << command.error << "\nTry 'dyad --help'.\n";
        return 1;
    case dyad::CommandLine::Action::Screenshot:
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        break;
    case dyad::CommandLine::Action::RunGui:
        if (!hasDisplay()) {
            QTextStream(stderr)
                << "dyad: no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                   "To see the window as a picture instead, run:\n"
                   "  dyad --screenshot dyad.png [PATH...]\n"
                   "or start it under a virtual X server: xvfb-run -a dyad [PATH...]\n";
            return 1;
        }
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dyad"));
    QApplication::setOrganizationName(QStringLiteral("Dyad"));
    QApplication::setApplicationVersion(QString::fromStdString(dyad::version()));

    dyad::MainWindow window;
    QStringList paths = command.paths;
    if (paths.isEmpty()) {
        const QString corpus = dyad::ResourcePaths::sampleCorpusDir();
        if (!corpus.isEmpty())
            paths << corpus;
    }
    window.openPaths(paths);

    if (command.action == dyad::CommandLine::Action::Screenshot)
        return takeScreenshot(window, command.outputFile);
    window.show();
    return QApplication::exec();
}
