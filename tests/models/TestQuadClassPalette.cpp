#include "models/QuadClassPalette.h"

#include <QTest>

using dyad::QuadClassPalette;

class TestQuadClassPalette : public QObject {
    Q_OBJECT

private slots:
    void quadClassesAreDistinct();
    void divergingIsCentredOnZero();
    void sequentialDarkensWithValue();
};

void TestQuadClassPalette::quadClassesAreDistinct() {
    QSet<QRgb> seen;
    for (int q = 1; q <= 4; ++q)
        seen.insert(QuadClassPalette::color(q).rgb());
    QCOMPARE(seen.size(), 4);
    QCOMPARE(QuadClassPalette::color(0), QuadClassPalette::color(9));
}

void TestQuadClassPalette::divergingIsCentredOnZero() {
    const QColor zero = QuadClassPalette::diverging(0.0, 10.0);
    QVERIFY(qAbs(zero.red() - zero.blue()) < 8); // neutral
    const QColor coop = QuadClassPalette::diverging(10.0, 10.0);
    const QColor conflict = QuadClassPalette::diverging(-10.0, 10.0);
    QVERIFY(coop.blue() > coop.red());
    QVERIFY(conflict.red() > conflict.blue());
    QCOMPARE(QuadClassPalette::diverging(50.0, 10.0), coop); // clamped
    QCOMPARE(QuadClassPalette::diverging(1.0, 0.0), zero);   // empty range is neutral
}

void TestQuadClassPalette::sequentialDarkensWithValue() {
    QVERIFY(QuadClassPalette::sequential(10, 10).lightness() <
            QuadClassPalette::sequential(1, 10).lightness());
    QVERIFY(QuadClassPalette::sequential(1, 10).lightness() <
            QuadClassPalette::sequential(0, 10).lightness());
}

QTEST_GUILESS_MAIN(TestQuadClassPalette)
#include "TestQuadClassPalette.moc"
