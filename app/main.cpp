#include "app/ColourScheme.h"
#include "app/CommandLine.h"
#include "app/ExportCommand.h"
#include "app/ExtractCommand.h"
#include "app/ResourcePaths.h"
#include "app/Settings.h"
#include "app/Translator.h"
#include "app/WindowSettings.h"
#include "core/Version.h"
#include "widgets/MainWindow.h"
#include "widgets/PreferencesDialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QImage>
#include <QTextStream>

#include <iostream>

namespace {

bool hasDisplay() {
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

void applyView(dyad::MainWindow& window, const QString& view) {
    if (view == QLatin1String("matrix")) {
        window.showView(view);
    } else if (view == QLatin1String("lanes") || view == QLatin1String("timeline")) {
        window.setTimelineMode(view == QLatin1String("lanes") ? view : QStringLiteral("volume"));
        window.showView(QStringLiteral("timeline"));
    }
}

/// Waits for the load to end, lays the window out at a fixed size and writes it as a PNG.
int takeScreenshot(dyad::MainWindow& window, const QString& file) {
    window.resize(1600, 1000);
    window.show();
    if (window.isLoading()) {
        QEventLoop loop;
        QObject::connect(&window, &dyad::MainWindow::loadingFinished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    window.settleViews();
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
    case dyad::CommandLine::Action::Export: {
        if (!hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QApplication::setApplicationName(QStringLiteral("Dyad"));
        QApplication::setOrganizationName(QStringLiteral("Dyad"));
        QApplication::setApplicationVersion(QString::fromStdString(dyad::version()));
        dyad::Translator translator;
        translator.install(QString());
        return dyad::runExport(command, std::cerr);
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
    const bool screenshot = command.action == dyad::CommandLine::Action::Screenshot;

    // A screenshot is made from defaults, never from the user's remembered window.
    dyad::Settings settings;
    dyad::Translator translator;
    translator.install(screenshot ? QString() : settings.uiLanguage.get());
    dyad::ColourScheme::apply(screenshot ? QStringLiteral("light") : settings.colourScheme.get());

    dyad::DocumentLoader::Config config;
    config.resourcesDir = dyad::ResourcePaths::resourcesDir();
    config.userLexiconDirs = dyad::ResourcePaths::userLexiconDirs();
    dyad::MainWindow window(config);
    if (!screenshot)
        dyad::WindowSettings::restore(window, settings);
    applyView(window, command.view);

    QObject::connect(&window, &dyad::MainWindow::preferencesRequested, &window, [&] {
        dyad::PreferencesDialog dialog(settings.uiLanguage.get(), settings.colourScheme.get(),
                                       &window);
        if (dialog.exec() != QDialog::Accepted)
            return;
        settings.uiLanguage.set(dialog.language());
        settings.colourScheme.set(dialog.colourScheme());
        dyad::ColourScheme::apply(dialog.colourScheme());
    });
    if (!screenshot) {
        QObject::connect(&app, &QApplication::aboutToQuit, &window,
                         [&] { dyad::WindowSettings::save(window, settings); });
    }

    QStringList paths = command.paths;
    if (paths.isEmpty()) {
        const QString corpus = dyad::ResourcePaths::sampleCorpusDir();
        if (!corpus.isEmpty())
            paths << corpus;
    }
    window.openPaths(paths);

    if (screenshot)
        return takeScreenshot(window, command.outputFile);
    window.show();
    return QApplication::exec();
}
