#include "core/reading/FileLoader.h"
#include "core/reading/TextDecoder.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void decodes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<int>("invalid");

        const QString spanish = QStringLiteral(
            "El ministro de Economía anunció ayer una reforma que afectará a las pequeñas "
            "empresas del país. Según la oposición, la medida llegará demasiado tarde para "
            "muchas familias, que ya pagan más por la energía y el alquiler.");
        const QString russian = QStringLiteral(
            "Министр иностранных дел встретился в четверг с послом соседней страны. Стороны "
            "обсудили торговлю, транспорт и сотрудничество в области образования и культуры, "
            "а также подготовку визита президента в следующем году.");
        QTest::newRow("utf-8") << spanish.toUtf8() << spanish << "UTF-8" << 0;
        QTest::newRow("utf-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + spanish.toUtf8() << spanish << "UTF-8" << 0;
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2);
        for (char16_t unit : russian.toStdU16String()) {
            le.append(static_cast<char>(unit & 0xFF)).append(static_cast<char>(unit >> 8));
            be.append(static_cast<char>(unit >> 8)).append(static_cast<char>(unit & 0xFF));
        }
        QTest::newRow("utf-16 LE with BOM") << le << russian << "UTF-16LE" << 0;
        QTest::newRow("utf-16 BE with BOM") << be << russian << "UTF-16BE" << 0;
        QTest::newRow("windows-1252 Spanish")
            << spanish.toLatin1() << spanish << "windows-1252" << 0;

        // Legacy Cyrillic encodings, built from their code charts.
        QByteArray cp1251, koi8;
        static const char* koiLower =
            "\xC1\xC2\xD7\xC7\xC4\xC5\xD6\xDA\xC9\xCA\xCB\xCC\xCD\xCE\xCF\xD0"
            "\xD2\xD3\xD4\xD5\xC6\xC8\xC3\xDE\xDB\xDD\xDF\xD9\xD8\xDC\xC0\xD1";
        for (QChar c : russian) {
            const char16_t u = c.unicode();
            if (u < 0x80) {
                cp1251.append(static_cast<char>(u));
                koi8.append(static_cast<char>(u));
            } else if (u >= 0x410 && u <= 0x44F) {
                cp1251.append(static_cast<char>(0xC0 + (u - 0x410)));
                const int index = (u >= 0x430) ? u - 0x430 : u - 0x410;
                const auto lower = static_cast<unsigned char>(koiLower[index]);
                koi8.append(static_cast<char>(u >= 0x430 ? lower : lower + 0x20));
            }
        }
        QTest::newRow("windows-1251 Russian") << cp1251 << russian << "windows-1251" << 0;
        QTest::newRow("KOI8-R Russian") << koi8 << russian << "KOI8-R" << 0;

        QByteArray broken = QStringLiteral("Café con leche über alles: ").toUtf8();
        broken.append("\xC3\x28 y \xFF fin", 10);
        QTest::newRow("invalid UTF-8 bytes")
            << broken << QStringLiteral("Café con leche über alles: \uFFFD( y \uFFFD fin")
            << "UTF-8" << 2;
    }

    void decodes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, encoding);
        QFETCH(int, invalid);
        const DecodedText decoded = TextDecoder().decode(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
        QCOMPARE(test::qs(decoded.text), expected);
        QCOMPARE(QString::fromStdString(decoded.encoding), encoding);
        QCOMPARE(static_cast<int>(decoded.invalidCount), invalid);
    }

    void binaryCheck_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("binary");
        QTest::newRow("text") << QByteArray("plain words") << false;
        QTest::newRow("NUL byte") << QByteArray("abc\0def", 7) << true;
        QTest::newRow("UTF-16 with BOM") << QByteArray("\xFF\xFE"
                                                       "a\0b\0",
                                                       6)
                                         << false;
    }

    void binaryCheck() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, binary);
        QCOMPARE(FileLoader::looksBinary(bytes.toStdString()), binary);
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
