#include "core/reading/DocumentReader.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

namespace {

const char* const paragraph =
    "The foreign ministers of the two countries met in the capital to discuss trade, energy and "
    "the reopening of their border crossings, which have been closed for two years.";

QString orNull(const std::optional<std::string>& value) {
    return value ? QString::fromStdString(*value) : QStringLiteral("null");
}

} // namespace

class TestMetadata : public QObject {
    Q_OBJECT

private slots:
    void metadata_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("language");
        const int plain = static_cast<int>(Format::PlainText);
        const QString p = paragraph;

        QTest::newRow("agency tag in a dateline")
            << "Ministers meet at the border\n\nVienna, May 3 (Xinhua) -- " + p << plain
            << "Ministers meet at the border"
            << "null"
            << "Xinhua"
            << "en";
        // A trail of section names above the headline is no title.
        QTest::newRow("breadcrumb above the headline")
            << "NEWS | LATIN AMERICA\n\nMinisters meet at the border\n\n" + p << plain
            << "Ministers meet at the border"
            << "null"
            << "null"
            << "en";
        QTest::newRow("headline with its site after a bar stays the title (site cut)")
            << "Ministers of both neighbours meet at the border | Example News\n\n" + p << plain
            << "Ministers of both neighbours meet at the border"
            << "null"
            << "null"
            << "en";
        QTest::newRow("source line with url and host as outlet")
            << "Source: https://www.daily.example.com/world/ministers-meet\n\n" + p << plain
            << "null"
            << "https://www.daily.example.com/world/ministers-meet"
            << "daily.example.com"
            << "en";
        QTest::newRow("source line naming the outlet") << p + "\nSource: Xinhua" << plain << "null"
                                                       << "null"
                                                       << "Xinhua"
                                                       << "en";
        QTest::newRow("url in angle brackets")
            << p + "\n\n<https://radio.example.net/es/noticias/123-acuerdo>" << plain << "null"
            << "https://radio.example.net/es/noticias/123-acuerdo"
            << "radio.example.net"
            << "en";
        QTest::newRow("markdown heading and section suffix")
            << "# *Acuerdo fronterizo entre vecinos* | Mundo\n\nLos ministros de ambos países se "
               "reunieron en la capital para hablar del comercio, la energía y la reapertura de "
               "los pasos fronterizos, cerrados desde hace dos años."
            << plain << "Acuerdo fronterizo entre vecinos"
            << "null"
            << "null"
            << "es";
        QTest::newRow("markdown file")
            << "# Встреча министров\n\nМинистры иностранных дел двух стран встретились в столице, "
               "чтобы обсудить торговлю, энергетику и открытие пограничных переходов.\n"
            << static_cast<int>(Format::Markdown) << "Встреча министров"
            << "null"
            << "null"
            << "ru";
        QTest::newRow("html meta")
            << "<html lang='de'><head><title>Gipfel - Zeitung</title>"
               "<meta property='og:title' content='Gipfel in Wien'>"
               "<meta property='og:site_name' content='Die Zeitung'>"
               "<link rel='canonical' href='https://zeitung.example.de/politik/gipfel'></head>"
               "<body><h1>Gipfel in Wien</h1><p>Die Außenminister beider Länder trafen sich in der "
               "Hauptstadt, um über Handel, Energie und die Öffnung der Grenzübergänge zu "
               "sprechen.</p></body></html>"
            << static_cast<int>(Format::Html) << "Gipfel in Wien"
            << "https://zeitung.example.de/politik/gipfel"
            << "Die Zeitung"
            << "de";
        QTest::newRow("agency tag with a period before the dash")
            << "Cumbre en Caracas\n\nCaracas, 1 nov (Agencia Andina del Sur). - Los ministros de "
               "ambos países se reunieron en la capital para hablar del comercio y la energía."
            << plain << "Cumbre en Caracas"
            << "null"
            << "Agencia Andina del Sur"
            << "es";
        QTest::newRow("russian agency between slashes")
            << "Встреча министров в Москве\n\nМОСКВА, 3 февраля. /Евразия-Информ/. Министры "
               "иностранных "
               "дел двух стран встретились в столице, чтобы обсудить торговлю и энергетику."
            << plain << "Встреча министров в Москве"
            << "null"
            << "Евразия-Информ"
            << "ru";
        QTest::newRow("outlet in a date line and the date line is no title")
            << "Published 12 June 2018, 14:10 SGT · Straits Wire staff\n\nMinisters meet at the "
               "border\n\n" +
                   p
            << plain << "Ministers meet at the border"
            << "null"
            << "Straits Wire"
            << "en";
        QTest::newRow("a person's byline in a date line is no outlet")
            << "Ministers meet at the border\n\nBy Jane Doe | August 13, 2020\n\n" + p << plain
            << "Ministers meet at the border"
            << "null"
            << "null"
            << "en";
        QTest::newRow("numeric date line is no title")
            << "03.01.2020\n\nMinisters meet at the border\n\n" + p << plain
            << "Ministers meet at the border"
            << "null"
            << "null"
            << "en";
        QTest::newRow("site name after the html title")
            << "<html lang='es'><head><title>Acuerdo fronterizo | Noticias del Sur</title>"
               "<link rel='canonical' href='https://noticias.example/a'></head>"
               "<body><h1>Acuerdo fronterizo</h1><p>Los ministros de ambos países se reunieron "
               "en la capital para hablar del comercio, la energía y la reapertura de los pasos "
               "fronterizos.</p></body></html>"
            << static_cast<int>(Format::Html) << "Acuerdo fronterizo"
            << "https://noticias.example/a"
            << "Noticias del Sur"
            << "es";
        QTest::newRow("french")
            << "Les ministres des affaires étrangères des deux pays se sont réunis dans la "
               "capitale "
               "pour discuter du commerce, de l'énergie et de la réouverture des frontières."
            << plain << "null"
            << "null"
            << "null"
            << "fr";
    }

    void metadata() {
        QFETCH(QString, text);
        QFETCH(int, format);
        QFETCH(QString, title);
        QFETCH(QString, url);
        QFETCH(QString, outlet);
        QFETCH(QString, language);
        const Document document =
            DocumentReader().readText(test::u32(text), "doc", static_cast<Format>(format));
        QCOMPARE(orNull(document.title), title);
        QCOMPARE(orNull(document.url), url);
        QCOMPARE(orNull(document.outlet), outlet);
        QCOMPARE(QString::fromStdString(document.language), language);
    }

    void htmlTextAndBlocks() {
        const QString html =
            "<html><head><style>.x{color:red}</style><script>var hidden = 'no';</script></head>"
            "<body><div hidden>Secret menu</div><p style='display: none'>Invisible</p>"
            "<p>First   paragraph with <a href='/x'>a link</a>.</p><p>Second<br>line</p>"
            "<noscript>Enable scripts</noscript></body></html>";
        const Document document = DocumentReader().readText(test::u32(html), "h", Format::Html);
        QCOMPARE(test::qs(document.text),
                 QStringLiteral("First paragraph with a link.\n\nSecond\n\nline"));
        QCOMPARE(document.blocks.size(), std::size_t(3));
        QCOMPARE(test::spanText(document, document.blocks[0].span),
                 QStringLiteral("First paragraph with a link."));
    }

    void markdownText() {
        const QString md = "Intro *with emphasis* and `code`.\n\n- first item\n- second item\n\n"
                           "<div>raw html</div>\n\nLast [link text](https://example.org).\n";
        const Document document = DocumentReader().readText(test::u32(md), "m", Format::Markdown);
        QCOMPARE(test::qs(document.text),
                 QStringLiteral("Intro with emphasis and code.\n\nfirst item\n\nsecond item\n\n"
                                "Last link text."));
    }

    void hardWrappedPlainText() {
        QString text;
        for (int paragraphIndex = 0; paragraphIndex < 3; ++paragraphIndex) {
            text += "The delegates discussed the new treaty\nat length in the main hall and\n"
                    "agreed to continue on the next day.\n\n";
        }
        const Document document = DocumentReader().readText(test::u32(text), "w");
        QCOMPARE(document.blocks.size(), std::size_t(3));
        QCOMPARE(document.blocks[0].role, BlockRole::Body);
        QCOMPARE(document.sentences.size(), std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestMetadata)
#include "TestMetadata.moc"
