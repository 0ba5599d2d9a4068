// End-to-end extraction rules: sentences written for these tests, read as articles by the real
// reader and extracted with the bundled lexicon, triggers and modality cues, as `dyad extract`
// does. Each row states the events a careful reader would code from its sentence.
#include "ExtractionTestSupport.h"

#include "core/extract/Extractor.h"

#include <QTest>

using namespace dyad;
using namespace dyad::test;

namespace {

/// Two neutral sentences (no actor, no trigger, no date) that make up an article's lead, so that
/// the sentence under test is not read as the news of the day.
QString neutralLead(const QString& language) {
    if (language == QLatin1String("es"))
        return QStringLiteral("Este es el resumen semanal de la redacción. Lo preparan tres "
                              "periodistas.");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Это еженедельный обзор редакции. Его готовят три журналиста.");
    if (language == QLatin1String("de"))
        return QStringLiteral("Dies ist der Wochenüberblick der Redaktion. Ihn erstellen drei "
                              "Journalisten.");
    return QStringLiteral("This is the weekly summary of the newsroom. Three journalists "
                          "compile it.");
}

/// Whether `event` fits one expected entry: "SRC>TGT:CODE[@DATE]", or "A<>B:CODE[@DATE]" for a
/// reciprocal act coded in either direction; CODE ending in '*' is a prefix ("03*": any intent);
/// a missing "@DATE" allows any date ("@-" is undated).
bool fits(const Event& event, const QString& expected) {
    const qsizetype at = expected.indexOf(QLatin1Char('@'));
    const QString head = at < 0 ? expected : expected.left(at);
    const qsizetype colon = head.indexOf(QLatin1Char(':'));
    const QString pair = head.left(colon);
    const QString code = head.mid(colon + 1);
    const QString source = QString::fromStdString(event.source);
    const QString target = QString::fromStdString(event.target);
    if (pair.contains(QLatin1String("<>"))) {
        const QStringList parties = pair.split(QLatin1String("<>"));
        if (!(parties == QStringList{source, target} || parties == QStringList{target, source}))
            return false;
    } else if (pair != source + QLatin1Char('>') + target) {
        return false;
    }
    const QString actualCode = QString::fromStdString(event.code);
    if (code.endsWith(QLatin1Char('*')) ? !actualCode.startsWith(code.chopped(1))
                                        : actualCode != code)
        return false;
    const QString date =
        event.date.isKnown() ? QString::fromStdString(event.date.toIso()) : QStringLiteral("-");
    return at < 0 || expected.mid(at + 1) == date;
}

/// Compares the events with the expected entries, in any order; a reciprocal entry ("A<>B")
/// takes every event of its pair (one or both directions, as the scorer groups them). The
/// message tells both sides.
bool sameEvents(const std::vector<Event>& events, const QString& expected, QString& message) {
    const QStringList wanted = expected.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    std::vector<bool> used(events.size(), false);
    bool ok = true;
    for (const QString& raw : wanted) {
        const QString entry = raw.trimmed();
        const bool reciprocal = entry.contains(QLatin1String("<>"));
        bool found = false;
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (used[i] || !fits(events[i], entry) || (found && !reciprocal))
                continue;
            used[i] = found = true;
        }
        ok = ok && found;
    }
    ok = ok && std::all_of(used.begin(), used.end(), [](bool u) { return u; });
    message =
        QStringLiteral("expected [%1], got [%2]")
            .arg(wanted.join(QStringLiteral("; ")), describe(events).join(QStringLiteral("; ")));
    return ok;
}

} // namespace

class TestExtractionRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void dedupWithinDocument();
    void dedupRetoldNews();
    void differentDatesStayApart();
    void dedupAcrossDocuments();
    void undatedReportsStayApartAcrossDocuments();
    void money_data();
    void money();
    void evidence();

private:
    Extraction run(const QString& language, const QString& published, bool lead,
                   const QString& text);

    const ExtractionResources* m_resources = nullptr;
};

void TestExtractionRules::initTestCase() {
    std::vector<std::string> problems;
    m_resources = bundledResources(problems);
    QVERIFY2(m_resources, "DYAD_SOURCE_DIR is not set");
    for (const std::string& problem : problems)
        qWarning("lexicon: %s", problem.c_str());
}

Extraction TestExtractionRules::run(const QString& language, const QString& published, bool lead,
                                    const QString& text) {
    // In one paragraph with neutral sentences, so that a short sentence is not taken for a
    // caption or other page furniture.
    const QString paragraph = lead ? text + QLatin1Char(' ') + neutralLead(language)
                                   : neutralLead(language) + QLatin1Char(' ') + text;
    Document document = readArticle(articleText(language, published, {paragraph}), "rule");
    return extractArticle(*m_resources, std::move(document));
}

void TestExtractionRules::rules_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("published"); // ISO date of the date line, or empty
    QTest::addColumn<bool>("lead");         // the text opens the article
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "SRC>TGT:CODE[@DATE];..." ("" = no event)

    const QString day = QStringLiteral("2023-05-15"); // a Monday

    // Coding basics, four languages.
    QTest::newRow("en condemned") << "en" << day << false
                                  << "Brazil condemned Paraguay over the closure of the border."
                                  << "BRA>PRY:111";
    QTest::newRow("en met counterpart")
        << "en" << day << false
        << "Kenya's foreign minister met his Tanzanian counterpart in Arusha."
        << "KEN<>TZA:040";
    QTest::newRow("en expelled diplomats")
        << "en" << day << false << "Norway expelled three Russian diplomats."
        << "NOR>RUS:161";
    QTest::newRow("en criticised by name")
        << "en" << day << false << "Australia criticised China for detaining the journalist."
        << "AUS>CHN:111";
    QTest::newRow("es condenó") << "es" << day << false
                                << "Chile condenó a Bolivia por el cierre de la frontera."
                                << "CHL>BOL:111";
    QTest::newRow("es firmaron") << "es" << day << false
                                 << "Argentina y Uruguay firmaron un acuerdo sobre el río."
                                 << "ARG<>URY:057";
    QTest::newRow("ru осудил") << "ru" << day << false << "Литва осудила Белоруссию за учения."
                               << "LTU>BLR:111";
    QTest::newRow("ru подписали") << "ru" << day << false
                                  << "Россия и Казахстан подписали договор о сотрудничестве."
                                  << "RUS<>KAZ:057";
    QTest::newRow("de kritisierte")
        << "de" << day << false << "Polen kritisierte Belarus wegen der Grenzsperre."
        << "POL>BLR:111";
    QTest::newRow("de unterzeichneten")
        << "de" << day << false << "Deutschland und Frankreich unterzeichneten einen Vertrag."
        << "DEU<>FRA:057";

    // Negation and cancellation: nothing happened.
    QTest::newRow("en did not meet")
        << "en" << day << false << "The Indian prime minister did not meet Pakistan's leader."
        << "";
    QTest::newRow("en did not sign")
        << "en" << day << false << "Colombia did not sign the agreement with Ecuador."
        << "";
    QTest::newRow("en cancelled visit")
        << "en" << day << false << "Canada cancelled the minister's visit to India."
        << "";
    QTest::newRow("es canceló") << "es" << day << false
                                << "Perú canceló la visita oficial de su canciller a Ecuador."
                                << "";
    QTest::newRow("es no firmó") << "es" << day << false
                                 << "Venezuela no firmó el acuerdo con Guyana."
                                 << "";
    QTest::newRow("ru отменил") << "ru" << day << false
                                << "Сербия отменила визит министра в Хорватию."
                                << "";
    QTest::newRow("ru не подписал")
        << "ru" << day << false << "Казахстан не подписал соглашение с Китаем."
        << "";
    QTest::newRow("de sagte ab") << "de" << day << false
                                 << "Ungarn sagte den Besuch in der Ukraine ab."
                                 << "";
    QTest::newRow("de nicht") << "de" << day << false
                              << "Österreich unterzeichnete das Abkommen mit der Schweiz nicht."
                              << "";
    QTest::newRow("de abgesagt")
        << "de" << day << false
        << "Der Besuch des ungarischen Außenministers in der Ukraine wurde abgesagt."
        << "";
    // The same sentences without the negation or cancellation do give the event.
    QTest::newRow("en did sign (control)")
        << "en" << day << false << "Colombia signed the agreement with Ecuador."
        << "COL<>ECU:057";
    QTest::newRow("es firmó (control)")
        << "es" << day << false << "Venezuela firmó el acuerdo con Guyana."
        << "VEN<>GUY:057";
    QTest::newRow("ru визит (control)")
        << "ru" << day << false << "Министр Сербии посетил Хорватию."
        << "SRB>HRV:042";
    QTest::newRow("de unterzeichnete (control)")
        << "de" << day << false << "Österreich unterzeichnete das Abkommen mit der Schweiz."
        << "AUT<>CHE:057";

    // Modality: a plan is an intent (03x), not the act.
    QTest::newRow("en will provide")
        << "en" << day << false << "Japan will provide humanitarian aid to Nepal."
        << "JPN>NPL:03*";
    QTest::newRow("en plans to") << "en" << day << false
                                 << "Canada plans to sign a trade agreement with Chile."
                                 << "CAN>CHL:03*";
    QTest::newRow("es planea") << "es" << day << false
                               << "España planea enviar ayuda humanitaria a Marruecos."
                               << "ESP>MAR:03*";
    QTest::newRow("ru намерена") << "ru" << day << false
                                 << "Индия намерена подписать соглашение с Россией."
                                 << "IND>RUS:03*";
    QTest::newRow("de will") << "de" << day << false
                             << "Schweden will der Ukraine humanitäre Hilfe schicken."
                             << "SWE>UKR:03*";
    QTest::newRow("de wird") << "de" << day << false
                             << "Schweden wird ein Abkommen mit der Ukraine unterzeichnen."
                             << "SWE>UKR:03*";
    QTest::newRow("es va a") << "es" << day << false << "Rusia va a firmar un acuerdo con Egipto."
                             << "RUS>EGY:03*";
    QTest::newRow("ru планирует") << "ru" << day << false
                                  << "Турция планирует подписать соглашение с Ираком."
                                  << "TUR>IRQ:03*";
    QTest::newRow("en could expel is a threat")
        << "en" << day << false << "Greece could expel the Turkish ambassador."
        << "GRC>TUR:13*";

    // Lists: one event per member.
    QTest::newRow("en condemned list")
        << "en" << day << false << "Ukraine condemned Russia, Belarus and Iran."
        << "UKR>RUS:111;UKR>BLR:111;UKR>IRN:111";
    QTest::newRow("en subject list")
        << "en" << day << false << "Estonia, Latvia and Lithuania expelled Russian diplomats."
        << "EST>RUS:161;LVA>RUS:161;LTU>RUS:161";
    QTest::newRow("es felicitó list")
        << "es" << day << false << "Cuba felicitó a Venezuela, Nicaragua y Bolivia."
        << "CUB>VEN:051;CUB>NIC:051;CUB>BOL:051";
    QTest::newRow("ru осудил list")
        << "ru" << day << false << "Китай осудил США, Великобританию и Австралию."
        << "CHN>USA:111;CHN>GBR:111;CHN>AUS:111";

    // Visits: the host comes from the place; hosts and receptions turn it round.
    QTest::newRow("en visited capital")
        << "en" << day << false << "The Chinese foreign minister visited Havana."
        << "CHN>CUB:042";
    QTest::newRow("es visitó capital")
        << "es" << day << false << "El presidente de Brasil visitó Buenos Aires."
        << "BRA>ARG:042";
    QTest::newRow("ru посетил capital")
        << "ru" << day << false << "Премьер-министр Индии посетил Москву."
        << "IND>RUS:042";
    QTest::newRow("de besuchte capital")
        << "de" << day << false << "Der französische Präsident besuchte Warschau."
        << "FRA>POL:042";
    QTest::newRow("en hosted") << "en" << day << false
                               << "Vietnam hosted the Australian prime minister."
                               << "VNM>AUS:043";
    QTest::newRow("es recibió") << "es" << day << false << "Cuba recibió al canciller de México."
                                << "CUB>MEX:043";
    QTest::newRow("de empfing") << "de" << day << false
                                << "Italien empfing den tunesischen Präsidenten."
                                << "ITA>TUN:043";

    // People named before act for their country when mentioned again.
    QTest::newRow("en surname later")
        << "en" << day << false
        << "Russian Deputy Finance Minister Ivan Petrovsky arrived in Havana. Later, Petrovsky "
           "signed a debt agreement with Cuba."
        << "RUS>CUB:042;RUS<>CUB:057";
    QTest::newRow("en the Cuban president later")
        << "en" << day << false
        << "Miguel Díaz-Canel arrived in Moscow. The Cuban president met Vladimir Putin."
        << "CUB>RUS:042;CUB<>RUS:040";
    QTest::newRow("en his Russian counterpart")
        << "en" << day << false << "Bruno Rodríguez Parrilla met his Russian counterpart."
        << "CUB<>RUS:040";
    QTest::newRow("es surname later")
        << "es" << day << false
        << "El canciller venezolano, Ramón Quintero, llegó a Bogotá. Quintero firmó un acuerdo "
           "con Colombia."
        << "VEN>COL:042;VEN<>COL:057";

    // Reciprocal acts.
    QTest::newRow("en signed reciprocal")
        << "en" << day << false << "Peru and Ecuador signed a border agreement."
        << "PER<>ECU:057";
    QTest::newRow("es se reunieron")
        << "es" << day << false << "Los cancilleres de Panamá y Costa Rica se reunieron."
        << "PAN<>CRI:040";

    // Domestic acts are no dyad; agencies never take part.
    QTest::newRow("en domestic") << "en" << day << false
                                 << "The Brazilian president criticised the Brazilian Congress."
                                 << "";
    QTest::newRow("ru domestic") << "ru" << day << false
                                 << "Президент России раскритиковал российское правительство."
                                 << "";
    QTest::newRow("en agency reports")
        << "en" << day << false << "Reuters reported that Chile and Peru signed a fishing treaty."
        << "CHL<>PER:057";
    QTest::newRow("ru agency reports")
        << "ru" << day << false << "Как сообщает ТАСС, Армения осудила Азербайджан."
        << "ARM>AZE:111";

    // Dating: the sentence's own date, relative dates against the publication, the lead as the
    // news of the day, otherwise undated.
    QTest::newRow("date explicit day")
        << "en" << day << false << "On 12 March 2021, Chile and Argentina signed an energy treaty."
        << "CHL<>ARG:057@2021-03-12";
    QTest::newRow("date explicit month")
        << "en" << day << false << "In March 2021, Chile and Argentina signed an energy treaty."
        << "CHL<>ARG:057@2021-03";
    QTest::newRow("date es explicit day")
        << "es" << day << false << "El 5 de abril de 2022, México y Guatemala firmaron un acuerdo."
        << "MEX<>GTM:057@2022-04-05";
    QTest::newRow("date de explicit day")
        << "de" << day << false
        << "Am 3. Oktober 2020 unterzeichneten Österreich und Slowenien ein Abkommen."
        << "AUT<>SVN:057@2020-10-03";
    QTest::newRow("date on Friday")
        << "en" << day << false << "Egypt and Sudan signed a water agreement on Friday."
        << "EGY<>SDN:057@2023-05-12";
    QTest::newRow("date yesterday ru")
        << "ru" << day << false << "Вчера Армения и Иран подписали соглашение о транзите."
        << "ARM<>IRN:057@2023-05-14";
    QTest::newRow("date gestern de")
        << "de" << day << false
        << "Tschechien und die Slowakei unterzeichneten gestern ein Abkommen."
        << "CZE<>SVK:057@2023-05-14";
    QTest::newRow("date background year")
        << "en" << day << false << "In 2000, Ukraine and Poland signed a border treaty."
        << "UKR<>POL:057@2000";
    QTest::newRow("date es ayer") << "es" << day << false
                                  << "Ayer, Bolivia y Paraguay firmaron un acuerdo de integración."
                                  << "BOL<>PRY:057@2023-05-14";
    QTest::newRow("date es el viernes")
        << "es" << day << false << "Bolivia y Paraguay firmaron el viernes un acuerdo."
        << "BOL<>PRY:057@2023-05-12";
    QTest::newRow("date ru explicit day")
        << "ru" << day << false << "12 марта 2021 года Россия и Индия подписали соглашение."
        << "RUS<>IND:057@2021-03-12";
    QTest::newRow("date of each target")
        << "en" << QStringLiteral("2023-05-18") << false
        << "Recep Tayyip Erdoğan received Ilham Aliyev on Tuesday and Nikol Pashinyan on "
           "Wednesday."
        << "TUR>AZE:043@2023-05-16;TUR>ARM:043@2023-05-17";
    QTest::newRow("date lead with its own day")
        << "en" << day << true << "Chile and Argentina signed an energy agreement on 2 May."
        << "CHL<>ARG:057@2023-05-02";
    QTest::newRow("date after the publication dates no act")
        << "en" << day << false
        << "Chile and Argentina signed an energy agreement that takes effect on 1 July 2023."
        << "CHL<>ARG:057@-";
    QTest::newRow("date of a relative clause")
        << "en" << day << false
        << "Chile and Argentina, which nearly went to war in 1978, signed an energy agreement."
        << "CHL<>ARG:057@-";
    QTest::newRow("date lead is the news of the day")
        << "en" << day << true << "Chile and Argentina signed an energy agreement."
        << "CHL<>ARG:057@2023-05-15";
    QTest::newRow("date later sentence undated")
        << "en" << day << false << "Chile and Argentina signed an energy agreement."
        << "CHL<>ARG:057@-";
    QTest::newRow("date relative without publication")
        << "en" << QString() << false << "Egypt and Sudan signed a water agreement on Friday."
        << "EGY<>SDN:057@-";
    QTest::newRow("date lead without publication")
        << "en" << QString() << true << "Chile and Argentina signed an energy agreement."
        << "CHL<>ARG:057@-";

    // Words of a name are no cues: "May" in "Theresa May" is no modal.
    QTest::newRow("modal word inside a name")
        << "en" << QStringLiteral("2018-02-01") << false
        << "British Prime Minister Theresa May visited China on Wednesday."
        << "GBR>CHN:042@2018-01-31";
    // A cut in relations a government announces is the act, even in a reported future.
    QTest::newRow("announced expulsion")
        << "en" << day << false
        << "The Norwegian foreign minister said on Monday that Norway would expel two Russian "
           "diplomats."
        << "NOR>RUS:161@2023-05-15";
    QTest::newRow("plain future stays an intent")
        << "en" << day << false << "Norway will send humanitarian aid to Sudan."
        << "NOR>SDN:033";
    // An abbreviation's period does not end the gap of a trigger; the doer's own country
    // inside the object is a modifier.
    QTest::newRow("abbreviation inside a trigger")
        << "en" << day << false
        << "The United States froze any U.S. assets of three Belarusian banks."
        << "USA>BLR:163";
    // Acts of one kind joined by "and" share their object.
    QTest::newRow("coordinated acts share the object")
        << "en" << day << false
        << "Canada imposed travel bans and asset freezes on Belarusian officials."
        << "CAN>BLR:163";
    // A place after a locative and a comma is no part of the subject after it.
    QTest::newRow("place before the subject")
        << "en" << day << false << "In Ottawa, Canada imposed sanctions on Belarus."
        << "CAN>BLR:163";
    // Lists mix people and states: "between President X and Chinese President Y".
    QTest::newRow("list of a person and a titled person")
        << "en" << day << false
        << "A meeting between President Emmanuel Macron and Chinese President Xi Jinping took "
           "place in Beijing."
        << "FRA<>CHN:040";
    // A joint act "in the Saudi city of Jeddah" happens there: no third party.
    QTest::newRow("place of an agreement")
        << "en" << day << false
        << "Ethiopia and Eritrea signed an agreement in the Saudi city of Jeddah."
        << "ETH<>ERI:057";
    // Verb before subject in German and Spanish.
    QTest::newRow("de verb second")
        << "de" << day << false
        << "Am Dienstag traf Kanzler Olaf Scholz in Paris mit Präsident Emmanuel Macron zusammen."
        << "DEU<>FRA:040";
    QTest::newRow("es verb before subject")
        << "es" << day << false
        << "El martes se reunió el presidente colombiano Gustavo Petro con Nicolás Maduro en "
           "Caracas."
        << "COL<>VEN:040";
    // German passive reception and verb-final travel take the host from the place.
    QTest::newRow("de received in a country")
        << "de" << day << false
        << "Der französische Präsident ist am Montag in Deutschland mit militärischen Ehren "
           "empfangen worden."
        << "DEU>FRA:043@2023-05-15";
    QTest::newRow("de travelled to")
        << "de" << day << false << "Bundeskanzler Olaf Scholz ist am Sonntag nach Kiew gereist."
        << "DEU>UKR:042@2023-05-14";
    // "the first visit since 2010": a point of comparison, not the date of the act.
    QTest::newRow("since a year")
        << "en" << day << false
        << "The Chilean president visited Peru for the first time since 2010."
        << "CHL>PER:042@-";
    // A place between the doers and a noun announced by them is looked past.
    QTest::newRow("place before an announced noun")
        << "es" << day << false
        << "Chile y Perú anunciaron en Lima la conclusión de las negociaciones de un acuerdo."
        << "CHL<>PER:046";
    // A passive with words between the verb and its agent.
    QTest::newRow("es passive with a date inside")
        << "es" << day << false
        << "El presidente paraguayo fue recibido este lunes por el presidente de Brasil."
        << "BRA>PRY:043@2023-05-15";
    // Long lists of weapons between the verb and the weapon word.
    QTest::newRow("launched a salvo at a country")
        << "en" << day << false
        << "North Korea launched more than 20 ballistic and cruise missiles "
           "at Japan on Monday."
        << "PRK>JPN:195@2023-05-15";
    // A pair after "between" belongs to its noun, not to a later verb.
    QTest::newRow("between pair is no subject")
        << "en" << day << false
        << "The crisis between Spain and Morocco began after a hospital in Logroño hosted an "
           "Algerian delegation."
        << "";
    // German perfect: subject and object both stand before the verb at the clause's end.
    QTest::newRow("de verb at the end")
        << "de" << day << false
        << "Am Montag hat Polen drei Diplomaten der belarussischen Botschaft des Landes verwiesen."
        << "POL>BLR:161@2023-05-15";
    QTest::newRow("es verb first with a long gap")
        << "es" << day << false << "Retira Chile de forma definitiva a su embajador en Nicaragua."
        << "CHL>NIC:161";
    QTest::newRow("carried out strikes")
        << "en" << day << false
        << "Israel carried out air strikes against targets across Syria on Monday."
        << "ISR>SYR:195@2023-05-15";
    // Coordinated predicates share their subject.
    QTest::newRow("second verb keeps the subject")
        << "en" << day << false << "Brazil hosted the Argentine president and condemned Venezuela."
        << "BRA>ARG:043;BRA>VEN:111";
    // The object of a pair's act is no member of the pair.
    QTest::newRow("object inside the acting list")
        << "en" << day << false
        << "French and German jets shot down two drones, the French navy said."
        << "";
    // A noun's doer is not the subject of another act before it, nor an earlier act's object.
    QTest::newRow("noun after another act")
        << "en" << day << false << "Canada condemned the attack in the strongest terms."
        << "";
    QTest::newRow("noun after an earlier object")
        << "en" << day << false
        << "Peru recalled its ambassadors to Chile and Bolivia for consultations."
        << "PER>CHL:161;PER>BOL:161";
}

namespace {

/// Rows the pipeline gets wrong in code or data under other hands (the event coder, the CAMEO
/// triggers and cues, sentence segmentation): the reason, reported for fixing there.
const char* knownFailure(const char* row) {
    static const std::pair<const char*, const char*> failures[] = {
        {"de sagte ab", "modality.tsv: 'sagte|sagten * ab' allows 3 words between the verb and "
                        "its particle; 'sagte den Besuch in der Ukraine ab' has 5"},
        {"de nicht", "EventCoder: a German 'nicht' after the object (end of the clause) does not "
                     "negate the verb before it"},
        {"de will", "triggers_de.tsv: aid triggers list past forms verb-first only; the "
                    "infinitive after a modal ('Hilfe schicken') is not matched"},
        {"date of each target", "EventCoder: 'received A on Tuesday and B on Wednesday' gives "
                                "only the event with A (a date between the list members breaks "
                                "the list)"},
        {"de wird", "EventCoder: in a German verb-final clause the modal 'wird' stands far "
                    "before 'unterzeichnen' and is not seen; the subject is taken from the "
                    "nearest actor before the verb (UKR>SWE:057 instead of SWE>UKR:03x)"},
    };
    for (const auto& [name, reason] : failures) {
        if (qstrcmp(name, row) == 0)
            return reason;
    }
    return nullptr;
}

} // namespace

void TestExtractionRules::rules() {
    QFETCH(QString, language);
    QFETCH(QString, published);
    QFETCH(bool, lead);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const Extraction out = run(language, published, lead, text);
    QVERIFY2(furnitureProblem(out.document.document).isEmpty(),
             qPrintable(furnitureProblem(out.document.document)));
    QCOMPARE(QString::fromStdString(out.document.document.language), language);
    QCOMPARE(QString::fromStdString(out.document.document.published.toIso()), published);
    QString message;
    if (const char* reason = knownFailure(QTest::currentDataTag()))
        QEXPECT_FAIL("", reason, Continue);
    QVERIFY2(
        sameEvents(out.events, expected, message),
        qPrintable(message + QStringLiteral("\n   entities: ") + describeEntities(out.document)));
}

void TestExtractionRules::dedupWithinDocument() {
    // The same signing told twice in one article: one event, two pieces of evidence.
    const QString text = articleText(
        "en", "2023-05-15",
        {QStringLiteral("Chile and Argentina signed an energy agreement on Friday in Santiago."),
         QStringLiteral("Officials said the agreement covers gas pipelines and power lines."),
         QStringLiteral("Analysts expect more trade in the coming years."),
         QStringLiteral("The agreement Chile and Argentina signed on Friday replaces one from "
                        "1995.")});
    Document document = readArticle(text, "one");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12", message), qPrintable(message));
    for (const Event& event : out.events) {
        QCOMPARE(event.evidence.size(), std::size_t(2));
        QCOMPARE(event.documents, std::vector<std::string>{"one"});
        QVERIFY(event.evidence[0].sentence.start < event.evidence[1].sentence.start);
    }
}

void TestExtractionRules::dedupRetoldNews() {
    // Told again later without its date, the same signing is still one event of that day.
    const QString text =
        articleText("en", "2023-05-15",
                    {QStringLiteral("Chile and Argentina signed an energy agreement on Friday."),
                     neutralLead("en"),
                     QStringLiteral("Chile and Argentina signed the agreement in Santiago.")});
    Document document = readArticle(text, "retold");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12", message), qPrintable(message));
    for (const Event& event : out.events)
        QCOMPARE(event.evidence.size(), std::size_t(2));
}

void TestExtractionRules::differentDatesStayApart() {
    // The same pair and root on two dates are two events.
    const QString text =
        articleText("en", "2023-05-15",
                    {QStringLiteral("Chile and Argentina signed an energy agreement on Friday."),
                     QStringLiteral("In 2019, Chile and Argentina signed a mining agreement.")});
    Document document = readArticle(text, "apart");
    QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    Extraction out = extractArticle(*m_resources, std::move(document));
    EventMerger::merge(out.events);
    QString message;
    QVERIFY2(sameEvents(out.events, "CHL<>ARG:057@2023-05-12;CHL<>ARG:057@2019", message),
             qPrintable(message));
    for (const Event& event : out.events)
        QCOMPARE(event.evidence.size(), std::size_t(1));
}

void TestExtractionRules::dedupAcrossDocuments() {
    // Two outlets report the same visit on the same day: one event with two sources.
    std::vector<Document> documents;
    documents.push_back(readArticle(
        articleText("en", "2023-05-15",
                    {QStringLiteral("The Mongolian president visited Beijing on Saturday.")}),
        "first"));
    documents.push_back(readArticle(
        articleText("es", "2023-05-15",
                    {QStringLiteral("El presidente de Mongolia visitó Pekín el sábado.")}),
        "second"));
    for (const Document& document : documents)
        QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    const ExtractionResult result =
        Extractor(*m_resources, 1).extractDocuments(std::move(documents));
    QString message;
    QVERIFY2(sameEvents(result.events, "MNG>CHN:042@2023-05-13", message), qPrintable(message));
    const Event& event = result.events.front();
    QCOMPARE(event.documents, (std::vector<std::string>{"first", "second"}));
    QCOMPARE(event.evidence.size(), std::size_t(2));
    QCOMPARE(event.evidence[0].document, std::string("first"));
    QCOMPARE(event.evidence[1].document, std::string("second"));
}

void TestExtractionRules::undatedReportsStayApartAcrossDocuments() {
    // Undated reports in different articles may be different events: they are not merged.
    std::vector<Document> documents;
    for (const char* id : {"first", "second"})
        documents.push_back(
            readArticle(articleText("en", QString(),
                                    {neutralLead("en"),
                                     QStringLiteral("The Mongolian president visited Beijing.")}),
                        id));
    for (const Document& document : documents)
        QVERIFY2(furnitureProblem(document).isEmpty(), qPrintable(furnitureProblem(document)));
    const ExtractionResult result =
        Extractor(*m_resources, 1).extractDocuments(std::move(documents));
    QString message;
    QVERIFY2(sameEvents(result.events, "MNG>CHN:042@-;MNG>CHN:042@-", message),
             qPrintable(message));
}

void TestExtractionRules::money_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("event");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("amountText");

    QTest::newRow("en dollars") << "en"
                                << "China granted Laos a $43 million credit for the railway."
                                << "CHN>LAO:071" << 43e6 << "USD"
                                << "$43 million";
    QTest::newRow("es millones de euros")
        << "es"
        << "Alemania concedió a Polonia un crédito de 45.000 millones de euros."
        << "DEU>POL:071" << 45e9 << "EUR"
        << "45.000 millones de euros";
    QTest::newRow("ru миллиарда долларов")
        << "ru"
        << "Россия предоставила Белоруссии кредит в размере 1,5 миллиарда долларов."
        << "RUS>BLR:071" << 1.5e9 << "USD"
        << "1,5 миллиарда долларов";
    QTest::newRow("en US$ billion loan") << "en"
                                         << "Japan extended a US$1.2 billion loan to Indonesia."
                                         << "JPN>IDN:071" << 1.2e9 << "USD"
                                         << "US$1.2 billion";
    QTest::newRow("no amount on a condemnation")
        << "en"
        << "Brazil condemned Paraguay over the $2 million fine."
        << "BRA>PRY:111" << 0.0 << ""
        << "";
    QTest::newRow("de Millionen Euro")
        << "de"
        << "Deutschland gewährte Georgien einen Kredit über 100 Millionen Euro."
        << "DEU>GEO:071" << 1e8 << "EUR"
        << "100 Millionen Euro";
}

void TestExtractionRules::money() {
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, event);
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(QString, amountText);

    const Extraction out = run(language, QStringLiteral("2023-05-15"), false, text);
    QVERIFY2(furnitureProblem(out.document.document).isEmpty(),
             qPrintable(furnitureProblem(out.document.document)));
    QString message;
    QVERIFY2(
        sameEvents(out.events, event, message),
        qPrintable(message + QStringLiteral("\n   entities: ") + describeEntities(out.document)));
    const Event& e = out.events.front();
    if (value == 0.0) {
        QVERIFY2(!e.money.has_value(), "an amount on an event that takes none");
        return;
    }
    QVERIFY2(e.money.has_value(), "the amount was not kept on the event");
    QCOMPARE(e.money->value, value);
    QCOMPARE(QString::fromStdString(e.money->currency), currency);
    QCOMPARE(slice(out.document.document.text, e.money->span), amountText);
}

void TestExtractionRules::evidence() {
    // The evidence points at the sentence, the trigger and both actors in the document's text.
    const QString sentence = QStringLiteral("Portugal and Angola signed a visa agreement.");
    const Extraction out = run("en", QStringLiteral("2023-05-15"), false, sentence);
    QString message;
    QVERIFY2(sameEvents(out.events, "PRT<>AGO:057", message), qPrintable(message));
    const std::u32string& text = out.document.document.text;
    for (const Event& event : out.events) {
        QCOMPARE(event.evidence.size(), std::size_t(1));
        const Evidence& evidence = event.evidence.front();
        QCOMPARE(evidence.document, std::string("rule"));
        QCOMPARE(slice(text, evidence.sentence), sentence);
        QCOMPARE(slice(text, evidence.trigger), QString::fromStdString(evidence.triggerText));
        QVERIFY(evidence.sentence.contains(evidence.trigger));
        const QString source = slice(text, evidence.sourceSpan);
        const QString target = slice(text, evidence.targetSpan);
        QCOMPARE(source,
                 event.source == "PRT" ? QStringLiteral("Portugal") : QStringLiteral("Angola"));
        QCOMPARE(target,
                 event.target == "PRT" ? QStringLiteral("Portugal") : QStringLiteral("Angola"));
    }
}

QTEST_GUILESS_MAIN(TestExtractionRules)
#include "TestExtractionRules.moc"
