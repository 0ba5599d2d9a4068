#include "models/EntityHighlightModel.h"
#include "tests/core/store/StoreFixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dyad;
using dyad::testing::makeDocument;

class TestEntityHighlightModel : public QObject {
    Q_OBJECT

private slots:
    void convertsCodePointsToQStringPositions_data();
    void convertsCodePointsToQStringPositions();
    void switchesDocumentsWithOneReset();
};

void TestEntityHighlightModel::convertsCodePointsToQStringPositions_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entity");
    QTest::newRow("plain") << "Nairobi hosted envoys from Addis Ababa."
                           << "Addis Ababa";
    QTest::newRow("accented") << "São Tomé welcomed Luanda's minister."
                              << "Luanda";
    QTest::newRow("after one astral") << "\U0001F1F5\U0001F1ED Manila protested to Beijing."
                                      << "Beijing";
    QTest::newRow("astral inside entity") << "Talks in \U0001D4AEeoul ended."
                                          << "\U0001D4AEeoul";
    QTest::newRow("many astral") << QString("\U0001F30D").repeated(100) + " Hanoi"
                                 << "Hanoi";
}

void TestEntityHighlightModel::convertsCodePointsToQStringPositions() {
    QFETCH(QString, text);
    QFETCH(QString, entity);
    EventStore store;
    EntityHighlightModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const std::u32string codePoints = fromUtf8(text.toStdString());
    const auto start = static_cast<std::int32_t>(codePoints.find(fromUtf8(entity.toStdString())));
    QVERIFY(start >= 0);
    const auto end = start + static_cast<std::int32_t>(fromUtf8(entity.toStdString()).size());
    QVERIFY(store.addDocument(
        makeDocument("doc", text.toStdString()),
        {{{0, 1}, EntityKind::Place, ""}, {{start, end}, EntityKind::Place, "XYZ"}}));
    QVERIFY(model.setDocumentId("doc"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.documentText(), text);
    QCOMPARE(model.documentLength(), int(text.size()));
    const QModelIndex row = model.index(1, EntityHighlightModel::Text);
    const int utf16Start = row.data(EntityHighlightModel::StartRole).toInt();
    const int utf16End = row.data(EntityHighlightModel::EndRole).toInt();
    QCOMPARE(text.mid(utf16Start, utf16End - utf16Start), entity);
    QCOMPARE(row.data().toString(), entity);
    QCOMPARE(model.index(1, EntityHighlightModel::Start).data().toInt(), utf16Start);
    QCOMPARE(model.index(1, EntityHighlightModel::Actor).data().toString(), QString("XYZ"));
    QCOMPARE(model.index(1, EntityHighlightModel::Kind).data().toString(), QString("place"));
    QCOMPARE(model.index(0, EntityHighlightModel::Actor).data().toString(), QString());
}

void TestEntityHighlightModel::switchesDocumentsWithOneReset() {
    EventStore store;
    EntityHighlightModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.addDocument(makeDocument("one", "Rome and Paris."),
                      {{{0, 4}, EntityKind::Place, "ITA"}, {{9, 14}, EntityKind::Place, "FRA"}});
    store.addDocument(makeDocument("two", "Lisbon."), {{{0, 6}, EntityKind::Place, "PRT"}});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setDocument(0);
    QCOMPARE(model.rowCount(), 2);
    model.setActorNameProvider([](const QString& code) { return code == "FRA" ? "France" : ""; });
    QCOMPARE(model.index(1, EntityHighlightModel::Actor).data().toString(), QString("France"));
    QVERIFY(model.setDocumentId("two"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.setDocumentId("three"));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.documentText(), QString());
    QCOMPARE(reset.count(), 3);
}

QTEST_GUILESS_MAIN(TestEntityHighlightModel)
#include "TestEntityHighlightModel.moc"
