#include "core/io/CsvWriter.h"

#include <QTest>

#include <sstream>

using dyad::CsvWriter;

namespace {

/// A small RFC 4180 reader, independent of the writer, for round trips.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestCsvWriter : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void numbersAreNotNeutralised();
};

void TestCsvWriter::roundTrip_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << "Kenya";
    QTest::newRow("comma") << "Lima, Peru";
    QTest::newRow("quotes") << "the \"strategic\" partner";
    QTest::newRow("newline") << "first line\nsecond line";
    QTest::newRow("crlf") << "a\r\nb";
    QTest::newRow("cyrillic") << "Министр заявил: «да», и всё";
    QTest::newRow("empty") << "";
}

void TestCsvWriter::roundTrip() {
    QFETCH(QString, value);
    std::ostringstream out;
    CsvWriter csv(out);
    csv.text("before").text(value.toStdString()).text("after");
    csv.endRow();
    const auto rows = parseCsv(QString::fromStdString(out.str()));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0], (QStringList{"before", value, "after"}));
}

void TestCsvWriter::neutralisesFormulas_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("equals") << "=HYPERLINK(\"http://x\")";
    QTest::newRow("plus") << "+1+1";
    QTest::newRow("minus") << "-2+3";
    QTest::newRow("at") << "@SUM(A1)";
    QTest::newRow("tab") << "\t=1";
    QTest::newRow("carriage return") << "\r=1";
}

void TestCsvWriter::neutralisesFormulas() {
    QFETCH(QString, value);
    std::ostringstream out;
    CsvWriter csv(out);
    csv.text(value.toStdString());
    csv.endRow();
    const auto rows = parseCsv(QString::fromStdString(out.str()));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0][0], "'" + value); // the text is kept, behind an apostrophe
}

void TestCsvWriter::numbersAreNotNeutralised() {
    std::ostringstream out;
    CsvWriter csv(out);
    csv.number(-2.5).integer(-3).number(1.9);
    csv.endRow();
    QCOMPARE(QString::fromStdString(out.str()), QString("-2.5,-3,1.9\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
