// The source panel's colours stay legible on light and dark palettes: every highlight keeps a
// WCAG contrast of at least 4.5:1 with the palette's text colour, and the greyed furniture
// stays readable (3:1) yet fainter than the text.
#include "app/ColourScheme.h"
#include "models/EntityHighlightModel.h"
#include "widgets/EntityColours.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

#include <cmath>

using namespace dyad;

namespace {

double luminance(const QColor& colour) {
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestEntityColours : public QObject {
    Q_OBJECT

private slots:
    void legible_data();
    void legible();
    void kindsDiffer();
};

void TestEntityColours::legible_data() {
    QTest::addColumn<QString>("scheme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestEntityColours::legible() {
    QFETCH(QString, scheme);
    ColourScheme::apply(scheme);
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Base).lightnessF() < 0.5, scheme == QLatin1String("dark"));
    const QColor text = palette.color(QPalette::Text);
    for (int k = 0; k < EntityColours::kindCount; ++k) {
        const EntityKind kind = EntityColours::kindAt(k);
        const double ratio = contrast(text, EntityColours::background(kind, palette));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                              .arg(EntityHighlightModel::kindName(kind), scheme)
                                              .arg(ratio)));
    }
    QVERIFY(contrast(text, EntityColours::sentence(palette)) >= 4.5);
    const QColor base = palette.color(QPalette::Base);
    const double furniture = contrast(EntityColours::furniture(palette), base);
    QVERIFY2(furniture >= 3.0, qPrintable(QString::number(furniture)));
    QVERIFY(furniture < contrast(text, base));
}

void TestEntityColours::kindsDiffer() {
    ColourScheme::apply(QStringLiteral("light"));
    const QPalette palette = QApplication::palette();
    QSet<QRgb> colours;
    for (int k = 0; k < EntityColours::kindCount; ++k)
        colours.insert(EntityColours::background(EntityColours::kindAt(k), palette).rgb());
    colours.insert(EntityColours::sentence(palette).rgb());
    QCOMPARE(colours.size(), EntityColours::kindCount + 1);
}

QTEST_MAIN(TestEntityColours)
#include "TestEntityColours.moc"
