#include "core/extract/EventMerger.h"

#include <QTest>

using namespace dyad;

namespace {

Event make(const char* source, const char* target, const char* code, FuzzyDate date,
           const char* document, int sentenceStart) {
    Event e;
    e.source = source;
    e.target = target;
    e.code = code;
    e.root = std::string(code).substr(0, 2);
    e.date = date;
    e.documents = {document};
    Evidence evidence;
    evidence.document = document;
    evidence.sentence = {sentenceStart, sentenceStart + 10};
    e.evidence = {evidence};
    return e;
}

} // namespace

class TestEventMerger : public QObject {
    Q_OBJECT

private slots:
    void merging_data();
    void merging();
    void keepsEvidenceAndMoney();
};

void TestEventMerger::merging_data() {
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("sourcesOfFirst");
    QTest::addColumn<bool>("sameDate");
    QTest::addColumn<bool>("sameDocument");
    QTest::addColumn<bool>("dated");
    QTest::addColumn<QString>("secondCode");

    QTest::newRow("same key, two documents") << 1 << 2 << true << false << true << "043";
    QTest::newRow("same key, one document") << 1 << 1 << true << true << true << "042";
    QTest::newRow("other root") << 2 << 1 << true << false << true << "057";
    QTest::newRow("other date") << 2 << 1 << false << false << true << "042";
    QTest::newRow("undated, one document") << 1 << 1 << true << true << false << "042";
    QTest::newRow("undated, two documents") << 2 << 1 << true << false << false << "042";
}

void TestEventMerger::merging() {
    QFETCH(int, expected);
    QFETCH(int, sourcesOfFirst);
    QFETCH(bool, sameDate);
    QFETCH(bool, sameDocument);
    QFETCH(bool, dated);
    QFETCH(QString, secondCode);

    const FuzzyDate d1 = dated ? FuzzyDate::ofDay(2019, 4, 2) : FuzzyDate();
    const FuzzyDate d2 = sameDate ? d1 : FuzzyDate::ofDay(2019, 4, 3);
    std::vector<Event> events{
        make("ARG", "CHL", "042", d1, "a", 0),
        make("ARG", "CHL", secondCode.toLatin1().constData(), d2, sameDocument ? "a" : "b", 50)};
    EventMerger::merge(events);
    QCOMPARE(int(events.size()), expected);
    QCOMPARE(int(events[0].documents.size()), sourcesOfFirst);
    QCOMPARE(QString::fromStdString(events[0].code), QString("042"));
}

void TestEventMerger::keepsEvidenceAndMoney() {
    const FuzzyDate d = FuzzyDate::ofMonth(2021, 6);
    std::vector<Event> events{make("JPN", "IND", "071", d, "a", 0),
                              make("JPN", "IND", "070", d, "a", 0),
                              make("JPN", "IND", "073", d, "a", 40)};
    events[2].money = MoneyAmount{3e9, "USD", {41, 45}};
    EventMerger::merge(events);
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events[0].evidence.size(), std::size_t(2)); // the repeated sentence counts once
    QVERIFY(events[0].money.has_value());
    QCOMPARE(events[0].money->value, 3e9);
}

QTEST_GUILESS_MAIN(TestEventMerger)
#include "TestEventMerger.moc"
