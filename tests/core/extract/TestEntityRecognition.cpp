// End-to-end entity recognition: articles written for these tests, read by the real reader and
// recognised with the bundled lexicon (names, aliases, demonyms, places, institutions, people
// with their tenures) and the recogniser's patterns for people the lexicon does not know.
#include "ExtractionTestSupport.h"

#include <QTest>

using namespace dyad;
using namespace dyad::test;

class TestEntityRecognition : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void entities_data();
    void entities();
    void agenciesNeverTakePart();

private:
    const ExtractionResources* m_resources = nullptr;
};

void TestEntityRecognition::initTestCase() {
    std::vector<std::string> problems;
    m_resources = bundledResources(problems);
    QVERIFY2(m_resources, "DYAD_SOURCE_DIR is not set");
    for (const std::string& problem : problems)
        qWarning("lexicon: %s", problem.c_str());
}

void TestEntityRecognition::entities_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("published"); // ISO date of the date line, or empty
    QTest::addColumn<QString>("text");      // body paragraphs separated by "\n\n"
    // "text=kind:ACTOR;...": an entity whose text is exactly `text` (every one of them, when it
    // occurs more than once) has that kind and actor; "!text": no entity has that text.
    QTest::addColumn<QString>("expected");

    const QString day = QStringLiteral("2023-05-15");

    // Names and aliases of states.
    QTest::newRow("en U.S. and Türkiye")
        << "en" << day << "The U.S. and Türkiye held talks in Ankara on Monday."
        << "U.S.=country:USA;Türkiye=country:TUR;Ankara=place:TUR";
    QTest::newRow("es EEUU")
        << "es" << day
        << "EEUU y Cuba reanudaron el diálogo migratorio en Washington. La ronda anterior "
           "tuvo lugar hace seis meses."
        << "EEUU=country:USA;Cuba=country:CUB;Washington=place:USA";
    QTest::newRow("es EE.UU.") << "es" << day << "Los EE.UU. sancionaron a tres empresas de Irán."
                               << "EE.UU.=country:USA;Irán=country:IRN";
    QTest::newRow("ru РФ and КНР") << "ru" << day << "РФ и КНР провели консультации в Пекине."
                                   << "РФ=country:RUS;КНР=country:CHN;Пекине=place:CHN";
    QTest::newRow("de Türkei") << "de" << day
                               << "Die Türkei und Griechenland führten Gespräche in Athen."
                               << "Türkei=country:TUR;Griechenland=country:GRC;Athen=place:GRC";
    QTest::newRow("en lower-case words are no states")
        << "en" << day << "The minister told us that turkey prices rose in Chile."
        << "!us;!turkey;Chile=country:CHL";

    QTest::newRow("en a province named after a state is none")
        << "en" << day << "The envoy of Chile visited British Columbia and New South Wales."
        << "!British;!Wales;Chile=country:CHL";

    // Demonyms and inflected names.
    QTest::newRow("es cubanos") << "es" << day << "Los médicos cubanos llegaron a Italia."
                                << "cubanos=country:CUB;Italia=country:ITA";
    QTest::newRow("es venezolanas")
        << "es" << day << "Las autoridades venezolanas liberaron a dos colombianos."
        << "venezolanas=country:VEN;colombianos=country:COL";
    QTest::newRow("ru России, Минске")
        << "ru" << day << "Посол России встретился в Минске с представителями Белоруссии."
        << "России=country:RUS;Минске=place:BLR;Белоруссии=country:BLR";
    // Russian case forms whose stems differ from the nominative's: a fleeting vowel, a soft
    // sign or "й" ("Беларусь", "Парагвай"), adjectives in "-ой" ("Южной Кореи").
    QTest::newRow("ru case forms of names")
        << "ru" << day
        << "Делегации Беларуси, Парагвая, Южной Кореи и Саудовской Аравии встретились в "
           "Женеве. Министр иностранных дел Египта прибыл в Москву."
        << "Беларуси=country:BLR;Парагвая=country:PRY;Южной Кореи=country:KOR;"
           "Саудовской Аравии=country:SAU;Египта=country:EGY;Москву=place:RUS";
    QTest::newRow("en Brussels is the European Union")
        << "en" << day << "Brussels imposed new tariffs on Chinese cars."
        << "Brussels=organization:EUR;Chinese=country:CHN";
    QTest::newRow("de peace is no person")
        << "de" << day
        << "Brasilien wünsche sich eine Zeit des Friedens in der Region, sagte der Präsident."
        << "!Friedens;Brasilien=country:BRA";
    QTest::newRow("ru Минску") << "ru" << day << "Москва предоставила Минску новый кредит."
                               << "Москва=place:RUS;Минску=place:BLR";
    QTest::newRow("ru Китаю") << "ru" << day << "Казахстан продал Китаю крупную партию зерна."
                              << "Казахстан=country:KAZ;Китаю=country:CHN";
    QTest::newRow("de russischen")
        << "de" << day << "Die Delegation der russischen Regierung reiste nach Berlin."
        << "russischen=country:RUS;Berlin=place:DEU";
    QTest::newRow("de Putins") << "de" << day << "Die Rede Wladimir Putins dauerte zwei Stunden."
                               << "Wladimir Putins=person:RUS";

    // Case and accents are folded.
    QTest::newRow("en Diaz-Canel without accent")
        << "en" << day << "Miguel Diaz-Canel received the delegation in Havana."
        << "Miguel Diaz-Canel=person:CUB;Havana=place:CUB";
    QTest::newRow("es Díaz-Canel with accent")
        << "es" << day << "El presidente Díaz-Canel recibió a la delegación."
        << "Díaz-Canel=person:CUB";

    // Capitals and seats of government stand for their state.
    QTest::newRow("en Kremlin") << "en" << day << "The Kremlin rejected the proposal from Kyiv."
                                << "Kremlin=organization:RUS;Kyiv=place:UKR";
    QTest::newRow("es Miraflores")
        << "es" << day
        << "Miraflores anunció la visita del canciller de Brasil para la próxima "
           "semana."
        << "Miraflores=organization:VEN;Brasil=country:BRA";

    // Institutions with their country, given by the name or by the context.
    QTest::newRow("ru МИД России") << "ru" << day << "МИД России вызвал посла Эстонии."
                                   << "МИД России=organization:RUS;Эстонии=country:EST";
    QTest::newRow("ru МИД of a named state")
        << "ru" << day << "МИД Белоруссии вызвал посла Литвы."
        << "МИД=organization:BLR;Белоруссии=country:BLR;Литвы=country:LTU";
    QTest::newRow("de Auswärtiges Amt")
        << "de" << day << "Das Auswärtige Amt bestellte den Botschafter Irans ein."
        << "Auswärtige Amt=organization:DEU;Irans=country:IRN";
    QTest::newRow("en Duma") << "en" << day << "The State Duma approved the treaty with Abkhazia."
                             << "State Duma=organization:RUS";

    // Office-holders from the people lexicon, with the country of their tenure at the date.
    QTest::newRow("Guterres in 2000") << "en"
                                      << "2000-06-01"
                                      << "António Guterres arrived in Brussels."
                                      << "António Guterres=person:PRT";
    QTest::newRow("Guterres in 2020") << "en"
                                      << "2020-06-01"
                                      << "António Guterres arrived in Brussels."
                                      << "António Guterres=person:UNO";
    QTest::newRow("Borrell in 2019") << "es"
                                     << "2019-03-01"
                                     << "Josep Borrell llegó a Caracas para una visita de dos días."
                                     << "Josep Borrell=person:ESP;Caracas=place:VEN";
    QTest::newRow("Borrell in 2021") << "es"
                                     << "2021-03-01"
                                     << "Josep Borrell llegó a Caracas para una visita de dos días."
                                     << "Josep Borrell=person:EUR;Caracas=place:VEN";
    QTest::newRow("ru Столтенберг in 2012") << "ru"
                                            << "2012-06-01"
                                            << "Йенс Столтенберг прибыл в Москву."
                                            << "Йенс Столтенберг=person:NOR";
    QTest::newRow("ru Столтенберг in 2020") << "ru"
                                            << "2020-06-01"
                                            << "Йенс Столтенберг прибыл в Москву."
                                            << "Йенс Столтенберг=person:NATO";

    // People the lexicon does not know, named beside their office.
    QTest::newRow("en deputy minister before the name")
        << "en" << day << "Russian Deputy Finance Minister Ivan Petrovsky arrived in Havana."
        << "Ivan Petrovsky=person:RUS;Havana=place:CUB";
    QTest::newRow("en ambassador after the name")
        << "en" << day << "Laura Benítez, ambassador of Uruguay in Brazil, presented her letters."
        << "Laura Benítez=person:URY";
    QTest::newRow("es el canciller venezolano")
        << "es" << day << "El canciller venezolano, Ramón Quintero, viajó a Bogotá."
        << "Ramón Quintero=person:VEN;Bogotá=place:COL";
    QTest::newRow("de der polnische Botschafter")
        << "de" << day << "Der polnische Botschafter Tomasz Nowicki reiste nach Kiew."
        << "Tomasz Nowicki=person:POL;Kiew=place:UKR";
    QTest::newRow("ru заместитель министра")
        << "ru" << day
        << "Заместитель министра иностранных дел Армении Карен Аветисян прибыл в Тегеран."
        << "Карен Аветисян=person:ARM;Тегеран=place:IRN";
    QTest::newRow("en a name without an office is nobody")
        << "en" << day << "Ana Pereira visited the museum in Lisbon."
        << "!Ana Pereira";

    // Later short mentions take the actor of the person named before.
    QTest::newRow("en surname later")
        << "en" << day
        << "Russian Deputy Finance Minister Ivan Petrovsky arrived in Havana.\n\n"
           "Petrovsky met officials of the central bank."
        << "Ivan Petrovsky=person:RUS;Petrovsky=person:RUS";
    QTest::newRow("es surname later")
        << "es" << day
        << "El canciller venezolano, Ramón Quintero, viajó a Bogotá. Quintero habló con la "
           "prensa."
        << "Ramón Quintero=person:VEN;Quintero=person:VEN";
    QTest::newRow("ru inflected surname later")
        << "ru" << day
        << "Заместитель министра иностранных дел Армении Карен Аветисян прибыл в Тегеран. "
           "Визит Аветисяна продлится два дня."
        << "Карен Аветисян=person:ARM;Аветисяна=person:ARM";
    QTest::newRow("de inflected surname later")
        << "de" << day
        << "Der polnische Botschafter Tomasz Nowicki reiste nach Kiew. Nowickis Besuch dauert "
           "zwei Tage."
        << "Tomasz Nowicki=person:POL;Nowickis=person:POL";
    QTest::newRow("en lexicon surname later")
        << "en" << day << "Bruno Rodríguez Parrilla arrived in Moscow. Rodríguez spoke to students."
        << "Bruno Rodríguez Parrilla=person:CUB;Rodríguez=person:CUB";
    QTest::newRow("en the Cuban president")
        << "en" << day
        << "Miguel Díaz-Canel arrived in Moscow. The Cuban president laid a wreath in Moscow."
        << "Miguel Díaz-Canel=person:CUB;Cuban=country:CUB;Moscow=place:RUS";
    QTest::newRow("en his Russian counterpart")
        << "en" << day << "Bruno Rodríguez Parrilla met his Russian counterpart in Moscow."
        << "Bruno Rodríguez Parrilla=person:CUB;Russian=country:RUS";

    // News agencies stand for their state as entities.
    QTest::newRow("es Prensa Latina")
        << "es" << day << "Según Prensa Latina, Cuba y Vietnam firmaron un acuerdo."
        << "Prensa Latina=organization:CUB";
    QTest::newRow("ru ТАСС") << "ru" << day << "Как сообщает ТАСС, Армения осудила Азербайджан."
                             << "ТАСС=organization:RUS";
}

void TestEntityRecognition::entities() {
    QFETCH(QString, language);
    QFETCH(QString, published);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const QString article =
        articleText(language, published, text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts));
    Extraction out = extractArticle(*m_resources, readArticle(article, "entities"));
    const Document& document = out.document.document;
    QCOMPARE(QString::fromStdString(document.language), language);
    QCOMPARE(QString::fromStdString(document.published.toIso()), published);
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));

    // Every entity's offsets are in code points into the text written: its slice of the article
    // (as a file's decoded text) is the entity's text.
    const std::u32string written = u32(article);
    for (const EntityMention& entity : out.document.entities) {
        QVERIFY(entity.span.start >= 0 && entity.span.start < entity.span.end);
        QVERIFY(entity.span.end <= static_cast<std::int32_t>(written.size()));
        QCOMPARE(slice(written, entity.span), slice(document.text, entity.span));
        QCOMPARE(qs(document.sourceSlice(entity.span)), slice(document.text, entity.span));
    }

    const QString found = describeEntities(out.document);
    for (const QString& raw : expected.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (raw.startsWith(QLatin1Char('!'))) {
            const QString absent = raw.mid(1);
            for (const EntityMention& entity : out.document.entities)
                QVERIFY2(
                    slice(document.text, entity.span) != absent,
                    qPrintable(
                        QStringLiteral("'%1' should be no entity; found: %2").arg(absent, found)));
            continue;
        }
        const qsizetype eq = raw.lastIndexOf(QLatin1Char('='));
        const QString entityText = raw.left(eq);
        const QString want = raw.mid(eq + 1);
        int matches = 0;
        for (const EntityMention& entity : out.document.entities) {
            if (entity.kind == EntityKind::Date || entity.kind == EntityKind::Trigger ||
                slice(document.text, entity.span) != entityText)
                continue;
            ++matches;
            const QString got = QLatin1String(entityKindName(entity.kind)) + QLatin1Char(':') +
                                QString::fromStdString(entity.actor);
            QVERIFY2(got == want, qPrintable(QStringLiteral("'%1' is %2, expected %3; found: %4")
                                                 .arg(entityText, got, want, found)));
        }
        QVERIFY2(
            matches > 0,
            qPrintable(
                QStringLiteral("no entity '%1' (%2); found: %3").arg(entityText, want, found)));
    }
}

void TestEntityRecognition::agenciesNeverTakePart() {
    // An agency reporting an event is no party to it, even when it names no other source.
    const QString article = articleText(
        "en", "2023-05-15",
        {QStringLiteral("Xinhua reported that Chile and Peru signed a fishing treaty on Friday."),
         QStringLiteral("TASS said the Kazakh foreign minister criticised Kyrgyzstan.")});
    Extraction out = extractArticle(*m_resources, readArticle(article, "agencies"));
    QStringList actors;
    for (const Event& event : out.events)
        actors << QString::fromStdString(event.source) << QString::fromStdString(event.target);
    const QString events = describe(out.events).join(QStringLiteral("; "));
    QVERIFY2(!out.events.empty(), "no event at all");
    QVERIFY2(!actors.contains(QStringLiteral("CHN")), qPrintable(events));
    QVERIFY2(!actors.contains(QStringLiteral("RUS")), qPrintable(events));
    QVERIFY2(actors.contains(QStringLiteral("KAZ")), qPrintable(events));
}

QTEST_GUILESS_MAIN(TestEntityRecognition)
#include "TestEntityRecognition.moc"
