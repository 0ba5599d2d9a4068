#include "core/store/FilterText.h"
#include "core/util/FuzzyDate.h"

#include <QTest>

using namespace dyad;

class TestFilterText : public QObject {
    Q_OBJECT

private slots:
    void printsCanonicalForm_data();
    void printsCanonicalForm();
    void rejectsBadTokens_data();
    void rejectsBadTokens();
    void roundTripsFilters_data();
    void roundTripsFilters();
    void turnsYearsIntoDays();
};

void TestFilterText::printsCanonicalForm_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("spaces only") << "   "
                                 << "";
    QTest::newRow("issue example") << "CUB-RUS 2018..2024 roots=04,05 min-sources=2"
                                   << "CUB-RUS 2018..2024 roots=04,05 min-sources=2";
    QTest::newRow("pair sorted") << "RUS-CUB"
                                 << "CUB-RUS";
    QTest::newRow("lower case codes") << "rus>cub"
                                      << "RUS>CUB";
    QTest::newRow("directed kept in order") << "RUS>CUB"
                                            << "RUS>CUB";
    QTest::newRow("wildcard partner") << "CUB-*"
                                      << "CUB";
    QTest::newRow("wildcard first") << "*-CUB"
                                    << "CUB";
    QTest::newRow("wildcard both") << "*"
                                   << "";
    QTest::newRow("directed wildcard") << "*>CUB"
                                       << "*>CUB";
    QTest::newRow("directed both wildcard") << "*>*"
                                            << "";
    QTest::newRow("single year") << "2019"
                                 << "2019";
    QTest::newRow("one-year range") << "2019..2019"
                                    << "2019";
    QTest::newRow("open end") << "2018.."
                              << "2018..";
    QTest::newRow("open start") << "..2024"
                                << "..2024";
    QTest::newRow("terms reordered") << "min-sources=3 quad=2,1 USA"
                                     << "USA quad=1,2 min-sources=3";
    QTest::newRow("roots padded and sorted") << "roots=5,4,04"
                                             << "roots=04,05";
    QTest::newRow("defaults dropped") << "min-sources=1 undated=yes"
                                      << "";
    QTest::newRow("undated no") << "undated=no"
                                << "undated=no";
    QTest::newRow("quoted text") << "text=\"joint  exercise\""
                                 << "text=\"joint  exercise\"";
    QTest::newRow("bare text quoted") << "text=summit"
                                      << "text=\"summit\"";
    QTest::newRow("escaped quote") << "text=\"say \\\"no\\\"\""
                                   << "text=\"say \\\"no\\\"\"";
    QTest::newRow("document id") << "doc=012_ab-cd"
                                 << "doc=012_ab-cd";
    QTest::newRow("document with space") << "doc=\"my file\""
                                         << "doc=\"my file\"";
}

void TestFilterText::printsCanonicalForm() {
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto parsed = FilterText::parse(input.toStdString());
    QVERIFY2(parsed.filter.has_value(), parsed.error.c_str());
    QCOMPARE(QString::fromStdString(FilterText::print(*parsed.filter)), canonical);
    // The canonical form parses to the same filter and prints to itself.
    const auto again = FilterText::parse(canonical.toStdString());
    QVERIFY(again.filter.has_value());
    QVERIFY(*again.filter == *parsed.filter);
    QCOMPARE(QString::fromStdString(FilterText::print(*again.filter)), canonical);
}

void TestFilterText::rejectsBadTokens_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("badToken");
    QTest::newRow("unknown key") << "CUB colour=red"
                                 << "colour=red";
    QTest::newRow("root out of range") << "roots=04,21"
                                       << "roots=04,21";
    QTest::newRow("root not a number") << "roots=x"
                                       << "roots=x";
    QTest::newRow("empty roots") << "roots="
                                 << "roots=";
    QTest::newRow("quad out of range") << "quad=5"
                                       << "quad=5";
    QTest::newRow("min sources zero") << "min-sources=0"
                                      << "min-sources=0";
    QTest::newRow("undated maybe") << "undated=maybe"
                                   << "undated=maybe";
    QTest::newRow("reversed years") << "2024..2018"
                                    << "2024..2018";
    QTest::newRow("five digit year") << "20189"
                                     << "20189";
    QTest::newRow("bare dots") << ".."
                               << "..";
    QTest::newRow("second pair") << "CUB RUS"
                                 << "RUS";
    QTest::newRow("second year range") << "2018 2019"
                                       << "2019";
    QTest::newRow("key twice") << "quad=1 quad=2"
                               << "quad=2";
    QTest::newRow("bad actor") << "C$B-RUS"
                               << "C$B-RUS";
    QTest::newRow("one-letter actor") << "C"
                                      << "C";
    QTest::newRow("empty document") << "doc="
                                    << "doc=";
    QTest::newRow("unterminated quote") << "text=\"open"
                                        << "text=\"open";
}

void TestFilterText::rejectsBadTokens() {
    QFETCH(QString, input);
    QFETCH(QString, badToken);
    const auto parsed = FilterText::parse(input.toStdString());
    QVERIFY(!parsed.filter.has_value());
    QVERIFY2(QString::fromStdString(parsed.error).contains("\"" + badToken), parsed.error.c_str());
}

void TestFilterText::roundTripsFilters_data() {
    QTest::addColumn<QString>("actorA");
    QTest::addColumn<QString>("actorB");
    QTest::addColumn<bool>("directed");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<bool>("undated");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << ""
                             << "" << false << 0 << 0 << true << "";
    QTest::newRow("pair in reverse order") << "RUS"
                                           << "CUB" << false << 2018 << 2024 << true << "";
    QTest::newRow("only actor B") << ""
                                  << "CUB" << false << 0 << 2020 << false << "";
    QTest::newRow("directed to B") << ""
                                   << "CUB" << true << 1990 << 0 << true << "a \"b\" c\\";
    QTest::newRow("directed pair") << "USA"
                                   << "CHN" << true << 2001 << 2001 << true << "tariffs";
}

void TestFilterText::roundTripsFilters() {
    QFETCH(QString, actorA);
    QFETCH(QString, actorB);
    QFETCH(bool, directed);
    QFETCH(int, fromYear);
    QFETCH(int, toYear);
    QFETCH(bool, undated);
    QFETCH(QString, text);
    FilterSpec filter;
    filter.actorA = actorA.toStdString();
    filter.actorB = actorB.toStdString();
    filter.directed = directed;
    filter.fromYear = fromYear;
    filter.toYear = toYear;
    filter.includeUndated = undated;
    filter.roots = {14, 2};
    filter.quadClasses = {4};
    filter.minSources = 3;
    filter.document = "doc one";
    filter.text = text.toStdString();
    const std::string printed = FilterText::print(filter);
    const auto parsed = FilterText::parse(printed);
    QVERIFY2(parsed.filter.has_value(), parsed.error.c_str());
    QVERIFY2(*parsed.filter == filter, printed.c_str());
    QCOMPARE(FilterText::print(*parsed.filter), printed);
}

void TestFilterText::turnsYearsIntoDays() {
    const auto parsed = FilterText::parse("2018..2019 undated=no");
    QVERIFY(parsed.filter.has_value());
    const Query query = parsed.filter->toQuery();
    QCOMPARE(*query.fromDay, FuzzyDate::ofDay(2018, 1, 1).day);
    QCOMPARE(*query.toDay, FuzzyDate::ofDay(2019, 12, 31).day);
    QVERIFY(!query.includeUndated);
    QVERIFY(!FilterText::parse("2018..").filter->toQuery().toDay.has_value());
}

QTEST_GUILESS_MAIN(TestFilterText)
#include "TestFilterText.moc"
