#include "models/DocumentModel.h"
#include "models/EventModel.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/PairMatrixModel.h"
#include "models/TimelineModel.h"
#include "tests/core/store/StoreFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace dyad;
using dyad::testing::addEvidence;
using dyad::testing::makeDocument;
using dyad::testing::makeEvent;

namespace {

/// A session whose four models have testers attached before anything is loaded.
struct Fixture {
    EventStore store;
    EventSession session{store};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;

    Fixture() {
        for (QAbstractItemModel* model : models())
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    std::vector<QAbstractItemModel*> models() const {
        return {session.eventModel(), session.documentModel(), session.pairMatrixModel(),
                session.timelineModel()};
    }

    /// Three documents and six events (one undated).
    void load() {
        const Document a = makeDocument("a", "Havana officials met Russian envoys in Moscow.");
        const Document b =
            makeDocument("b", "Washington sanctioned Cuban firms; Moscow protested.");
        const Document c = makeDocument("c", "Beijing and Moscow held talks.");
        session.appendDocuments({a, b, c}, {});
        std::vector<Event> events{makeEvent("CUB", "RUS", "042", "2018-03-01", 1.9f),
                                  makeEvent("RUS", "CUB", "051", "2019-07-15", 3.5f),
                                  makeEvent("USA", "CUB", "163", "2019-08", -4.0f),
                                  makeEvent("RUS", "USA", "111", "2019-08-20", -2.0f),
                                  makeEvent("CHN", "RUS", "040", "", 1.0f),
                                  makeEvent("CUB", "RUS", "043", "2021-05-05", 2.8f)};
        addEvidence(events[0], a, U"met");
        addEvidence(events[2], b, U"sanctioned");
        addEvidence(events[3], b, U"protested");
        addEvidence(events[4], c, U"talks");
        session.appendEvents(events);
    }
};

QStringList column(const QAbstractItemModel* model, int column, int role = Qt::DisplayRole) {
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data(role).toString();
    return values;
}

} // namespace

class TestEventSession : public QObject {
    Q_OBJECT

private slots:
    void filterChangeResetsEveryModelOnce_data();
    void filterChangeResetsEveryModelOnce();
    void appendInsertsMatchingRows();
    void mergedEventUpdatesItsRow();
    void mergeCanMakeAnEventMatch();
    void sortingResetsOnlyTheEventTable();
    void eventTableShowsEvidence();
    void timelineModelFeedsCharts();
    void pairMatrixUsesDisplayNames();
    void textSearchUsesDisplayNames();
};

void TestEventSession::filterChangeResetsEveryModelOnce_data() {
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("matrixActors");
    QTest::newRow("pair") << "CUB-RUS" << 3 << 2;
    QTest::newRow("directed") << "CUB>RUS" << 2 << 2;
    QTest::newRow("year, no undated") << "2019 undated=no" << 3 << 3;
    QTest::newRow("conflict") << "quad=3,4" << 2 << 3;
    QTest::newRow("document") << "doc=b" << 2 << 3;
    QTest::newRow("nothing") << "FRA" << 0 << 0;
}

void TestEventSession::filterChangeResetsEveryModelOnce() {
    QFETCH(QString, filter);
    QFETCH(int, events);
    QFETCH(int, matrixActors);
    Fixture f;
    f.load();
    QCOMPARE(f.session.eventModel()->rowCount(), 6);
    std::vector<std::unique_ptr<QSignalSpy>> resets;
    for (QAbstractItemModel* model : f.models())
        resets.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
    QSignalSpy selection(&f.session, &EventSession::selectionChanged);
    QVERIFY(f.session.filter()->setFilterText(filter));
    for (const auto& spy : resets)
        QCOMPARE(spy->count(), 1);
    QCOMPARE(selection.count(), 1);
    QCOMPARE(f.session.eventModel()->rowCount(), events);
    QCOMPARE(f.session.pairMatrixModel()->rowCount(), matrixActors);
    QCOMPARE(int(f.session.matching().size()), events);
    // Two more property changes through setSpec: still one reset each.
    FilterSpec spec = f.session.filter()->spec();
    spec.minSources = 3;
    spec.text = "anything";
    f.session.filter()->setSpec(spec);
    for (const auto& spy : resets)
        QCOMPARE(spy->count(), 2);
    QCOMPARE(f.session.eventModel()->rowCount(), 0);
}

void TestEventSession::appendInsertsMatchingRows() {
    Fixture f;
    f.load();
    f.session.filter()->setFilterText("CUB");
    QCOMPARE(f.session.eventModel()->rowCount(), 4);
    QSignalSpy resets(f.session.eventModel(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.session.eventModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy documentsInserted(f.session.documentModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy documentResets(f.session.documentModel(), &QAbstractItemModel::modelReset);
    const Document d = makeDocument("d", "Havana thanked Caracas.");
    f.session.appendDocuments({d}, {});
    QCOMPARE(documentsInserted.count(), 1);
    Event thanks = makeEvent("CUB", "VEN", "018", "2019-01-01", 3.4f);
    addEvidence(thanks, d, U"thanked");
    f.session.appendEvents({thanks, makeEvent("CHN", "USA", "036", "2019-02-02"),
                            makeEvent("VEN", "CUB", "057", "2030-01-01", 8.0f)});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(documentResets.count(), 0);
    QCOMPARE(inserted.count(), 2); // two places in date order
    QCOMPARE(f.session.eventModel()->rowCount(), 6);
    QCOMPARE(column(f.session.eventModel(), EventModel::Date),
             (QStringList{"2018-03-01", "2019-01-01", "2019-07-15", "2019-08", "2021-05-05",
                          "2030-01-01"}));
    QCOMPARE(f.session.documentModel()->rowCount(), 4);
    QCOMPARE(f.session.documentModel()->selectedEventCount(3), 1);
    QCOMPARE(f.session.timelineModel()->timeline().dated, 6u);
}

void TestEventSession::mergedEventUpdatesItsRow() {
    Fixture f;
    f.load();
    QSignalSpy changed(f.session.eventModel(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(f.session.eventModel(), &QAbstractItemModel::rowsInserted);
    const AppendResult result =
        f.session.appendEvents({makeEvent("CUB", "RUS", "046", "2018-03-01")});
    QCOMPARE(result.merged.size(), std::size_t(1));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const int row = changed.at(0).at(0).toModelIndex().row();
    QCOMPARE(f.session.eventModel()->index(row, EventModel::Sources).data().toInt(), 2);
    QCOMPARE(f.session.eventModel()->rowCount(), 6);
}

void TestEventSession::mergeCanMakeAnEventMatch() {
    Fixture f;
    f.load();
    f.session.filter()->setMinSources(2);
    QCOMPARE(f.session.eventModel()->rowCount(), 0);
    QSignalSpy inserted(f.session.eventModel(), &QAbstractItemModel::rowsInserted);
    f.session.appendEvents({makeEvent("RUS", "USA", "112", "2019-08-20")});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(f.session.eventModel()->rowCount(), 1);
    QCOMPARE(f.session.eventModel()->index(0, EventModel::Source).data().toString(),
             QString("RUS"));
}

void TestEventSession::sortingResetsOnlyTheEventTable() {
    Fixture f;
    f.load();
    std::vector<std::unique_ptr<QSignalSpy>> resets;
    for (QAbstractItemModel* model : f.models())
        resets.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
    f.session.eventModel()->sort(EventModel::Goldstein, Qt::DescendingOrder);
    QCOMPARE(resets[0]->count(), 1);
    for (std::size_t i = 1; i < resets.size(); ++i)
        QCOMPARE(resets[i]->count(), 0);
    QCOMPARE(column(f.session.eventModel(), EventModel::Goldstein),
             (QStringList{"3.5", "2.8", "1.9", "1", "-2", "-4"}));
    f.session.eventModel()->sort(EventModel::Source, Qt::AscendingOrder);
    QCOMPARE(column(f.session.eventModel(), EventModel::Source),
             (QStringList{"CHN", "CUB", "CUB", "RUS", "RUS", "USA"}));
    // Appending keeps the current sort.
    f.session.appendEvents({makeEvent("BRA", "CUB", "042", "2019-01-01")});
    QCOMPARE(f.session.eventModel()->index(0, EventModel::Source).data().toString(),
             QString("BRA"));
}

void TestEventSession::eventTableShowsEvidence() {
    Fixture f;
    f.load();
    const EventModel* model = f.session.eventModel();
    QCOMPARE(model->columnCount(), int(EventModel::ColumnCount));
    QCOMPARE(model->headerData(EventModel::Evidence, Qt::Horizontal).toString(),
             QString("Evidence"));
    const int first = 0; // sorted by date: the 2018 meeting
    QCOMPARE(model->index(first, EventModel::Evidence).data().toString(),
             QString("Havana officials met Russian envoys in Moscow."));
    QCOMPARE(model->index(first, EventModel::Type).data().toString(), QString("042"));
    QCOMPARE(model->index(first, EventModel::Date).data(EventModel::DocumentIdRole).toString(),
             QString("a"));
    const int last = model->rowCount() - 1; // undated last
    QCOMPARE(model->index(last, EventModel::Date).data().toString(), QString("undated"));
    QVERIFY(!model->index(last, EventModel::Date).data(EventModel::SortRole).isValid());
    QCOMPARE(model->index(last, EventModel::Date).data(EventModel::QuadClassRole).toInt(), 1);
}

void TestEventSession::timelineModelFeedsCharts() {
    Fixture f;
    f.load();
    TimelineModel* timeline = f.session.timelineModel();
    timeline->setBinUnit(BinUnit::Year);
    QCOMPARE(timeline->rowCount(), 4); // 2018 .. 2021
    QCOMPARE(timeline->columnCount(), TimelineModel::ColumnCount + 4);
    QCOMPARE(timeline->headerData(TimelineModel::seriesColumn(0), Qt::Horizontal).toString(),
             QString("Verbal cooperation"));
    QCOMPARE(timeline->index(1, TimelineModel::Label).data().toString(), QString("2019"));
    QCOMPARE(timeline->index(1, TimelineModel::Total).data().toInt(), 3);
    QCOMPARE(timeline->index(1, TimelineModel::seriesColumn(0)).data().toInt(), 1);
    QCOMPARE(timeline->index(1, TimelineModel::seriesColumn(2)).data().toInt(), 1);
    QCOMPARE(timeline->index(1, TimelineModel::seriesColumn(3)).data().toInt(), 1);
    QCOMPARE(timeline->index(1, TimelineModel::NetGoldstein).data().toDouble(), -2.5);
    QCOMPARE(timeline->index(2, TimelineModel::Total).data().toInt(), 0);
    QCOMPARE(timeline->index(1, 0).data(TimelineModel::BinStartRole).toDate(), QDate(2019, 1, 1));
    QCOMPARE(timeline->firstDate(), QDate(2018, 1, 1));
    QCOMPARE(timeline->lastDate(), QDate(2021, 12, 31));
    QCOMPARE(timeline->maxBinTotal(), 3);
    QCOMPARE(timeline->undatedCount(), 1);
    QSignalSpy reset(timeline, &QAbstractItemModel::modelReset);
    timeline->setSeriesKind(SeriesKind::Root);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(timeline->columnCount(), TimelineModel::ColumnCount + 20);
    QCOMPARE(timeline->headerData(TimelineModel::seriesColumn(3), Qt::Horizontal).toString(),
             QString("04 Consult"));
    timeline->setSeriesKind(SeriesKind::Pair);
    QCOMPARE(timeline
                 ->headerData(TimelineModel::seriesColumn(0), Qt::Horizontal,
                              TimelineModel::SeriesKeyRole)
                 .toString(),
             QString("CUB-RUS"));
}

void TestEventSession::pairMatrixUsesDisplayNames() {
    Fixture f;
    f.load();
    f.session.setActorNameProvider(
        [](const QString& code) { return code == "CUB" ? QString("Cuba") : QString(); });
    const PairMatrixModel* matrix = f.session.pairMatrixModel();
    QCOMPARE(matrix->rowCount(), 4); // CHN CUB RUS USA
    const int cub = matrix->actorPosition("CUB");
    const int rus = matrix->actorPosition("RUS");
    QCOMPARE(cub, 1);
    QCOMPARE(matrix->headerData(cub, Qt::Horizontal).toString(), QString("Cuba"));
    QCOMPARE(matrix->headerData(rus, Qt::Vertical).toString(), QString("RUS"));
    QCOMPARE(matrix->index(cub, rus).data().toInt(), 2);
    QCOMPARE(matrix->index(cub, rus).data(PairMatrixModel::NetGoldsteinRole).toDouble(), 4.7);
    QCOMPARE(matrix->index(rus, cub).data(PairMatrixModel::CooperationShareRole).toDouble(), 1.0);
    QCOMPARE(matrix->maxCount(), 2);
    QCOMPARE(matrix->topPairs(1), QStringList{"CUB-RUS"});
    QCOMPARE(f.session.eventModel()->index(0, EventModel::Source).data().toString(),
             QString("Cuba"));
}

void TestEventSession::textSearchUsesDisplayNames() {
    Fixture f;
    f.load();
    f.session.filter()->setText("china");
    QCOMPARE(f.session.eventModel()->rowCount(), 0);
    f.session.setActorNameProvider(
        [](const QString& code) { return code == "CHN" ? QString("China") : QString(); });
    QCOMPARE(f.session.eventModel()->rowCount(), 1);
    f.session.filter()->setText("SANCTION");
    QCOMPARE(f.session.eventModel()->rowCount(), 1);
    QCOMPARE(f.session.eventModel()->index(0, EventModel::Source).data().toString(),
             QString("USA"));
}

QTEST_GUILESS_MAIN(TestEventSession)
#include "TestEventSession.moc"
