// The seed articles of the shared folder: publication dates right or unknown (never wrong), and
// the articles' own lines are body while every furniture line is not. The expectations name the
// lines of each file (1-based), not their text.
#include "core/reading/DocumentReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace dyad;

namespace {

QString sharedDir() {
    return qEnvironmentVariable("DYAD_SHARED_DIR");
}

} // namespace

class TestReadingSeeds : public QObject {
    Q_OBJECT

private:
    QJsonObject m_gold;

    static int lineOf(const Document& document, std::int32_t position) {
        int line = 1;
        for (std::int32_t i = 0; i < position; ++i)
            if (document.text[static_cast<std::size_t>(i)] == U'\n')
                ++line;
        return line;
    }

private slots:
    void initTestCase() {
        if (sharedDir().isEmpty() || !QFile::exists(sharedDir() + "/seeds"))
            QSKIP("DYAD_SHARED_DIR is absent: the seeds test needs the shared folder");
        QFile gold(sharedDir() + "/eval/seeds.gold.json");
        QVERIFY2(gold.open(QIODevice::ReadOnly), "the shared gold file cannot be read");
        m_gold = QJsonDocument::fromJson(gold.readAll()).object().value("documents").toObject();
        QVERIFY(!m_gold.isEmpty());
    }

    void seed_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("required"); ///< a date the reader must find, or ""
        QTest::addColumn<int>("titleLine");    ///< 0 when the file has no title line
        QTest::addColumn<QList<int>>("bodyLines");

        QTest::newRow("000 dateline, weekday and a future year")
            << "000_c616329fe7e59ed7"
            << "2018-11-02" << 0 << QList<int>{1, 2, 3, 4, 5, 6, 7, 8};
        QTest::newRow("001 related lines and latest headlines")
            << "001_b5640abbbe877b13"
            << "" << 1 << QList<int>{7, 9, 12, 14, 18, 20, 22, 26, 29, 31, 35, 37};
        QTest::newRow("002 Spanish date line under a Markdown title")
            << "002_5f58951783bee3b5"
            << "2024-02-19" << 3 << QList<int>{22, 24, 26, 28, 30, 32, 34, 36, 38};
        QTest::newRow("003 recent posts after the article")
            << "003_57077df04c37bef7"
            << "" << 3 << QList<int>{5, 7, 9, 11, 15, 17, 19, 21};
        QTest::newRow("004 related headline inside the article")
            << "004_3815fafebb97d2f0"
            << "" << 1 << QList<int>{5, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27};
    }

    void seed() {
        QFETCH(QString, id);
        QFETCH(QString, required);
        QFETCH(int, titleLine);
        QFETCH(QList<int>, bodyLines);

        const std::string path = (sharedDir() + "/seeds/" + id + ".txt").toStdString();
        std::string error;
        const auto document = DocumentReader().readFile(path, error);
        QVERIFY2(document, error.c_str());

        // The publication date: right or unknown, never wrong.
        const QString truth = m_gold.value(id).toObject().value("published").toString();
        const QString published = QString::fromStdString(document->published.toIso());
        if (!required.isEmpty())
            QCOMPARE(published, required);
        if (!published.isEmpty())
            QCOMPARE(published, truth);
        else
            QVERIFY2(!document->warnings.empty(), "an unknown date comes with a warning");

        // Every sentence of the article is body; no sentence of the furniture is.
        const QSet<int> body(bodyLines.begin(), bodyLines.end());
        QSet<int> seenBody;
        for (const Sentence& sentence : document->sentences) {
            const int line = lineOf(*document, sentence.span.start);
            if (line == titleLine)
                continue;
            const bool isBody = document->isBody(sentence);
            if (body.contains(line)) {
                QVERIFY2(isBody,
                         qPrintable(QStringLiteral("a sentence of line %1 is not body").arg(line)));
                seenBody.insert(line);
            } else {
                QVERIFY2(!isBody,
                         qPrintable(
                             QStringLiteral("a sentence of furniture line %1 is body").arg(line)));
            }
        }
        QCOMPARE(seenBody, body);
    }
};

QTEST_GUILESS_MAIN(TestReadingSeeds)
#include "TestReadingSeeds.moc"
