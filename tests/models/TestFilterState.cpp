#include "models/FilterState.h"

#include <QSignalSpy>
#include <QTest>

using dyad::FilterSpec;
using dyad::FilterState;

class TestFilterState : public QObject {
    Q_OBJECT

private slots:
    void propertySetterNotifiesOnce_data();
    void propertySetterNotifiesOnce();
    void sameValueIsSilent();
    void wholeSpecEmitsChangedOnce();
    void textFormRoundTrips_data();
    void textFormRoundTrips();
    void badTextKeepsFilter();
};

void TestFilterState::propertySetterNotifiesOnce_data() {
    QTest::addColumn<QByteArray>("property");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("actorA") << QByteArray("actorA") << QVariant(QString("CUB"));
    QTest::newRow("actorB") << QByteArray("actorB") << QVariant(QString("RUS"));
    QTest::newRow("directed") << QByteArray("directed") << QVariant(true);
    QTest::newRow("fromYear") << QByteArray("fromYear") << QVariant(2018);
    QTest::newRow("toYear") << QByteArray("toYear") << QVariant(2024);
    QTest::newRow("includeUndated") << QByteArray("includeUndated") << QVariant(false);
    QTest::newRow("roots") << QByteArray("roots") << QVariant::fromValue(QList<int>{5, 4});
    QTest::newRow("quadClasses") << QByteArray("quadClasses") << QVariant::fromValue(QList<int>{1});
    QTest::newRow("minSources") << QByteArray("minSources") << QVariant(2);
    QTest::newRow("document") << QByteArray("document") << QVariant(QString("doc-7"));
    QTest::newRow("text") << QByteArray("text") << QVariant(QString("summit"));
}

void TestFilterState::propertySetterNotifiesOnce() {
    QFETCH(QByteArray, property);
    QFETCH(QVariant, value);
    FilterState filter;
    const QMetaProperty meta =
        filter.metaObject()->property(filter.metaObject()->indexOfProperty(property.constData()));
    QVERIFY(meta.isValid());
    QVERIFY(meta.hasNotifySignal());
    QSignalSpy notify(&filter, meta.notifySignal());
    QSignalSpy changed(&filter, &FilterState::changed);
    QVERIFY(filter.setProperty(property.constData(), value));
    QCOMPARE(notify.count(), 1);
    QCOMPARE(changed.count(), 1);
    // Every property shows in the text form, except a direction without actors.
    QCOMPARE(filter.toFilterText().isEmpty(), property == "directed");
}

void TestFilterState::sameValueIsSilent() {
    FilterState filter;
    filter.setActorA("CUB");
    QSignalSpy changed(&filter, &FilterState::changed);
    filter.setActorA("cub"); // codes are upper-cased
    filter.setMinSources(1);
    filter.setRoots({});
    QCOMPARE(changed.count(), 0);
}

void TestFilterState::wholeSpecEmitsChangedOnce() {
    FilterState filter;
    QSignalSpy changed(&filter, &FilterState::changed);
    QSignalSpy actorA(&filter, &FilterState::actorAChanged);
    QSignalSpy years(&filter, &FilterState::fromYearChanged);
    QSignalSpy text(&filter, &FilterState::textChanged);
    QVERIFY(filter.setFilterText("CUB-RUS 2018..2024 roots=04,05 min-sources=2"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(actorA.count(), 1);
    QCOMPARE(years.count(), 1);
    QCOMPARE(text.count(), 0);
    QCOMPARE(filter.roots(), (QList<int>{4, 5}));
    QCOMPARE(filter.minSources(), 2);
    filter.clear();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(filter.toFilterText(), QString());
}

void TestFilterState::textFormRoundTrips_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("pair and years") << "CUB-RUS 2018..2024";
    QTest::newRow("directed, open years") << "USA>CHN ..2001 quad=3,4";
    QTest::newRow("everything") << "*>VEN 2019 roots=01,20 quad=2 min-sources=5 undated=no "
                                   "doc=\"a b\" text=\"oil \\\"deal\\\"\"";
}

void TestFilterState::textFormRoundTrips() {
    QFETCH(QString, text);
    FilterState filter;
    QString error;
    QVERIFY2(filter.setFilterText(text, &error), qPrintable(error));
    QCOMPARE(filter.toFilterText(), text);
    FilterState copy;
    QVERIFY(copy.setFilterText(filter.toFilterText()));
    QVERIFY(copy.spec() == filter.spec());
}

void TestFilterState::badTextKeepsFilter() {
    FilterState filter;
    QVERIFY(filter.setFilterText("CUB 2019"));
    QSignalSpy changed(&filter, &FilterState::changed);
    QString error;
    QVERIFY(!filter.setFilterText("RUS quad=9", &error));
    QVERIFY2(error.contains("quad=9"), qPrintable(error));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(filter.toFilterText(), QString("CUB 2019"));
}

QTEST_GUILESS_MAIN(TestFilterState)
#include "TestFilterState.moc"
