#include "StoreFixtures.h"

#include "core/store/DocumentText.h"
#include "core/store/EventStore.h"

#include <QTest>

using namespace dyad;
using dyad::testing::addEvidence;
using dyad::testing::makeDocument;
using dyad::testing::makeEvent;

class TestEventStore : public QObject {
    Q_OBJECT

private slots:
    void internsActorsAndCodes();
    void mergesSameKeyAcrossBatches_data();
    void mergesSameKeyAcrossBatches();
    void keepsArticleEvidenceCompactly();
    void keepsDatasetRowReferences();
    void refusesBadInputWithMessages_data();
    void refusesBadInputWithMessages();
    void derivesQuadClassFromRoot();
    void documentTextSlicesAndCountsUtf16_data();
    void documentTextSlicesAndCountsUtf16();
    void storesMentionsOfDocuments();
    void staysWithinMemoryBudget();
};

void TestEventStore::internsActorsAndCodes() {
    EventStore store;
    const auto result = store.addEvents({makeEvent("CUB", "RUS", "042", "2019-01-02"),
                                         makeEvent("RUS", "CUB", "043", "2019-01-03"),
                                         makeEvent("CUB", "USA", "042", "2019-01-04")});
    QVERIFY(result.warnings.empty());
    QCOMPARE(store.eventCount(), 3u);
    QCOMPARE(store.actors().size(), std::size_t(3));
    QCOMPARE(store.sourceActors()[0], store.targetActors()[1]);
    QCOMPARE(store.actorCode(store.sourceActors()[2]), std::string("CUB"));
    QCOMPARE(store.cameoCodes().size(), std::size_t(2));
    QCOMPARE(store.cameoCode(2), std::string("042"));
    QCOMPARE(int(store.roots()[1]), 4);
    const auto& ranks = store.actorRanks();
    QVERIFY(ranks[store.findActor("CUB")] < ranks[store.findActor("RUS")]);
    QVERIFY(ranks[store.findActor("RUS")] < ranks[store.findActor("USA")]);
    QCOMPARE(store.findActor("FRA"), EventStore::kNoActor);
}

void TestEventStore::mergesSameKeyAcrossBatches_data() {
    QTest::addColumn<QString>("firstDate");
    QTest::addColumn<QString>("secondDate");
    QTest::addColumn<QString>("secondCode");
    QTest::addColumn<bool>("merged");
    QTest::newRow("same day, same root") << "2020-05-06"
                                         << "2020-05-06"
                                         << "042" << true;
    QTest::newRow("same root, other code") << "2020-05-06"
                                           << "2020-05-06"
                                           << "043" << true;
    QTest::newRow("other day") << "2020-05-06"
                               << "2020-05-07"
                               << "042" << false;
    QTest::newRow("other root") << "2020-05-06"
                                << "2020-05-06"
                                << "051" << false;
    QTest::newRow("same month precision") << "2020-05"
                                          << "2020-05"
                                          << "042" << true;
    QTest::newRow("month vs day precision") << "2020-05"
                                            << "2020-05-01"
                                            << "042" << false;
    QTest::newRow("undated never merged") << ""
                                          << ""
                                          << "042" << false;
}

void TestEventStore::mergesSameKeyAcrossBatches() {
    QFETCH(QString, firstDate);
    QFETCH(QString, secondDate);
    QFETCH(QString, secondCode);
    QFETCH(bool, merged);
    EventStore store;
    const Document one = makeDocument("one", "Havana and Moscow signed a deal.");
    const Document two = makeDocument("two", "Cuba signed with Russia again.");
    store.addDocuments({one, two}, {});
    Event first = makeEvent("CUB", "RUS", "042", firstDate.toStdString());
    addEvidence(first, one, U"signed");
    Event second = makeEvent("CUB", "RUS", secondCode.toStdString(), secondDate.toStdString());
    addEvidence(second, two, U"signed");
    store.addEvents({first});
    const AppendResult result = store.addEvents({second});
    QVERIFY(result.warnings.empty());
    QCOMPARE(store.eventCount(), merged ? 1u : 2u);
    QCOMPARE(result.merged.size(), merged ? std::size_t(1) : std::size_t(0));
    QCOMPARE(result.firstNew, 1u);
    QCOMPARE(int(store.sourceCounts()[0]), merged ? 2 : 1);
    int pieces = 0;
    for (EvidenceRef ref = store.evidenceRefs()[0]; ref != kNoEvidence;
         ref = store.evidence().next(ref))
        ++pieces;
    QCOMPARE(pieces, merged ? 2 : 1);
}

void TestEventStore::keepsArticleEvidenceCompactly() {
    EventStore store;
    const Document document = makeDocument("doc-a", "Officials said Minsk Condemned the strike.");
    QVERIFY(store.addDocument(document, {}));
    Event event = makeEvent("BLR", "UKR", "111", "2021-02-03", -2.0f);
    addEvidence(event, document, U"Condemned");
    event.evidence[0].sourceSpan = {15, 20};
    event.evidence[0].triggerText.clear(); // the store reads it from the text
    QVERIFY(store.addEvents({event}).warnings.empty());
    const EvidenceRef ref = store.evidenceRefs()[0];
    QVERIFY(!EvidenceTable::isDataset(ref));
    const ArticleEvidence evidence = store.evidence().article(ref);
    QCOMPARE(evidence.document, 0u);
    QVERIFY(evidence.sentence == event.evidence[0].sentence);
    QVERIFY(evidence.trigger == event.evidence[0].trigger);
    QVERIFY((evidence.sourceSpan == TextSpan{15, 20}));
    QVERIFY(evidence.targetSpan.isEmpty());
    QCOMPARE(store.triggerWords().text(evidence.triggerWord), std::string("condemned"));
    QCOMPARE(std::string(store.documents().at(0).text.slice(evidence.trigger)),
             std::string("Condemned"));
}

void TestEventStore::keepsDatasetRowReferences() {
    EventStore store;
    DatasetRow row;
    row.source = "USA";
    row.target = "CHN";
    row.code = "0871";
    row.quadClass = 2;
    row.goldstein = 7.0f;
    row.date = FuzzyDate::ofDay(2015, 6, 7);
    row.sources = 4;
    row.row = 1234;
    const auto result = store.addDatasetRows("gdelt-sample", {row, row});
    QVERIFY(result.warnings.empty());
    QCOMPARE(store.eventCount(), 1u); // the second row merges into the first
    QCOMPARE(int(store.sourceCounts()[0]), 8);
    QCOMPARE(int(store.roots()[0]), 8);
    const EvidenceRef ref = store.evidenceRefs()[0];
    QVERIFY(EvidenceTable::isDataset(ref));
    QCOMPARE(store.datasets().text(store.evidence().dataset(ref).dataset),
             std::string("gdelt-sample"));
    QCOMPARE(store.evidence().dataset(ref).row, 1234u);
    QVERIFY(store.evidence().next(ref) != kNoEvidence);
}

void TestEventStore::refusesBadInputWithMessages_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("code");
    QTest::addColumn<float>("goldstein");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty actor") << ""
                                 << "042" << 1.0f << "invalid actor code";
    QTest::newRow("letters in code") << "CUB"
                                     << "04a" << 1.0f << "invalid CAMEO code";
    QTest::newRow("root out of range") << "CUB"
                                       << "250" << 1.0f << "invalid CAMEO root";
    QTest::newRow("goldstein out of range") << "CUB"
                                            << "042" << 11.0f << "Goldstein";
}

void TestEventStore::refusesBadInputWithMessages() {
    QFETCH(QString, source);
    QFETCH(QString, code);
    QFETCH(float, goldstein);
    QFETCH(QString, expected);
    EventStore store;
    Event event = makeEvent(source.toStdString(), "RUS", code.toStdString(), "2019", goldstein);
    event.root.clear();
    const auto result = store.addEvents({event, makeEvent("CUB", "RUS", "042", "2019")});
    QCOMPARE(store.eventCount(), 1u);
    QCOMPARE(result.warnings.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(result.warnings[0]).contains(expected),
             result.warnings[0].c_str());
    QVERIFY(QString::fromStdString(result.warnings[0]).startsWith("event 1"));
}

void TestEventStore::derivesQuadClassFromRoot() {
    EventStore store;
    store.addEvents({makeEvent("A1", "B1", "051", ""), makeEvent("A1", "B1", "073", ""),
                     makeEvent("A1", "B1", "112", ""), makeEvent("A1", "B1", "190", ""),
                     makeEvent("A1", "B1", "190", "", -10.0f, 3)});
    const std::vector<std::uint8_t> expected{1, 2, 3, 4, 3};
    QCOMPARE(store.quadClasses(), expected);
}

void TestEventStore::documentTextSlicesAndCountsUtf16_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("slice");
    QTest::addColumn<int>("utf16Start");
    QTest::newRow("ascii") << "Quito and Lima" << 10 << 14 << "Lima" << 10;
    QTest::newRow("accents") << "Bogotá y Brasília" << 9 << 17 << "Brasília" << 9;
    QTest::newRow("after astral") << "\U0001F600 Accra" << 2 << 7 << "Accra" << 3;
    QTest::newRow("two astral") << "\U0001F600\U0001F30D Oslo" << 3 << 7 << "Oslo" << 5;
    const QString longText = QString("x").repeated(200) + "\U0001F600" + "Riga";
    QTest::newRow("past a checkpoint") << longText << 201 << 205 << "Riga" << 202;
}

void TestEventStore::documentTextSlicesAndCountsUtf16() {
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, slice);
    QFETCH(int, utf16Start);
    const DocumentText stored(fromUtf8(text.toStdString()));
    QCOMPARE(QString::fromStdString(std::string(stored.slice({start, end}))), slice);
    QCOMPARE(stored.utf16Offset(start), utf16Start);
    QCOMPARE(stored.utf16Offset(stored.codePointCount()), int(text.size()));
    QCOMPARE(QString::fromStdString(std::string(stored.slice({end, 100000}))),
             text.mid(utf16Start + slice.size()));
}

void TestEventStore::storesMentionsOfDocuments() {
    EventStore store;
    const Document document = makeDocument("m", "Delhi spoke to Dhaka.");
    std::vector<EntityMention> mentions{{{15, 20}, EntityKind::Place, "BGD"},
                                        {{0, 5}, EntityKind::Place, "IND"}};
    std::vector<std::string> warnings;
    QVERIFY(store.addDocument(document, mentions, &warnings));
    QVERIFY(!store.addDocument(document, mentions, &warnings));
    QCOMPARE(warnings.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(warnings[0]).contains("already loaded"));
    const auto& stored = store.documents().at(0).mentions;
    QCOMPARE(stored.size(), std::size_t(2));
    QCOMPARE(stored[0].span.start, 0); // sorted by position
    QCOMPARE(store.actorCode(stored[0].actor), std::string("IND"));
    QCOMPARE(store.documents().find("m"), 0u);
}

void TestEventStore::staysWithinMemoryBudget() {
    EventStore store;
    std::vector<DatasetRow> rows(50000);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].source = "S" + std::to_string(i % 50);
        rows[i].target = "T" + std::to_string(i % 37);
        rows[i].code = "0" + std::to_string(1 + i % 9);
        rows[i].date = FuzzyDate::fromDayNumber(static_cast<std::int32_t>(i));
        rows[i].row = static_cast<std::uint32_t>(i);
    }
    store.addDatasetRows("synthetic", rows);
    QCOMPARE(store.eventCount(), 50000u);
    const double perEvent =
        double(store.eventColumnBytes() + store.dedupIndexBytes() + store.evidenceBytes()) /
        store.eventCount();
    QVERIFY2(perEvent <= 48.0, qPrintable(QString::number(perEvent)));
}

QTEST_GUILESS_MAIN(TestEventStore)
#include "TestEventStore.moc"
