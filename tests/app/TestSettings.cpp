#include "app/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using dyad::Settings;

class TestSettings : public QObject {
    Q_OBJECT

private slots:
    void defaultsAndRoundTrip();
    void recentFiles();
};

void TestSettings::defaultsAndRoundTrip() {
    QTemporaryDir dir;
    const QString ini = dir.filePath("dyad.ini");
    {
        Settings settings(ini);
        QCOMPARE(settings.timelineMode.get(), QString("volume"));
        QCOMPARE(settings.uiLanguage.get(), QString());
        QVERIFY(settings.windowGeometry.get().isEmpty());
        settings.timelineMode.set("lanes");
        settings.lastFilter.set("CUB-RUS 2018..2024");
        settings.windowGeometry.set(QByteArray("\x01\x02\x03", 3));
        settings.sync();
    }
    Settings again(ini);
    QCOMPARE(again.timelineMode.get(), QString("lanes"));
    QCOMPARE(again.lastFilter.get(), QString("CUB-RUS 2018..2024"));
    QCOMPARE(again.windowGeometry.get(), QByteArray("\x01\x02\x03", 3));
    again.timelineMode.reset();
    QCOMPARE(again.timelineMode.get(), QString("volume"));
}

void TestSettings::recentFiles() {
    QTemporaryDir dir;
    Settings settings(dir.filePath("dyad.ini"));
    for (int i = 0; i < Settings::kMaxRecentFiles + 3; ++i)
        settings.addRecentFile(QString("/data/%1").arg(i));
    QStringList files = settings.recentFiles();
    QCOMPARE(files.size(), Settings::kMaxRecentFiles);
    QCOMPARE(files.first(), QString("/data/%1").arg(Settings::kMaxRecentFiles + 2));
    settings.addRecentFile("/data/5");
    files = settings.recentFiles();
    QCOMPARE(files.first(), QString("/data/5"));
    QCOMPARE(files.count("/data/5"), 1);
    settings.clearRecentFiles();
    QVERIFY(settings.recentFiles().isEmpty());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
