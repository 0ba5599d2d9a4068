#include "StoreFixtures.h"

#include "core/store/CalendarBins.h"
#include "core/store/PairMatrix.h"
#include "core/store/Timeline.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace dyad;
using dyad::testing::makeEvent;

namespace {

std::vector<std::uint32_t> everything(const EventStore& store) {
    std::vector<std::uint32_t> all(store.eventCount());
    std::iota(all.begin(), all.end(), 0u);
    return all;
}

std::int32_t dayOf(const char* iso) {
    return FuzzyDate::fromIso(iso)->day;
}

} // namespace

class TestStoreAggregation : public QObject {
    Q_OBJECT

private slots:
    void civilDatesAgreeWithBoost();
    void binsLabelAndBound_data();
    void binsLabelAndBound();
    void choosesUnitFromSpan_data();
    void choosesUnitFromSpan();
    void timelineByQuadClass();
    void timelineByPair();
    void pairMatrixCounts();
    void parallelAggregationMatchesSerialCount();
};

void TestStoreAggregation::civilDatesAgreeWithBoost() {
    for (std::int32_t day = -200000; day < 120000; day += 97) {
        const FuzzyDate date = FuzzyDate::fromDayNumber(day);
        const auto civil = CalendarBins::civil(day);
        QCOMPARE(civil.year, date.year());
        QCOMPARE(civil.month, date.month());
        QCOMPARE(civil.day, date.dayOfMonth());
        QCOMPARE(CalendarBins::dayNumber(civil.year, civil.month, civil.day), day);
    }
}

void TestStoreAggregation::binsLabelAndBound_data() {
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstLabel");
    QTest::addColumn<QString>("lastLabel");
    QTest::addColumn<QString>("probe");
    QTest::addColumn<int>("probeBin");
    QTest::newRow("days") << int(BinUnit::Day) << "2020-02-27"
                          << "2020-03-01" << 4 << "2020-02-27"
                          << "2020-03-01"
                          << "2020-02-29" << 2;
    QTest::newRow("weeks from Monday") << int(BinUnit::Week) << "2024-01-03"
                                       << "2024-01-15" << 3 << "2024-01-01"
                                       << "2024-01-15"
                                       << "2024-01-08" << 1;
    QTest::newRow("months over a year end") << int(BinUnit::Month) << "1999-11-30"
                                            << "2000-02-01" << 4 << "1999-11"
                                            << "2000-02"
                                            << "2000-01-31" << 2;
    QTest::newRow("quarters") << int(BinUnit::Quarter) << "2018-02-01"
                              << "2019-01-01" << 5 << "2018-Q1"
                              << "2019-Q1"
                              << "2018-07-01" << 2;
    QTest::newRow("years") << int(BinUnit::Year) << "1979-06-01"
                           << "2025-01-01" << 47 << "1979"
                           << "2025"
                           << "1980-12-31" << 1;
}

void TestStoreAggregation::binsLabelAndBound() {
    QFETCH(int, unit);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, count);
    QFETCH(QString, firstLabel);
    QFETCH(QString, lastLabel);
    QFETCH(QString, probe);
    QFETCH(int, probeBin);
    const CalendarBins bins(static_cast<BinUnit>(unit), dayOf(qPrintable(first)),
                            dayOf(qPrintable(last)));
    QCOMPARE(bins.count(), count);
    QCOMPARE(QString::fromStdString(bins.label(0)), firstLabel);
    QCOMPARE(QString::fromStdString(bins.label(count - 1)), lastLabel);
    QCOMPARE(bins.binOf(dayOf(qPrintable(probe))), probeBin);
    QVERIFY(bins.binStart(probeBin) <= dayOf(qPrintable(probe)));
    QVERIFY(bins.binEnd(probeBin) >= dayOf(qPrintable(probe)));
    QCOMPARE(bins.binEnd(probeBin) + 1, bins.binStart(probeBin + 1));
    QCOMPARE(bins.binOf(bins.binStart(0) - 1), -1);
    QCOMPARE(bins.binOf(bins.binEnd(count - 1) + 1), -1);
}

void TestStoreAggregation::choosesUnitFromSpan_data() {
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("unit");
    QTest::newRow("a month") << "2020-01-01"
                             << "2020-01-31" << int(BinUnit::Day);
    QTest::newRow("two years") << "2020-01-01"
                               << "2021-12-31" << int(BinUnit::Week);
    QTest::newRow("ten years") << "2010-01-01"
                               << "2019-12-31" << int(BinUnit::Month);
    QTest::newRow("thirty years") << "1990-01-01"
                                  << "2019-12-31" << int(BinUnit::Quarter);
    QTest::newRow("a century") << "1920-01-01"
                               << "2019-12-31" << int(BinUnit::Year);
}

void TestStoreAggregation::choosesUnitFromSpan() {
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, unit);
    QCOMPARE(int(CalendarBins::automaticUnit(dayOf(qPrintable(first)), dayOf(qPrintable(last)))),
             unit);
}

void TestStoreAggregation::timelineByQuadClass() {
    EventStore store;
    store.addEvents({makeEvent("CUB", "RUS", "042", "2018-01-15", 1.9f),
                     makeEvent("CUB", "RUS", "061", "2018-01-20", 6.0f),
                     makeEvent("RUS", "CUB", "042", "2018-03-02", 1.0f),
                     makeEvent("CUB", "USA", "112", "2018", -2.0f),
                     makeEvent("CUB", "USA", "190", "", -10.0f)});
    const auto all = everything(store);
    TimelineOptions options;
    options.unit = BinUnit::Month;
    const Timeline timeline = aggregateTimeline(store, all, options);
    QCOMPARE(timeline.binCount(), 3);
    QCOMPARE(timeline.seriesCount(), 4);
    QCOMPARE(timeline.bins.label(0), std::string("2018-01"));
    QCOMPARE(timeline.count(0, 0), 1u); // verbal cooperation in January
    QCOMPARE(timeline.count(0, 1), 1u); // material cooperation in January
    QCOMPARE(timeline.count(0, 2), 1u); // the year-precision event, at the start of its year
    QCOMPARE(timeline.count(1, 0), 0u);
    QCOMPARE(timeline.count(2, 0), 1u);
    QCOMPARE(timeline.netGoldstein(0, 1), 6.0);
    QCOMPARE(timeline.undated, (std::vector<std::uint32_t>{0, 0, 0, 1}));
    QCOMPARE(timeline.dated, 4u);
    QCOMPARE(timeline.coarserThanBin, 1u);
    QCOMPARE(timeline.maxCount, 1u);
    QCOMPARE(timeline.maxBinTotal, 3u);

    const Timeline automatic = aggregateTimeline(store, all);
    QCOMPARE(automatic.bins.unit(), BinUnit::Day);
    QCOMPARE(automatic.binCount(), 61); // 2018-01-01 .. 2018-03-02

    options.series = SeriesKind::Root;
    const Timeline byRoot = aggregateTimeline(store, all, options);
    QCOMPARE(byRoot.seriesCount(), 20);
    QCOMPARE(byRoot.seriesLabels[3], std::string("04"));
    QCOMPARE(byRoot.count(0, 3), 1u);
    QCOMPARE(byRoot.count(2, 3), 1u);
    QCOMPARE(byRoot.undated[18], 1u);

    const Timeline empty = aggregateTimeline(store, {});
    QCOMPARE(empty.binCount(), 0);
}

void TestStoreAggregation::timelineByPair() {
    EventStore store;
    store.addEvents(
        {makeEvent("CUB", "RUS", "042", "2018-01-15"), makeEvent("RUS", "CUB", "042", "2018-02-15"),
         makeEvent("CUB", "USA", "112", "2018-01-16"), makeEvent("CHN", "USA", "112", "2018-01-17"),
         makeEvent("CHN", "USA", "112", "2018-01-18"),
         makeEvent("USA", "CHN", "112", "2018-01-19")});
    TimelineOptions options;
    options.unit = BinUnit::Month;
    options.series = SeriesKind::Pair;
    options.pairSeries = 2;
    const Timeline timeline = aggregateTimeline(store, everything(store), options);
    QCOMPARE(timeline.seriesLabels, (std::vector<std::string>{"CHN-USA", "CUB-RUS", "other"}));
    QCOMPARE(timeline.count(0, 0), 3u);
    QCOMPARE(timeline.count(0, 1), 1u);
    QCOMPARE(timeline.count(1, 1), 1u);
    QCOMPARE(timeline.count(0, 2), 1u);
}

void TestStoreAggregation::pairMatrixCounts() {
    EventStore store;
    store.addEvents({makeEvent("RUS", "CUB", "042", "2018-01-15", 2.0f),
                     makeEvent("CUB", "RUS", "042", "2018-02-15", 1.0f),
                     makeEvent("CUB", "RUS", "173", "2018-02-16", -5.0f),
                     makeEvent("USA", "CUB", "112", "2018-01-16", -2.0f),
                     makeEvent("ZZZ", "ZZZ", "010", "2018-01-16", 0.0f)});
    std::vector<std::uint32_t> selection{0, 1, 2, 3}; // ZZZ not selected
    const PairMatrix matrix = aggregatePairs(store, selection);
    QCOMPARE(matrix.size(), 3);
    QCOMPARE(store.actorCode(matrix.actors[0]), std::string("CUB"));
    QCOMPARE(store.actorCode(matrix.actors[2]), std::string("USA"));
    const PairCell& cubRus = matrix.cell(0, 1);
    QCOMPARE(cubRus.count, 2u);
    QCOMPARE(cubRus.cooperation, 1u);
    QCOMPARE(cubRus.netGoldstein(), -4.0);
    QCOMPARE(cubRus.goldsteinTenths, std::int64_t(-40));
    QCOMPARE(cubRus.cooperationShare(), 0.5);
    QCOMPARE(matrix.cell(1, 0).count, 1u);
    QCOMPARE(matrix.cell(2, 0).count, 1u);
    QCOMPARE(matrix.cell(0, 2).count, 0u);
    QCOMPARE(matrix.maxCount, 2u);
    QCOMPARE(matrix.maxAbsGoldstein, 4.0);
    QCOMPARE(matrix.pairs.size(), std::size_t(2));
    QCOMPARE(store.actorCode(matrix.pairs[0].first), std::string("CUB"));
    QCOMPARE(store.actorCode(matrix.pairs[0].second), std::string("RUS"));
    QCOMPARE(matrix.pairs[0].totals.count, 3u);
    QCOMPARE(store.actorCode(matrix.pairs[1].first), std::string("CUB"));
    QCOMPARE(store.actorCode(matrix.pairs[1].second), std::string("USA"));
}

void TestStoreAggregation::parallelAggregationMatchesSerialCount() {
    EventStore store;
    std::mt19937 random(7);
    std::vector<DatasetRow> rows(300000);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].source = "A" + std::to_string(random() % 30);
        rows[i].target = "B" + std::to_string(random() % 20);
        rows[i].code = std::to_string(10 + random() % 11) + "0";
        rows[i].goldstein = float(int(random() % 21) - 10);
        if (random() % 10 != 0)
            rows[i].date = FuzzyDate::fromDayNumber(std::int32_t(random() % 20000));
        rows[i].row = std::uint32_t(i);
    }
    store.addDatasetRows("random", rows);
    const auto all = everything(store);
    TimelineOptions options;
    options.unit = BinUnit::Year;
    options.series = SeriesKind::Root;
    const Timeline timeline = aggregateTimeline(store, all, options);
    std::vector<std::uint32_t> perRoot(20, 0);
    std::uint32_t undated = 0;
    for (const std::uint32_t e : all) {
        if (store.precisions()[e] == DatePrecision::Unknown)
            ++undated;
        else
            ++perRoot[store.roots()[e] - 1];
    }
    for (int series = 0; series < 20; ++series) {
        std::uint32_t total = 0;
        for (int bin = 0; bin < timeline.binCount(); ++bin)
            total += timeline.count(bin, series);
        QCOMPARE(total, perRoot[std::size_t(series)]);
    }
    QCOMPARE(std::accumulate(timeline.undated.begin(), timeline.undated.end(), 0u), undated);
    const PairMatrix matrix = aggregatePairs(store, all);
    std::uint64_t cells = 0;
    for (const auto& cell : matrix.cells)
        cells += cell.count;
    QCOMPARE(cells, std::uint64_t(store.eventCount()));
}

QTEST_GUILESS_MAIN(TestStoreAggregation)
#include "TestStoreAggregation.moc"
