#include "core/reading/SentenceSegmenter.h"

#include "ReadingTestSupport.h"

#include <QTest>

using namespace dyad;

class TestSentences : public QObject {
    Q_OBJECT

private slots:
    void segments_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");

        QTest::newRow("english dateline abbreviation")
            << "en"
            << "Oct. 5 (AP) -- The senator spoke. Then he left."
            << QStringList{"Oct. 5 (AP) -- The senator spoke.", "Then he left."};
        QTest::newRow("english U.S. and Mr.")
            << "en"
            << "Mr. Brown met U.S. officials in Ohio. They talked about the U.N. Charter."
            << QStringList{"Mr. Brown met U.S. officials in Ohio.",
                           "They talked about the U.N. Charter."};
        QTest::newRow("spanish Excmo.")
            << "es"
            << "Recibió al Excmo. Sr. Embajador de Chile. Luego habló con la prensa."
            << QStringList{"Recibió al Excmo. Sr. Embajador de Chile.",
                           "Luego habló con la prensa."};
        QTest::newRow("spanish EE.UU.")
            << "es"
            << "La delegación viajó a EE.UU. para negociar. El acuerdo se firmará pronto."
            << QStringList{"La delegación viajó a EE.UU. para negociar.",
                           "El acuerdo se firmará pronto."};
        QTest::newRow("russian т.е.")
            << "ru"
            << "Встреча прошла в Минске, т.е. на нейтральной территории. Стороны довольны."
            << QStringList{"Встреча прошла в Минске, т.е. на нейтральной территории.",
                           "Стороны довольны."};
        QTest::newRow("german z.B.")
            << "de"
            << "Es gab Probleme, z.B. bei der Einreise. Die Minister einigten sich."
            << QStringList{"Es gab Probleme, z.B. bei der Einreise.",
                           "Die Minister einigten sich."};
        QTest::newRow("french M.")
            << "fr"
            << "M. Dupont a reçu le ministre. Ils ont signé un accord."
            << QStringList{"M. Dupont a reçu le ministre.", "Ils ont signé un accord."};
        QTest::newRow("line break inside a paragraph")
            << "en"
            << "The talks went on\nfor hours. Nobody left."
            << QStringList{"The talks went on\nfor hours.", "Nobody left."};
        QTest::newRow("question and quote")
            << "en"
            << "\"Will they agree?\" she asked. Nobody knew."
            << QStringList{"\"Will they agree?\" she asked.", "Nobody knew."};
        // German ordinals: "<1-3 digits>." before a month or a noun is no sentence end.
        QTest::newRow("german day and month")
            << "de"
            << "Die Minister trafen sich am 9. Dezember in Paris. Sie einigten sich."
            << QStringList{"Die Minister trafen sich am 9. Dezember in Paris.",
                           "Sie einigten sich."};
        QTest::newRow("german day, month and year")
            << "de"
            << "Der Gast kam am 28. September 2023 an. Er blieb zwei Tage."
            << QStringList{"Der Gast kam am 28. September 2023 an.", "Er blieb zwei Tage."};
        QTest::newRow("german month in capitals and abbreviated")
            << "de"
            << "Am 3. OKTOBER und am 4. Dez. 2019 gab es Gespräche. Danach nicht mehr."
            << QStringList{"Am 3. OKTOBER und am 4. Dez. 2019 gab es Gespräche.",
                           "Danach nicht mehr."};
        QTest::newRow("german ordinal before a noun")
            << "de"
            << "Zum 70. Jahrestag kamen viele Gäste. Merkel sprach beim 2. Gipfel."
            << QStringList{"Zum 70. Jahrestag kamen viele Gäste.", "Merkel sprach beim 2. Gipfel."};
        QTest::newRow("german ordinal after der")
            << "de"
            << "Gefeiert wird der 3. Oktober als Tag der Einheit."
            << QStringList{"Gefeiert wird der 3. Oktober als Tag der Einheit."};
        QTest::newRow("german ordinal before a lower-case word")
            << "de"
            << "Es war das 5. große Treffen. Alle kamen."
            << QStringList{"Es war das 5. große Treffen.", "Alle kamen."};
        QTest::newRow("german year ends the sentence")
            << "de"
            << "Das Treffen endete 2023. Danach gab es keine Gespräche."
            << QStringList{"Das Treffen endete 2023.", "Danach gab es keine Gespräche."};
        QTest::newRow("german number before a sentence-starting word")
            << "de"
            << "Die Zahl der Toten stieg auf 12. Die Regierung ordnete Trauer an."
            << QStringList{"Die Zahl der Toten stieg auf 12.", "Die Regierung ordnete Trauer an."};
        QTest::newRow("english number ends the sentence")
            << "en"
            << "The death toll rose to 12. Officials blamed the storm."
            << QStringList{"The death toll rose to 12.", "Officials blamed the storm."};
        QTest::newRow("english year ends the sentence")
            << "en"
            << "The talks ended in 2023. Nothing happened since."
            << QStringList{"The talks ended in 2023.", "Nothing happened since."};
        QTest::newRow("english No.")
            << "en"
            << "Resolution No. 5 was adopted. It passed easily."
            << QStringList{"Resolution No. 5 was adopted.", "It passed easily."};
        QTest::newRow("spanish number ends the sentence")
            << "es"
            << "Los muertos ya son 12. El gobierno decretó luto."
            << QStringList{"Los muertos ya son 12.", "El gobierno decretó luto."};
        QTest::newRow("spanish núm. and abbreviated month")
            << "es"
            << "Firmaron el decreto núm. 5 el 3 sept. en Lima. Luego se fueron."
            << QStringList{"Firmaron el decreto núm. 5 el 3 sept. en Lima.", "Luego se fueron."};
    }

    void segments() {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        const std::u32string input = test::u32("  " + text + " ");
        SentenceSegmenter segmenter(language.toStdString());
        std::vector<Sentence> out;
        segmenter.segment(input, {0, static_cast<std::int32_t>(input.size())}, 4, out);
        QStringList actual;
        for (const Sentence& s : out) {
            QCOMPARE(s.block, 4);
            actual << test::qs(std::u32string_view(input).substr(
                static_cast<std::size_t>(s.span.start), static_cast<std::size_t>(s.span.length())));
        }
        QCOMPARE(actual, sentences);
    }

    void codePointOffsetsAboveBmp() {
        const std::u32string input =
            test::u32(QStringLiteral("Flags \U0001F1E8\U0001F1FA waved. Crowds cheered."));
        SentenceSegmenter segmenter("en");
        std::vector<Sentence> out;
        segmenter.segment(input, {0, static_cast<std::int32_t>(input.size())}, 0, out);
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].span.start, 0);
        QCOMPARE(out[0].span.end, 15); // 6 + 2 flag code points + " waved."
        QCOMPARE(out[1].span.start, 16);
    }
};

QTEST_GUILESS_MAIN(TestSentences)
#include "TestSentences.moc"
