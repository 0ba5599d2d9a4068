// Coding rules end to end: who acts on whom in sentences written for these tests, in four
// languages — basics, negation and cancellation, modality, lists, visits and hosts, people named
// before, reciprocal and domestic acts, and sentence structure (inversion, clause-final verbs,
// coordination, nouns and their doers). Dating, merging and what events carry are tested in
// TestEventDating, TestEventMerging and TestEventDetails.
#include "RuleTestSupport.h"

using namespace dyad;
using namespace dyad::test;

class TestExtractionRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void rules_data();
    void rules();
    void russianTakenForAnotherLanguage();

private:
    const ExtractionResources* m_resources = nullptr;
};

void TestExtractionRules::initTestCase() {
    m_resources = loadRuleResources();
    QVERIFY2(m_resources, "DYAD_SOURCE_DIR is not set");
}

void TestExtractionRules::rules_data() {
    addRuleColumns();

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
    // Recalling an envoy: the post named by its place is the other party.
    QTest::newRow("en recalled ambassador from a capital")
        << "en" << day << false << "Canada recalled its ambassador from Riyadh."
        << "CAN>SAU:161";
    QTest::newRow("de rief Botschafter zurueck, Hauptstadt")
        << "de" << day << false
        << "Am Dienstag rief Wien den österreichischen Botschafter in Minsk, Herrn Huber, zu "
           "Konsultationen zurück."
        << "AUT>BLR:161";
    QTest::newRow("es retiró embajadora de una capital")
        << "es" << day << false << "Chile retiró a su embajadora en Managua."
        << "CHL>NIC:161";
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
    // German perfect: the actor before the auxiliary is the subject of the participle at the
    // end, past another actor in between.
    QTest::newRow("de ist ... gereist, actor between")
        << "de" << day << false
        << "Polens Präsident ist am Montag als erster Staatschef aus dem Kreis der NATO-Staaten "
           "nach Vietnam gereist."
        << "POL>VNM:042";
    QTest::newRow("de hat ... unterzeichnet, actor between")
        << "de" << day << false
        << "Kenia hat nach Angaben der Afrikanischen Union ein Abkommen mit Tansania "
           "unterzeichnet."
        << "KEN<>TZA:057";
    // A decision to act is no act yet.
    QTest::newRow("en decided to")
        << "en" << day << false << "Canada decided to send humanitarian aid to Haiti."
        << "CAN>HTI:03*";
    QTest::newRow("es decidió") << "es" << day << false
                                << "Chile decidió enviar ayuda humanitaria a Bolivia."
                                << "CHL>BOL:03*";
    QTest::newRow("ru решила") << "ru" << day << false
                               << "Индия решила подписать соглашение с Россией."
                               << "IND>RUS:03*";
    QTest::newRow("de entschieden, zur Verfuegung zu stellen")
        << "de" << day << false
        << "Die Bundesregierung hat entschieden, der Ukraine Panzer zur Verfügung zu stellen."
        << "DEU>UKR:03*";
    QTest::newRow("de stellte zur Verfuegung (control)")
        << "de" << day << false << "Deutschland stellte der Ukraine Kampfpanzer zur Verfügung."
        << "DEU>UKR:070";
    // A date between the verb and its object ("alcanzaron este jueves, 7 de junio, un acuerdo").
    QTest::newRow("es alcanzaron, date between")
        << "es" << day << false
        << "Chile y Perú alcanzaron este jueves, 11 de mayo, un acuerdo comercial."
        << "CHL<>PER:057";
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

    // A verb judging an act judges the act's doer; talking about an act is no talk with it.
    QTest::newRow("en rejected the accusations of")
        << "en" << day << false << "Belarus rejected the accusations of Lithuania."
        << "BLR>LTU:120";
    QTest::newRow("en condemned the attack by")
        << "en" << day << false << "Poland condemned the attack by Russia on the power plant."
        << "POL>RUS:111";
    QTest::newRow("en condemned an attack, the doer far away")
        << "en" << day << false
        << "Peru condemned the attack in the strongest terms and said it would ask the leaders "
           "of Ecuador for help."
        << "";
    QTest::newRow("en discussed sanctions against")
        << "en" << day << false << "The leaders discussed new sanctions against Syria."
        << "";

    // Three or more parties acting together: each pair, also when one is named again after the
    // verb.
    QTest::newRow("en three states signed")
        << "en" << day << false << "Brazil, Argentina and Uruguay signed a customs agreement."
        << "BRA<>ARG:057;BRA<>URY:057;ARG<>URY:057";
    QTest::newRow("ru leaders of three states signed, one named again")
        << "ru" << day << false
        << "Лидеры Казахстана, Киргизии и Узбекистана подписали соглашение о киргизском "
           "водохранилище."
        << "KAZ<>KGZ:057;KAZ<>UZB:057;KGZ<>UZB:057";

    // Russian: an institution after the locative opening the clause speaks for itself.
    QTest::newRow("ru В МИД осудили")
        << "ru" << day << false << "В МИД Казахстана осудили решение Киргизии."
        << "KAZ>KGZ:111";
    QTest::newRow("ru talks in the Kremlin do not speak")
        << "ru" << day << false
        << "Президенты Армении и Азербайджана по итогам переговоров в Кремле подписали "
           "заявление."
        << "ARM<>AZE:040;ARM<>AZE:057";

    // German verb-final clauses: the object before the verb, even inside the trigger; nothing
    // after the comma that ends the clause.
    QTest::newRow("de object runs into the trigger noun")
        << "de" << day << false << "Die Niederlande haben den iranischen Botschafter ausgewiesen."
        << "NLD>IRN:161";
    QTest::newRow("de object starts with the trigger noun")
        << "de" << day << false << "Estland hat den Botschafter Russlands ausgewiesen."
        << "EST>RUS:161";
    QTest::newRow("de getroffen, the next clause elided")
        << "de" << day << false
        << "Am Montag hatte der ukrainische Präsident in Warschau den polnischen Präsidenten "
           "getroffen, am Dienstag in Vilnius den litauischen."
        << "UKR<>POL:040";
    QTest::newRow("de the dateline's place is no party")
        << "de" << day << true
        << "BERLIN, 15. Mai (dpa) - Am Montag hatte der ukrainische Präsident in Warschau den "
           "polnischen Präsidenten getroffen."
        << "UKR<>POL:040";
    QTest::newRow("de getroffen without a person is no meeting")
        << "de" << day << false << "Die Rakete hat das Gebäude in der Ukraine getroffen."
        << "";
    QTest::newRow("de Absage erteilt")
        << "de" << day << false << "Ungarn hat der Slowakei eine Absage erteilt."
        << "HUN>SVK:120";
    QTest::newRow("de Gefangene ausgetauscht")
        << "de" << day << false << "Armenien und Aserbaidschan haben Gefangene ausgetauscht."
        << "ARM<>AZE:0841";
    QTest::newRow("de sagte Millionen zu")
        << "de" << day << false
        << "Japan sagte Indonesien 300 Millionen Dollar für den Hochwasserschutz zu."
        << "JPN>IDN:033";
    QTest::newRow("de Abkommen ausgesetzt")
        << "de" << day << false << "Kolumbien hat das Abkommen mit Ecuador ausgesetzt."
        << "COL>ECU:160";

    // Declining to act: no act; declining to meet is a refusal to meet (125).
    QTest::newRow("en declined to discuss")
        << "en" << day << false
        << "Canada declined to discuss the review of its policy on China with Japan."
        << "";
    QTest::newRow("ru отказался встретиться")
        << "ru" << day << false << "Президент Турции отказался встретиться с делегацией Греции."
        << "TUR>GRC:125";
    QTest::newRow("de weigerte sich zu treffen")
        << "de" << day << false
        << "Die Türkei weigerte sich, die griechische Delegation zu treffen."
        << "TUR>GRC:125";

    // Passive acts: the listed subjects undergo the act; with no agent named, nobody acts.
    QTest::newRow("de passive list without agent")
        << "de" << day << false
        << "Bei dem Angriff wurden drei Franzosen und ein belgischer Journalist getötet."
        << "";
    QTest::newRow("de zog Botschafter ab, place of the embassy")
        << "de" << day << false << "Chile zog am selben Tag seinen Botschafter aus Tel Aviv ab."
        << "CHL>ISR:161";
    QTest::newRow("de setzte Militärabkommen aus")
        << "de" << day << false << "Griechenland setzt alle Militärabkommen mit Libyen aus."
        << "GRC>LBY:160";
    QTest::newRow("en reopened the border")
        << "en" << day << false << "Peru and Ecuador reopened their common border."
        << "PER<>ECU:081";
    QTest::newRow("es reabrieron la frontera")
        << "es" << day << false << "Perú y Ecuador reabrieron la frontera al comercio."
        << "PER<>ECU:081";
    QTest::newRow("ru открыли границу")
        << "ru" << day << false << "Армения и Турция открыли границу для граждан третьих стран."
        << "ARM<>TUR:081";
    QTest::newRow("de öffneten die Grenze wieder")
        << "de" << day << false << "Polen und Belarus öffneten die Grenze wieder."
        << "POL<>BLR:081";

    // Recalls and expulsions as agencies word them.
    QTest::newRow("es llamó este sábado a consultas")
        << "es" << day << false
        << "El Gobierno de Bolivia llamó este lunes a consultas a su embajador en Perú."
        << "BOL>PER:161";
    QTest::newRow("de zur Ausreise aufgefordert")
        << "de" << day << false
        << "Burkina Faso hat den französischen Botschafter Luc Girard zur Ausreise aufgefordert."
        << "BFA>FRA:161";
    QTest::newRow("de holte Botschafter zurück")
        << "de" << day << false << "Deutschland holte seine Botschafterin aus Niamey zurück."
        << "DEU>NER:161";
    // A government "in" a state or its capital is that state's; an embassy there is not.
    QTest::newRow("de Militärregierung in Niger")
        << "de" << day << false
        << "Die Militärregierung in Niger hat den deutschen Botschafter ausgewiesen."
        << "NER>DEU:161";
    QTest::newRow("en foreign ministry in a capital")
        << "en" << day << false << "The foreign ministry in Paris condemned the coup in Niger."
        << "FRA>NER:111";
    QTest::newRow("en embassy in a capital")
        << "en" << day << false << "The embassy in Moscow condemned the arrest."
        << "";
    QTest::newRow("en released citizens")
        << "en" << day << false << "Venezuela released three Colombian citizens."
        << "VEN>COL:0841";

    // Russian: a withdrawal from a state, an appeal with a request.
    QTest::newRow("ru начали вывод из")
        << "ru" << day << false << "Миротворческие силы ОДКБ начали вывод из Таджикистана."
        << "CSTO>TJK:087";
    QTest::newRow("ru обратился с просьбой")
        << "ru" << day << false
        << "Премьер-министр Армении обратился к союзникам по ОДКБ с просьбой о поддержке."
        << "ARM>CSTO:020";

    // Destroying property (1712).
    QTest::newRow("en blew up") << "en" << day << false
                                << "Serbia blew up the joint customs post with Kosovo."
                                << "SRB>XKK:1712";
    QTest::newRow("de in die Luft gesprengt")
        << "de" << day << false
        << "Aserbaidschan hat die gemeinsame Grenzstation mit Armenien in die Luft gesprengt."
        << "AZE>ARM:1712";

    // Releases, hand-overs and trade status.
    QTest::newRow("en handed back")
        << "en" << day << false << "Ghana handed the detained Togolese fishermen back to Togo."
        << "GHA>TGO:084";
    QTest::newRow("en freed citizens") << "en" << day << false << "Iran freed two French citizens."
                                       << "IRN>FRA:0841";
    QTest::newRow("en freed up funds")
        << "en" << day << false << "The ruling freed up funds for Kenya."
        << "";
    QTest::newRow("en an annex is no annexation")
        << "en" << day << false << "Chile and Peru agreed on an annex to the treaty."
        << "CHL<>PER:030";
    QTest::newRow("en revoked trade preferences")
        << "en" << day << false << "Canada revoked the trade preferences it had granted Belarus."
        << "CAN>BLR:163";
    QTest::newRow("en summoned high commissioner")
        << "en" << day << false << "Bangladesh summoned India's high commissioner."
        << "BGD>IND:114";
    QTest::newRow("en a date of the month is no modal")
        << "en" << day << false << "On 10 May, Canada revoked the trade preferences of Belarus."
        << "CAN>BLR:163";
}

void TestExtractionRules::rules() {
    verifyRule(*m_resources);
}

// A short Russian note may be detected as Serbian or Belarusian (no rules) or even English:
// Cyrillic text is coded with the Russian rules.
void TestExtractionRules::russianTakenForAnotherLanguage() {
    const QString text = articleText(QStringLiteral("ru"), QStringLiteral("2023-05-15"),
                                     {neutralLead(QStringLiteral("ru")) +
                                      QStringLiteral(" Литва осудила Белоруссию за учения.")});
    for (const char* language : {"ru", "sr", "be", "en", "und"}) {
        Document document = readArticle(text, QStringLiteral("note"));
        document.language = language;
        const Extraction out = extractArticle(*m_resources, std::move(document));
        QString message;
        QVERIFY2(sameEvents(out.events, QStringLiteral("LTU>BLR:111"), message),
                 qPrintable(QString::fromLatin1(language) + QStringLiteral(": ") + message));
    }
}

QTEST_GUILESS_MAIN(TestExtractionRules)
#include "TestExtractionRules.moc"
