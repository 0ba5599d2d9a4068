#include "app/CommandLine.h"

#include <QTest>

using dyad::CommandLine;

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void extractFormat_data();
    void extractFormat();
    void view_data();
    void view();
    void exportOptions_data();
    void exportOptions();
    void exportErrors_data();
    void exportErrors();
    void usageNamesEveryOption();
};

void TestCommandLine::parse_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QStringList>("paths");
    QTest::addColumn<QString>("output");

    using A = CommandLine::Action;
    QTest::newRow("nothing opens the viewer")
        << QStringList{} << int(A::RunGui) << QStringList{} << QString();
    QTest::newRow("paths") << QStringList{"a.txt", "dir"} << int(A::RunGui)
                           << QStringList{"a.txt", "dir"} << QString();
    QTest::newRow("--help") << QStringList{"--help"} << int(A::ShowHelp) << QStringList{}
                            << QString();
    QTest::newRow("-h wins over paths")
        << QStringList{"x", "-h"} << int(A::ShowHelp) << QStringList{} << QString();
    QTest::newRow("--version") << QStringList{"--version"} << int(A::ShowVersion) << QStringList{}
                               << QString();
    QTest::newRow("screenshot with paths")
        << QStringList{"--screenshot", "out.png", "a", "b"} << int(A::Screenshot)
        << QStringList{"a", "b"} << QString("out.png");
    QTest::newRow("screenshot=") << QStringList{"--screenshot=o.png"} << int(A::Screenshot)
                                 << QStringList{} << QString("o.png");
    QTest::newRow("screenshot without file")
        << QStringList{"--screenshot"} << int(A::UsageError) << QStringList{} << QString();
    QTest::newRow("unknown option")
        << QStringList{"--bogus"} << int(A::UsageError) << QStringList{} << QString();
    QTest::newRow("extract") << QStringList{"extract", "a", "b"} << int(A::Extract)
                             << QStringList{"a", "b"} << QString();
    QTest::newRow("extract without paths")
        << QStringList{"extract"} << int(A::UsageError) << QStringList{} << QString();
    QTest::newRow("extract bad format") << QStringList{"extract", "--format", "xml", "a"}
                                        << int(A::UsageError) << QStringList{} << QString();
    QTest::newRow("extract screenshot is no option of extract")
        << QStringList{"extract", "--screenshot", "x.png", "a"} << int(A::UsageError)
        << QStringList{} << QString();
    QTest::newRow("screenshot with a view")
        << QStringList{"--screenshot", "m.png", "--view", "matrix", "a"} << int(A::Screenshot)
        << QStringList{"a"} << QString("m.png");
    QTest::newRow("unknown view") << QStringList{"--view=pie"} << int(A::UsageError)
                                  << QStringList{} << QString();
    QTest::newRow("extract has no view") << QStringList{"extract", "--view", "lanes", "a"}
                                         << int(A::UsageError) << QStringList{} << QString();
    QTest::newRow("-- ends options") << QStringList{"--", "--odd-name.txt"} << int(A::RunGui)
                                     << QStringList{"--odd-name.txt"} << QString();
}

void TestCommandLine::parse() {
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QStringList, paths);
    QFETCH(QString, output);

    const CommandLine result = CommandLine::parse(arguments);
    QCOMPARE(int(result.action), action);
    if (result.action == CommandLine::Action::UsageError) {
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QCOMPARE(result.paths, paths);
    QCOMPARE(result.outputFile, output);
}

void TestCommandLine::extractFormat_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("format");
    QTest::newRow("default") << QStringList{"extract", "a"} << "json";
    QTest::newRow("csv") << QStringList{"extract", "--format", "csv", "a"} << "csv";
    QTest::newRow("inline") << QStringList{"extract", "a", "--format=csv"} << "csv";
}

void TestCommandLine::extractFormat() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, format);
    const CommandLine result = CommandLine::parse(arguments);
    QCOMPARE(int(result.action), int(CommandLine::Action::Extract));
    QCOMPARE(result.format, format);
}

void TestCommandLine::view_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("view");
    QTest::newRow("none") << QStringList{"a"} << QString();
    QTest::newRow("lanes") << QStringList{"--view", "lanes", "a"} << "lanes";
    QTest::newRow("inline matrix") << QStringList{"--view=matrix"} << "matrix";
}

void TestCommandLine::view() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, view);
    QCOMPARE(CommandLine::parse(arguments).view, view);
}

void TestCommandLine::exportOptions_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("out");

    QTest::newRow("defaults") << QStringList{"export", "--out", "t.png", "a"} << "timeline"
                              << "volume" << QString() << QSize(1600, 900) << QString() << "t.png";
    QTest::newRow("everything") << QStringList{"export",
                                               "--view",
                                               "timeline",
                                               "--mode",
                                               "lanes",
                                               "--filter",
                                               "CUB-RUS 2018..2024 roots=04,05",
                                               "--size",
                                               "800x450",
                                               "--title",
                                               "Cuba and Russia",
                                               "--out",
                                               "c.svg",
                                               "a",
                                               "b"}
                                << "timeline"
                                << "lanes"
                                << "CUB-RUS 2018..2024 roots=04,05" << QSize(800, 450)
                                << "Cuba and Russia"
                                << "c.svg";
    QTest::newRow("inline values")
        << QStringList{"export", "--view=matrix", "--out=m.PDF", "--size=1024x768", "a"} << "matrix"
        << "volume" << QString() << QSize(1024, 768) << QString() << "m.PDF";
    QTest::newRow("events as csv")
        << QStringList{"export", "--view", "events", "--out", "e.csv", "a"} << "events"
        << "volume" << QString() << QSize(1600, 900) << QString() << "e.csv";
}

void TestCommandLine::exportOptions() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, view);
    QFETCH(QString, mode);
    QFETCH(QString, filter);
    QFETCH(QSize, size);
    QFETCH(QString, title);
    QFETCH(QString, out);
    const CommandLine result = CommandLine::parse(arguments);
    QCOMPARE(int(result.action), int(CommandLine::Action::Export));
    QCOMPARE(result.exportArguments.view, view);
    QCOMPARE(result.exportArguments.mode, mode);
    QCOMPARE(result.exportArguments.filter, filter);
    QCOMPARE(result.exportArguments.size, size);
    QCOMPARE(result.exportArguments.title, title);
    QCOMPARE(result.exportArguments.titleGiven, !title.isEmpty());
    QCOMPARE(result.outputFile, out);
}

void TestCommandLine::exportErrors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no out") << QStringList{"export", "a"} << "needs --out";
    QTest::newRow("no paths") << QStringList{"export", "--out", "x.png"} << "file or folder";
    QTest::newRow("unknown format")
        << QStringList{"export", "--out", "x.gif", "a"} << "unknown format";
    QTest::newRow("chart as csv") << QStringList{"export", "--out", "x.csv", "a"}
                                  << ".png, .svg or .pdf";
    QTest::newRow("events as png")
        << QStringList{"export", "--view", "events", "--out", "x.png", "a"} << ".csv or .json";
    QTest::newRow("bad filter") << QStringList{"export", "--filter", "CUB-RUS 18..24",
                                               "--out",  "x.png",    "a"}
                                << "bad filter";
    QTest::newRow("bad size") << QStringList{"export", "--size", "100", "--out", "x.png", "a"}
                              << "bad size";
    QTest::newRow("zero size") << QStringList{"export", "--size", "0x10", "--out", "x.png", "a"}
                               << "bad size";
    QTest::newRow("bad view") << QStringList{"export", "--view", "lanes", "--out", "x.png", "a"}
                              << "unknown view";
    QTest::newRow("bad mode") << QStringList{"export", "--mode", "pie", "--out", "x.png", "a"}
                              << "unknown mode";
    QTest::newRow("bad page") << QStringList{"export", "--page", "B7", "--out", "x.pdf", "a"}
                              << "unknown page size";
    QTest::newRow("no value") << QStringList{"export", "a", "--out"} << "needs a value";
    QTest::newRow("extract option")
        << QStringList{"export", "--format", "csv", "a"} << "unknown option";
}

void TestCommandLine::exportErrors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLine result = CommandLine::parse(arguments);
    QCOMPARE(int(result.action), int(CommandLine::Action::UsageError));
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
}

void TestCommandLine::usageNamesEveryOption() {
    const QString usage = CommandLine::usage();
    for (const char* option :
         {"--help", "--version", "--screenshot", "extract", "--format", "--view", "export",
          "--mode", "--filter", "--size", "--scale", "--title", "--page", "--orientation", "--out"})
        QVERIFY2(usage.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
