#include "StoreFixtures.h"

#include "core/store/EventOrder.h"
#include "core/store/FilterText.h"
#include "core/store/QueryEngine.h"

#include <QTest>

#include <numeric>

using namespace dyad;
using dyad::testing::addEvidence;
using dyad::testing::makeDocument;
using dyad::testing::makeEvent;

namespace {

/// Seven events over five actors with every kind of date.
void fill(EventStore& store) {
    const Document a = makeDocument("a", "Havana officials met their Russian hosts.");
    const Document b = makeDocument("b", "Moscow pledged aid while Washington sanctioned firms.");
    const Document c = makeDocument("c", "Caracas gave fuel.");
    const Document d = makeDocument("d", "Fuel was given by Caracas.");
    const Document e = makeDocument("e", "Venezuela provided fuel.");
    store.addDocuments({a, b, c, d, e}, {});
    std::vector<Event> events{makeEvent("CUB", "RUS", "042", "2018-03-01", 1.9f),
                              makeEvent("RUS", "CUB", "051", "2019-07-15", 3.5f),
                              makeEvent("USA", "CUB", "163", "2019-08", -4.0f),
                              makeEvent("CUB", "USA", "111", "2021", -2.0f),
                              makeEvent("CHN", "RUS", "042", "", 1.9f),
                              makeEvent("RUS", "CUB", "042", "2018-03-01", 1.9f),
                              makeEvent("VEN", "CUB", "061", "2024-12-31", 6.4f)};
    addEvidence(events[0], a, U"met");
    addEvidence(events[1], b, U"pledged");
    addEvidence(events[2], b, U"sanctioned");
    addEvidence(events[6], c, U"gave");
    addEvidence(events[6], d, U"given");
    addEvidence(events[6], e, U"provided");
    store.addEvents(events);
}

std::vector<std::uint32_t> parseIndices(const QString& text) {
    std::vector<std::uint32_t> result;
    for (const QString& part : text.split(',', Qt::SkipEmptyParts))
        result.push_back(part.toUInt());
    return result;
}

} // namespace

class TestQueryEngine : public QObject {
    Q_OBJECT

private slots:
    void selects_data();
    void selects();
    void searchesDisplayNames();
    void maskAndOrderAgree();
    void sortsByColumn_data();
    void sortsByColumn();
    void mergesAppendedEventsIntoOrder();
};

void TestQueryEngine::selects_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected");
    QTest::newRow("everything") << ""
                                << "0,1,2,3,4,5,6";
    QTest::newRow("actor with any partner") << "CUB"
                                            << "0,1,2,3,5,6";
    QTest::newRow("pair either way") << "CUB-RUS"
                                     << "0,1,5";
    QTest::newRow("pair either way, reversed") << "RUS-CUB"
                                               << "0,1,5";
    QTest::newRow("directed") << "CUB>RUS"
                              << "0";
    QTest::newRow("directed other way") << "RUS>CUB"
                                        << "1,5";
    QTest::newRow("any source to") << "*>CUB"
                                   << "1,2,5,6";
    QTest::newRow("from any target") << "CUB>*"
                                     << "0,3";
    QTest::newRow("one year with undated") << "2019"
                                           << "1,2,4";
    QTest::newRow("one year without undated") << "2019 undated=no"
                                              << "1,2";
    QTest::newRow("until") << "..2018"
                           << "0,4,5";
    QTest::newRow("from") << "2021.. undated=no"
                          << "3,6";
    QTest::newRow("roots") << "roots=04"
                           << "0,4,5";
    QTest::newRow("several roots") << "roots=5,6,11"
                                   << "1,3,6";
    QTest::newRow("quad classes") << "quad=3,4"
                                  << "2,3";
    QTest::newRow("min sources") << "min-sources=2"
                                 << "6";
    QTest::newRow("document") << "doc=b"
                              << "1,2";
    QTest::newRow("unknown document") << "doc=zzz"
                                      << "";
    QTest::newRow("trigger word") << "text=SANCTION"
                                  << "2";
    QTest::newRow("actor code text") << "text=ven"
                                     << "6";
    QTest::newRow("unknown actor") << "FRA"
                                   << "";
    QTest::newRow("combined") << "CUB-RUS 2018 roots=04"
                              << "0,5";
}

void TestQueryEngine::selects() {
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    EventStore store;
    fill(store);
    QCOMPARE(store.eventCount(), 7u);
    const auto parsed = FilterText::parse(filter.toStdString());
    QVERIFY2(parsed.filter.has_value(), parsed.error.c_str());
    const QueryEngine engine(store);
    QCOMPARE(engine.select(parsed.filter->toQuery()), parseIndices(expected));
}

void TestQueryEngine::searchesDisplayNames() {
    EventStore store;
    fill(store);
    QueryEngine engine(store);
    Query query;
    query.text = "venezuela";
    QVERIFY(engine.select(query).empty());
    engine.setActorNameProvider([](std::string_view code) {
        return code == "VEN" ? std::string("Venezuela") : std::string();
    });
    QCOMPARE(engine.select(query), std::vector<std::uint32_t>{6});
}

void TestQueryEngine::maskAndOrderAgree() {
    EventStore store;
    fill(store);
    const QueryEngine engine(store);
    Query query;
    query.actorA = "CUB";
    const auto mask = engine.matchMask(query);
    const std::vector<std::uint32_t> order{6, 5, 4, 3, 2, 1, 0};
    QCOMPARE(QueryEngine::filterOrder(mask, order), (std::vector<std::uint32_t>{6, 5, 3, 2, 1, 0}));
    QCOMPARE(engine.matchEvents(query, {4, 6}), (std::vector<std::uint8_t>{0, 1}));
}

void TestQueryEngine::sortsByColumn_data() {
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arrival") << int(SortColumn::Arrival) << false << "0,1,2,3,4,5,6";
    QTest::newRow("arrival descending") << int(SortColumn::Arrival) << true << "6,5,4,3,2,1,0";
    QTest::newRow("date, undated last") << int(SortColumn::Date) << false << "0,5,1,2,3,6,4";
    QTest::newRow("date descending, undated last")
        << int(SortColumn::Date) << true << "6,3,2,1,0,5,4";
    QTest::newRow("source code") << int(SortColumn::Source) << false << "4,0,3,1,5,2,6";
    QTest::newRow("target code") << int(SortColumn::Target) << false << "1,2,5,6,0,4,3";
    QTest::newRow("goldstein") << int(SortColumn::Goldstein) << false << "2,3,0,4,5,1,6";
    QTest::newRow("goldstein descending") << int(SortColumn::Goldstein) << true << "6,1,0,4,5,3,2";
    QTest::newRow("cameo code") << int(SortColumn::Code) << false << "0,4,5,1,6,3,2";
    QTest::newRow("sources descending") << int(SortColumn::Sources) << true << "6,0,1,2,3,4,5";
    QTest::newRow("evidence document") << int(SortColumn::Evidence) << false << "0,1,2,6,3,4,5";
}

void TestQueryEngine::sortsByColumn() {
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, expected);
    EventStore store;
    fill(store);
    const EventOrder order(store, {static_cast<SortColumn>(column), descending});
    QCOMPARE(order.all(), parseIndices(expected));
    std::vector<std::uint32_t> some{5, 0, 2};
    order.sort(some);
    auto expectedSome = parseIndices(expected);
    std::erase_if(expectedSome, [](std::uint32_t e) { return e != 5 && e != 0 && e != 2; });
    QCOMPARE(some, expectedSome);
}

void TestQueryEngine::mergesAppendedEventsIntoOrder() {
    EventStore store;
    fill(store);
    const EventOrder order(store, {SortColumn::Date, false});
    std::vector<std::uint32_t> sorted = order.all();
    store.addEvents({makeEvent("IND", "PAK", "172", "2019-01-01", -5.0f),
                     makeEvent("IND", "PAK", "172", "2000-01-01", -5.0f)});
    order.merge(sorted, {7, 8});
    QCOMPARE(sorted, (std::vector<std::uint32_t>{8, 0, 5, 7, 1, 2, 3, 6, 4}));
}

QTEST_GUILESS_MAIN(TestQueryEngine)
#include "TestQueryEngine.moc"
