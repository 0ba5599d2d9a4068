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

void TestCommandLine::usageNamesEveryOption() {
    const QString usage = CommandLine::usage();
    for (const char* option :
         {"--help", "--version", "--screenshot", "extract", "--format", "--view"})
        QVERIFY2(usage.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
