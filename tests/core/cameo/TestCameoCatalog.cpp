#include "CameoTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace dyad;
using namespace dyad::test;

class TestCameoCatalog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void hasEveryRoot();
    void everyCodeIsConsistent();
    void knownCodes_data();
    void knownCodes();
    void rootOf_data();
    void rootOf();
    void malformedLines_data();
    void malformedLines();
    void missingFile();

private:
    CameoCatalog m_catalog;
};

void TestCameoCatalog::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DYAD_SOURCE_DIR"), "DYAD_SOURCE_DIR is not set");
    std::vector<std::string> errors;
    m_catalog = CameoCatalog::load(cameoDirectory() + "/codes.tsv", errors);
    QVERIFY2(errors.empty(), qPrintable(joined(errors)));
    QVERIFY(m_catalog.size() > 280);
}

void TestCameoCatalog::hasEveryRoot() {
    for (int root = 1; root <= 20; ++root) {
        const std::string code = (root < 10 ? "0" : "") + std::to_string(root);
        const CameoCode* entry = m_catalog.find(code);
        QVERIFY2(entry != nullptr, code.c_str());
        QCOMPARE(entry->root, code);
        QVERIFY(m_catalog.isValid(code + "0")); // every root has its "not specified" code
    }
}

void TestCameoCatalog::everyCodeIsConsistent() {
    for (const CameoCode& code : m_catalog.codes()) {
        QVERIFY2(CameoCatalog::isWellFormed(code.code), code.code.c_str());
        QCOMPARE(code.root, code.code.substr(0, 2));
        QVERIFY2(m_catalog.isValid(code.root), code.code.c_str());
        const int root = std::stoi(code.root);
        const int expectedQuad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        QCOMPARE(code.quadClass, expectedQuad);
        QVERIFY2(code.goldstein >= -10.0 && code.goldstein <= 10.0, code.code.c_str());
        QVERIFY2(!code.name.empty(), code.code.c_str());
        if (code.code.size() == 4)
            QVERIFY2(m_catalog.isValid(code.code.substr(0, 3)), code.code.c_str());
        // Material cooperation weighs positive, material conflict negative.
        if (code.quadClass == 4)
            QVERIFY2(code.goldstein < 0.0, code.code.c_str());
        if (code.quadClass == 2)
            QVERIFY2(code.goldstein > 0.0, code.code.c_str());
    }
}

void TestCameoCatalog::knownCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("goldstein");
    QTest::addColumn<int>("quadClass");
    QTest::addColumn<QString>("nameStart");
    QTest::newRow("010 statement") << "010" << 0.0 << 1 << "Make statement";
    QTest::newRow("036 intent to meet") << "036" << 4.0 << 1 << "Express intent to meet";
    QTest::newRow("040 consult") << "040" << 1.0 << 1 << "Consult";
    QTest::newRow("042 visit") << "042" << 1.9 << 1 << "Make a visit";
    QTest::newRow("043 host") << "043" << 2.8 << 1 << "Host a visit";
    QTest::newRow("046 negotiate") << "046" << 7.0 << 1 << "Engage in negotiation";
    QTest::newRow("051 praise") << "051" << 3.4 << 1 << "Praise";
    QTest::newRow("057 sign") << "057" << 8.0 << 1 << "Sign formal agreement";
    QTest::newRow("061 economic") << "061" << 6.4 << 2 << "Cooperate economically";
    QTest::newRow("070 aid") << "070" << 7.0 << 2 << "Provide aid";
    QTest::newRow("072 military aid") << "072" << 8.3 << 2 << "Provide military aid";
    QTest::newRow("0874 retreat") << "0874" << 10.0 << 2 << "Retreat";
    QTest::newRow("111 criticize") << "111" << -2.0 << 3 << "Criticize";
    QTest::newRow("112 accuse") << "112" << -2.0 << 3 << "Accuse";
    QTest::newRow("120 reject") << "120" << -4.0 << 3 << "Reject";
    QTest::newRow("130 threaten") << "130" << -4.4 << 3 << "Threaten";
    QTest::newRow("163 sanctions") << "163" << -8.0 << 4 << "Impose embargo";
    QTest::newRow("172 admin sanctions") << "172" << -5.0 << 4 << "Impose administrative";
    QTest::newRow("173 arrest") << "173" << -5.0 << 4 << "Arrest";
    QTest::newRow("190 force") << "190" << -10.0 << 4 << "Use conventional military force";
    QTest::newRow("2042 nuclear") << "2042" << -10.0 << 4 << "Detonate nuclear";
}

void TestCameoCatalog::knownCodes() {
    QFETCH(QString, code);
    QFETCH(double, goldstein);
    QFETCH(int, quadClass);
    QFETCH(QString, nameStart);
    const CameoCode* entry = m_catalog.find(code.toStdString());
    QVERIFY(entry != nullptr);
    QCOMPARE(entry->goldstein, goldstein);
    QCOMPARE(entry->quadClass, quadClass);
    QVERIFY2(QString::fromStdString(entry->name).startsWith(nameStart), entry->name.c_str());
}

void TestCameoCatalog::rootOf_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("valid");
    QTest::newRow("three digits") << "042"
                                  << "04" << true;
    QTest::newRow("four digits") << "0871"
                                 << "08" << true;
    QTest::newRow("root") << "19"
                          << "19" << true;
    QTest::newRow("leading zero lost") << "42"
                                       << "" << false;
    QTest::newRow("root 21") << "210"
                             << "" << false;
    QTest::newRow("letters") << "04a"
                             << "" << false;
    QTest::newRow("too long") << "04211"
                              << "" << false;
    QTest::newRow("unknown but well formed") << "0499"
                                             << "04" << false;
}

void TestCameoCatalog::rootOf() {
    QFETCH(QString, code);
    QFETCH(QString, root);
    QFETCH(bool, valid);
    QCOMPARE(QString::fromStdString(CameoCatalog::rootOf(code.toStdString())), root);
    QCOMPARE(m_catalog.isValid(code.toStdString()), valid);
}

void TestCameoCatalog::malformedLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("too few columns") << "041\tDiscuss by telephone\t04\t1"
                                     << "expected 5";
    QTest::newRow("bad code") << "4x1\tSomething\t04\t1\t1.0"
                              << "not a CAMEO code";
    QTest::newRow("wrong root") << "041\tDiscuss by telephone\t05\t1\t1.0"
                                << "has root '05'";
    QTest::newRow("wrong quad class") << "041\tDiscuss by telephone\t04\t3\t1.0"
                                      << "quad_class '3'";
    QTest::newRow("goldstein out of range") << "041\tDiscuss by telephone\t04\t1\t11.5"
                                            << "goldstein '11.5'";
    QTest::newRow("goldstein not a number") << "041\tDiscuss by telephone\t04\t1\tone"
                                            << "goldstein 'one'";
    QTest::newRow("duplicate") << "040\tConsult again\t04\t1\t1.0"
                               << "listed twice";
    QTest::newRow("orphan four-digit code") << "0499\tOrphan\t04\t1\t1.0"
                                            << "no parent row 049";
}

void TestCameoCatalog::malformedLines() {
    QFETCH(QString, line);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("codes.tsv").toStdString();
    {
        std::ofstream out(path);
        out << "# header comment\ncode\tname\troot\tquad_class\tgoldstein\n"
            << "04\tConsult\t04\t1\t1.0\n040\tConsult\t04\t1\t1.0\n"
            << line.toStdString() << "\n";
    }
    std::vector<std::string> errors;
    const CameoCatalog catalog = CameoCatalog::load(path, errors);
    QCOMPARE(errors.size(), std::size_t(1));
    const QString error = QString::fromStdString(errors.front());
    QVERIFY2(error.startsWith(QString::fromStdString(path) + ":5: "), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QVERIFY(catalog.isValid("040")); // the good lines still load
}

void TestCameoCatalog::missingFile() {
    std::vector<std::string> errors;
    const CameoCatalog catalog = CameoCatalog::load("/nonexistent/codes.tsv", errors);
    QCOMPARE(catalog.size(), std::size_t(0));
    QCOMPARE(errors.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(errors.front()).contains("/nonexistent/codes.tsv"));
}

QTEST_GUILESS_MAIN(TestCameoCatalog)
#include "TestCameoCatalog.moc"
