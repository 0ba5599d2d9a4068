#include "core/util/Utf.h"

#include <QTest>

class TestUtf : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void invalidBytesBecomeReplacementCharacters();
};

void TestUtf::roundTrip_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << "Moscow";
    QTest::newRow("latin") << "Díaz-Canel, Rodríguez";
    QTest::newRow("cyrillic") << "Министр иностранных дел";
    QTest::newRow("astral") << QString::fromUtf8("flag \xF0\x9F\x87\xA8\xF0\x9F\x87\xBA");
}

void TestUtf::roundTrip() {
    QFETCH(QString, text);
    const std::string utf8 = text.toStdString();
    std::size_t invalid = 99;
    const std::u32string points = dyad::fromUtf8(utf8, &invalid);
    QCOMPARE(invalid, std::size_t(0));
    QCOMPARE(points.size(), std::size_t(text.toUcs4().size()));
    QCOMPARE(dyad::toUtf8(points), utf8);
}

void TestUtf::invalidBytesBecomeReplacementCharacters() {
    std::size_t invalid = 0;
    const std::u32string points = dyad::fromUtf8("a\xFF"
                                                 "b\xC3",
                                                 &invalid);
    QCOMPARE(invalid, std::size_t(2));
    QCOMPARE(points, std::u32string(U"a\uFFFDb\uFFFD"));
}

QTEST_GUILESS_MAIN(TestUtf)
#include "TestUtf.moc"
