#include "core/util/FuzzyDate.h"

#include <QTest>

using dyad::DatePrecision;
using dyad::FuzzyDate;

class TestFuzzyDate : public QObject {
    Q_OBJECT

private slots:
    void isoRoundTrip_data();
    void isoRoundTrip();
    void invalidDatesAreUnknown_data();
    void invalidDatesAreUnknown();
    void calendar();
    void truncation();
};

void TestFuzzyDate::isoRoundTrip_data() {
    QTest::addColumn<QString>("iso");
    QTest::addColumn<int>("precision");
    QTest::newRow("day") << "2018-11-02" << int(DatePrecision::Day);
    QTest::newRow("leap day") << "2024-02-29" << int(DatePrecision::Day);
    QTest::newRow("month") << "1991-12" << int(DatePrecision::Month);
    QTest::newRow("year") << "1979" << int(DatePrecision::Year);
    QTest::newRow("before the epoch") << "1959-01-01" << int(DatePrecision::Day);
}

void TestFuzzyDate::isoRoundTrip() {
    QFETCH(QString, iso);
    QFETCH(int, precision);
    const auto date = FuzzyDate::fromIso(iso.toStdString());
    QVERIFY(date.has_value());
    QCOMPARE(int(date->precision), precision);
    QCOMPARE(QString::fromStdString(date->toIso()), iso);
}

void TestFuzzyDate::invalidDatesAreUnknown_data() {
    QTest::addColumn<QString>("iso");
    QTest::newRow("not a leap year") << "2023-02-29";
    QTest::newRow("month 13") << "2023-13";
    QTest::newRow("day 31 of April") << "2023-04-31";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("empty") << "";
    QTest::newRow("trailing text") << "2023-01-01x";
}

void TestFuzzyDate::invalidDatesAreUnknown() {
    QFETCH(QString, iso);
    QVERIFY(!FuzzyDate::fromIso(iso.toStdString()).has_value());
}

void TestFuzzyDate::calendar() {
    const FuzzyDate friday = FuzzyDate::ofDay(2018, 11, 2);
    QCOMPARE(friday.dayOfWeek(), 5);
    QCOMPARE(friday.plusDays(-1).toIso(), std::string("2018-11-01"));
    QCOMPARE(friday.plusDays(30).toIso(), std::string("2018-12-02"));
    QCOMPARE(FuzzyDate::ofDay(1970, 1, 1).day, 0);
    QVERIFY(FuzzyDate::ofYear(2018).day < FuzzyDate::ofMonth(2018, 2).day);
    QCOMPARE(FuzzyDate::ofMonth(2018, 2).plusDays(3), FuzzyDate::ofMonth(2018, 2));
}

void TestFuzzyDate::truncation() {
    const FuzzyDate day = FuzzyDate::ofDay(2024, 2, 19);
    QCOMPARE(day.truncated(DatePrecision::Month).toIso(), std::string("2024-02"));
    QCOMPARE(day.truncated(DatePrecision::Year).toIso(), std::string("2024"));
    QCOMPARE(FuzzyDate::ofYear(2024).truncated(DatePrecision::Day).toIso(), std::string("2024"));
    QVERIFY(!day.truncated(DatePrecision::Unknown).isKnown());
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "TestFuzzyDate.moc"
