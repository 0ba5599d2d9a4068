// Every message of translations/*.ts is translated: no "unfinished" entry, no empty
// translation, every plural form filled. The checker is tried on made-up files first, so the
// test fails when it stops seeing a gap.
#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

namespace {

/// The messages of a .ts text that are unfinished or empty ("context: source").
QStringList gapsIn(const QByteArray& ts) {
    QStringList gaps;
    QXmlStreamReader xml(ts);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                continue;
            bool empty = false;
            bool hasForms = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    hasForms = true;
                    if (xml.readElementText().trimmed().isEmpty())
                        empty = true;
                } else if (xml.isCharacters()) {
                    text += xml.text();
                }
            }
            if (!hasForms && text.trimmed().isEmpty())
                empty = true;
            if (type == QLatin1String("unfinished") || empty)
                gaps << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError())
        gaps << QStringLiteral("XML error: ") + xml.errorString();
    return gaps;
}

QByteArray message(const char* translation) {
    return QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><TS version=\"2.1\" "
                      "language=\"es\"><context><name>dyad::X</name><message><source>Open"
                      "</source>") +
           translation + "</message></context></TS>";
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void checkerSeesGaps_data();
    void checkerSeesGaps();
    void everyMessageTranslated_data();
    void everyMessageTranslated();
};

void TestTranslations::checkerSeesGaps_data() {
    QTest::addColumn<QByteArray>("ts");
    QTest::addColumn<int>("gaps");
    QTest::newRow("finished") << message("<translation>Abrir</translation>") << 0;
    QTest::newRow("unfinished") << message("<translation type=\"unfinished\">Abrir</translation>")
                                << 1;
    QTest::newRow("empty") << message("<translation></translation>") << 1;
    QTest::newRow("empty self-closed") << message("<translation type=\"unfinished\"/>") << 1;
    QTest::newRow("plural form missing")
        << message("<translation><numerusform>%n archivo</numerusform><numerusform></numerusform>"
                   "</translation>")
        << 1;
    QTest::newRow("plural forms filled")
        << message("<translation><numerusform>%n archivo</numerusform><numerusform>%n archivos"
                   "</numerusform></translation>")
        << 0;
    QTest::newRow("vanished is ignored")
        << message("<translation type=\"vanished\"></translation>") << 0;
}

void TestTranslations::checkerSeesGaps() {
    QFETCH(QByteArray, ts);
    QFETCH(int, gaps);
    QCOMPARE(gapsIn(ts).size(), gaps);
}

void TestTranslations::everyMessageTranslated_data() {
    QTest::addColumn<QString>("path");
    const QDir dir(qEnvironmentVariable("DYAD_SOURCE_DIR") + QStringLiteral("/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QTest::newRow("no .ts files") << QString();
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyMessageTranslated() {
    QFETCH(QString, path);
    QVERIFY2(!path.isEmpty(), "translations/ holds no .ts file");
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray ts = file.readAll();
    QVERIFY2(ts.contains("<message"), "the file holds no message: run the lupdate target");
    const QStringList gaps = gapsIn(ts);
    QVERIFY2(gaps.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n%2")
                                            .arg(gaps.size())
                                            .arg(gaps.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
