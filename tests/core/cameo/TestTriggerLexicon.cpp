#include "core/cameo/CameoCatalog.h"
#include "core/cameo/TriggerLexicon.h"
#include "core/util/Utf.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <map>
#include <memory>

using namespace dyad;

namespace {

std::string cameoDirectory() {
    return qEnvironmentVariable("DYAD_SOURCE_DIR").toStdString() + "/resources/lexicon/cameo";
}

QString joined(const std::vector<std::string>& errors) {
    QStringList out;
    for (const auto& error : errors)
        out << QString::fromStdString(error);
    return out.join('\n');
}

struct Found {
    std::vector<TriggerMatch> matches;
    std::u32string text;
    std::vector<Token> tokens;
    QString describe() const {
        QStringList out;
        for (const auto& m : matches)
            out << QString::fromStdString(m.code + " [" + sliceUtf8(text, m.span) + "]");
        return out.join(", ");
    }
};

} // namespace

class TestTriggerLexicon : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void phraseCounts_data();
    void phraseCounts();
    void findsTriggers_data();
    void findsTriggers();
    void flags_data();
    void flags();
    void neutralSentences_data();
    void neutralSentences();
    void gapTokensAreNotMatched();
    void gapsStopAtClauseEnds();
    void unknownLanguageFindsNothing();
    void malformedLines_data();
    void malformedLines();

private:
    Found find(const QString& language, const QString& sentence);

    CameoCatalog m_catalog;
    TriggerLexicon m_lexicon;
    std::map<std::string, std::unique_ptr<Tokenizer>> m_tokenizers;
};

Found TestTriggerLexicon::find(const QString& language, const QString& sentence) {
    auto& tokenizer = m_tokenizers[language.toStdString()];
    if (!tokenizer)
        tokenizer = std::make_unique<Tokenizer>(language.toStdString());
    Found found;
    found.text = fromUtf8(sentence.toStdString());
    found.tokens = tokenizer->tokenize(found.text);
    found.matches = m_lexicon.findTriggers(found.tokens, language.toStdString());
    return found;
}

void TestTriggerLexicon::initTestCase() {
    QVERIFY2(qEnvironmentVariableIsSet("DYAD_SOURCE_DIR"), "DYAD_SOURCE_DIR is not set");
    std::vector<std::string> errors;
    m_catalog = CameoCatalog::load(cameoDirectory() + "/codes.tsv", errors);
    m_lexicon = TriggerLexicon::load(cameoDirectory(), m_catalog, errors);
    QVERIFY2(errors.empty(), qPrintable(joined(errors)));
}

void TestTriggerLexicon::phraseCounts_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("minimum");
    QTest::newRow("en") << "en" << 250;
    QTest::newRow("es") << "es" << 150;
    QTest::newRow("ru") << "ru" << 150;
    QTest::newRow("de") << "de" << 150;
}

void TestTriggerLexicon::phraseCounts() {
    QFETCH(QString, language);
    QFETCH(int, minimum);
    const auto count = m_lexicon.phraseCount(language.toStdString());
    QVERIFY2(count >= static_cast<std::size_t>(minimum), qPrintable(QString::number(count)));
}

void TestTriggerLexicon::findsTriggers_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("trigger");
    // English
    QTest::newRow("en met with") << "en"
                                 << "The Chilean envoy met with his Peruvian counterpart."
                                 << "040"
                                 << "met with";
    QTest::newRow("en meets") << "en"
                              << "Ghana's president meets the Kenyan leader today."
                              << "040"
                              << "meets";
    QTest::newRow("en held talks gap") << "en"
                                       << "Oslo and Rome held three days of talks."
                                       << "040"
                                       << "held three days of talks";
    QTest::newRow("en longest sign") << "en"
                                     << "Laos and Vietnam signed a strategic partnership "
                                        "agreement in May."
                                     << "057"
                                     << "signed a strategic partnership agreement";
    QTest::newRow("en phone call noun") << "en"
                                        << "A telephone conversation between the two leaders "
                                           "lasted an hour."
                                        << "041"
                                        << "telephone conversation";
    QTest::newRow("en visit") << "en"
                              << "The Indian premier visited Nairobi on Friday."
                              << "042"
                              << "visited";
    QTest::newRow("en hosted") << "en"
                               << "Qatar hosted the Iranian foreign minister."
                               << "043"
                               << "hosted";
    QTest::newRow("en humanitarian aid") << "en"
                                         << "Norway sent tonnes of humanitarian aid to Sudan."
                                         << "073"
                                         << "sent tonnes of humanitarian aid";
    QTest::newRow("en credit") << "en"
                               << "The bank granted Egypt a new loan last week."
                               << "071"
                               << "granted Egypt a new loan";
    QTest::newRow("en condemn") << "en"
                                << "Paris strongly condemned the decision."
                                << "111"
                                << "condemned";
    QTest::newRow("en criticises") << "en"
                                   << "Ottawa criticises Beijing over trade."
                                   << "111"
                                   << "criticises";
    QTest::newRow("en accused of espionage") << "en"
                                             << "Minsk accused the Polish consul of espionage."
                                             << "1125"
                                             << "accused the Polish consul of espionage";
    QTest::newRow("en vetoed") << "en"
                               << "Moscow vetoed the draft resolution."
                               << "129"
                               << "vetoed";
    QTest::newRow("en threatened sanctions") << "en"
                                             << "Washington threatened tough sanctions on Caracas."
                                             << "1312"
                                             << "threatened tough sanctions";
    QTest::newRow("en imposed sanctions") << "en"
                                          << "Brussels imposed new sanctions on Minsk."
                                          << "163"
                                          << "imposed new sanctions";
    QTest::newRow("en expelled diplomats") << "en"
                                           << "Prague expelled eighteen Russian diplomats."
                                           << "161"
                                           << "expelled eighteen Russian diplomats";
    QTest::newRow("en recalled ambassador") << "en"
                                            << "Lima recalled its ambassador from Mexico."
                                            << "161"
                                            << "recalled its ambassador";
    QTest::newRow("en arrested") << "en"
                                 << "Police arrested two foreign journalists."
                                 << "173"
                                 << "arrested";
    QTest::newRow("en airstrikes") << "en"
                                   << "Overnight air strikes hit the port."
                                   << "195"
                                   << "air strikes";
    QTest::newRow("en shelled") << "en"
                                << "Troops shelled the border village."
                                << "194"
                                << "shelled";
    QTest::newRow("en invaded") << "en"
                                << "Iraq invaded Kuwait in 1990."
                                << "190"
                                << "invaded";
    QTest::newRow("en ceasefire violated") << "en"
                                           << "Both sides violated the truce."
                                           << "196"
                                           << "violated the truce";
    QTest::newRow("en agreed to meet") << "en"
                                       << "The two leaders agreed to meet in Vienna."
                                       << "036"
                                       << "agreed to meet";
    QTest::newRow("en ceasefire declared") << "en"
                                           << "The rebels declared a ceasefire."
                                           << "0871"
                                           << "declared a ceasefire";
    // Spanish
    QTest::newRow("es se reunió") << "es"
                                  << "El canciller se reunió con su homólogo boliviano."
                                  << "040"
                                  << "reunió con";
    QTest::newRow("es firmaron acuerdo") << "es"
                                         << "Uruguay y Paraguay firmaron un acuerdo comercial."
                                         << "057"
                                         << "firmaron un acuerdo";
    QTest::newRow("es firmó memorando") << "es"
                                        << "Bolivia firmó un memorando de entendimiento con India."
                                        << "057"
                                        << "firmó un memorando de entendimiento";
    QTest::newRow("es visita nominal") << "es"
                                       << "La visita oficial del primer ministro a Quito terminó."
                                       << "042"
                                       << "visita oficial";
    QTest::newRow("es condenó") << "es"
                                << "Madrid condenó el ataque contra la embajada."
                                << "111"
                                << "condenó";
    QTest::newRow("es sanciones") << "es"
                                  << "Washington impuso nuevas sanciones a Managua."
                                  << "163"
                                  << "impuso nuevas sanciones";
    QTest::newRow("es ayuda humanitaria") << "es"
                                          << "México envió ayuda humanitaria a Honduras."
                                          << "073"
                                          << "envió ayuda humanitaria";
    QTest::newRow("es conversación telefónica")
        << "es"
        << "Ambos presidentes mantuvieron una conversación telefónica."
        << "041"
        << "mantuvieron una conversación telefónica";
    QTest::newRow("es expulsó diplomáticos") << "es"
                                             << "Caracas expulsó a tres diplomáticos españoles."
                                             << "161"
                                             << "expulsó a tres diplomáticos";
    QTest::newRow("es detenidos") << "es"
                                  << "La policía detuvo a dos activistas."
                                  << "173"
                                  << "detuvo";
    QTest::newRow("es acusó") << "es"
                              << "Quito acusó a Bogotá de injerencia."
                              << "112"
                              << "acusó";
    QTest::newRow("es bombardeos") << "es"
                                   << "Los bombardeos aéreos destruyeron el puente."
                                   << "195"
                                   << "bombardeos aéreos";
    // Russian
    QTest::newRow("ru встретился") << "ru"
                                   << "Министр встретился с послом Японии."
                                   << "040"
                                   << "встретился с";
    QTest::newRow("ru переговоры") << "ru"
                                   << "Президенты провели переговоры в Кремле."
                                   << "040"
                                   << "провели переговоры";
    QTest::newRow("ru подписали соглашение") << "ru"
                                             << "Стороны подписали соглашение о сотрудничестве."
                                             << "057"
                                             << "подписали соглашение";
    QTest::newRow("ru подписал меморандум")
        << "ru"
        << "Казахстан подписал меморандум о взаимопонимании с Индией."
        << "057"
        << "подписал меморандум о взаимопонимании";
    QTest::newRow("ru визит") << "ru"
                              << "Официальный визит премьера в Ханой завершился."
                              << "042"
                              << "Официальный визит";
    QTest::newRow("ru телефонный разговор") << "ru"
                                            << "Лидеры провели телефонный разговор в среду."
                                            << "041"
                                            << "провели телефонный разговор";
    QTest::newRow("ru осудил") << "ru"
                               << "МИД осудил действия властей Эстонии."
                               << "111"
                               << "осудил";
    QTest::newRow("ru санкции") << "ru"
                                << "Лондон ввел новые санкции против банков."
                                << "163"
                                << "ввел новые санкции";
    QTest::newRow("ru высылка дипломатов") << "ru"
                                           << "Варшава выслала трех российских дипломатов."
                                           << "161"
                                           << "выслала трех российских дипломатов";
    QTest::newRow("ru гуманитарная помощь") << "ru"
                                            << "Россия направила гуманитарную помощь в Сирию."
                                            << "073"
                                            << "направила гуманитарную помощь";
    QTest::newRow("ru обстрел") << "ru"
                                << "Армия обстреляла позиции противника."
                                << "194"
                                << "обстреляла";
    QTest::newRow("ru задержан passive") << "ru"
                                         << "Журналист был задержан полицией."
                                         << "173"
                                         << "был задержан";
    // German
    QTest::newRow("de traf sich") << "de"
                                  << "Der Kanzler traf sich mit dem Präsidenten Chiles."
                                  << "040"
                                  << "traf sich mit";
    QTest::newRow("de kam zusammen gap") << "de"
                                         << "Die Ministerin kam mit ihrem Amtskollegen zusammen."
                                         << "040"
                                         << "kam mit ihrem Amtskollegen zusammen";
    QTest::newRow("de unterzeichneten") << "de"
                                        << "Beide Länder unterzeichneten ein Abkommen über Handel."
                                        << "057"
                                        << "unterzeichneten ein Abkommen";
    QTest::newRow("de Besuch") << "de"
                               << "Der Besuch des Premiers in Wien dauerte zwei Tage."
                               << "042"
                               << "Besuch";
    QTest::newRow("de Telefonat") << "de"
                                  << "Die Regierungschefs führten ein Telefonat."
                                  << "041"
                                  << "führten ein Telefonat";
    QTest::newRow("de sprach sich aus") << "de"
                                        << "Berlin sprach sich gegen den Plan aus."
                                        << "120"
                                        << "sprach sich gegen den Plan aus";
    QTest::newRow("de verurteilte") << "de"
                                    << "Paris verurteilte den Angriff scharf."
                                    << "111"
                                    << "verurteilte";
    QTest::newRow("de Sanktionen verhängt") << "de"
                                            << "Die EU verhängte neue Sanktionen gegen Minsk."
                                            << "163"
                                            << "verhängte neue Sanktionen";
    QTest::newRow("de wies aus") << "de"
                                 << "Berlin wies zwei russische Diplomaten aus."
                                 << "161"
                                 << "wies zwei russische Diplomaten aus";
    QTest::newRow("de humanitäre Hilfe") << "de"
                                         << "Österreich schickte humanitäre Hilfe nach Libyen."
                                         << "073"
                                         << "schickte humanitäre Hilfe";
    QTest::newRow("de festgenommen") << "de"
                                     << "Die Polizei nahm drei Aktivisten fest."
                                     << "173"
                                     << "nahm drei Aktivisten fest";
    QTest::newRow("de Luftangriffe") << "de"
                                     << "Luftangriffe trafen die Hafenstadt."
                                     << "195"
                                     << "Luftangriffe";
    QTest::newRow("de reist nach") << "de"
                                   << "Die Außenministerin reist nach Peking."
                                   << "042"
                                   << "reist nach";
    QTest::newRow("de nach zu reisen") << "de"
                                       << "Der Präsident plant, nach Ankara zu reisen."
                                       << "042"
                                       << "nach Ankara zu reisen";
    QTest::newRow("de erkennt an") << "de"
                                   << "Das Parlament erkennt die Unabhängigkeit Kosovos an."
                                   << "054"
                                   << "erkennt die Unabhängigkeit Kosovos an";
    QTest::newRow("de als Völkermord an") << "de"
                                          << "Kanada erkannte die Verbrechen als Völkermord an."
                                          << "054"
                                          << "erkannte die Verbrechen als Völkermord an";
    QTest::newRow("de bittet um Vergebung") << "de"
                                            << "Der Premier bittet das Nachbarland um Vergebung."
                                            << "055"
                                            << "bittet das Nachbarland um Vergebung";
    QTest::newRow("de sicherte Unterstützung zu") << "de"
                                                  << "Paris sicherte Kiew weitere Unterstützung zu."
                                                  << "032"
                                                  << "sicherte Kiew weitere Unterstützung zu";
    QTest::newRow("de Millionen zugesagt") << "de"
                                           << "Japan hat der Region 300 Millionen Dollar zugesagt."
                                           << "0331"
                                           << "Millionen Dollar zugesagt";
    QTest::newRow("de wirft vor") << "de"
                                  << "Warschau wirft Minsk Provokationen vor."
                                  << "112"
                                  << "wirft Minsk Provokationen vor";
    QTest::newRow("de weist zurück") << "de"
                                     << "Ankara weist die Vorwürfe entschieden zurück."
                                     << "120"
                                     << "weist die Vorwürfe entschieden zurück";
    QTest::newRow("de hebt Sanktionen auf") << "de"
                                            << "Washington hebt die Sanktionen gegen Caracas auf."
                                            << "085"
                                            << "hebt die Sanktionen gegen Caracas auf";
    QTest::newRow("de belegte mit Sanktionen") << "de"
                                               << "Die EU belegte fünf Minister mit Sanktionen."
                                               << "163"
                                               << "belegte fünf Minister mit Sanktionen";
    QTest::newRow("de Strafzölle verhängt") << "de"
                                            << "Die Regierung hat Strafzölle auf Stahl verhängt."
                                            << "163"
                                            << "Strafzölle auf Stahl verhängt";
    QTest::newRow("de Luftraum gesperrt")
        << "de"
        << "Litauen hat seinen Luftraum für russische Flugzeuge gesperrt."
        << "163"
        << "Luftraum für russische Flugzeuge gesperrt";
    QTest::newRow("de Einreiseverbot") << "de"
                                       << "Gegen den Oligarchen gilt ein Einreiseverbot."
                                       << "163"
                                       << "Einreiseverbot";
    QTest::newRow("de greift an") << "de"
                                  << "Die Armee greift Stellungen im Norden an."
                                  << "190"
                                  << "greift Stellungen im Norden an";
    QTest::newRow("de nimmt fest") << "de"
                                   << "Die Polizei nimmt zwei Diplomaten fest."
                                   << "173"
                                   << "nimmt zwei Diplomaten fest";
    QTest::newRow("de zu Haft verurteilt") << "de"
                                           << "Der Reporter wurde zu acht Jahren Haft verurteilt."
                                           << "116"
                                           << "wurde zu acht Jahren Haft verurteilt";
    QTest::newRow("de hat zu Haft verurteilt")
        << "de"
        << "Ein Gericht hat den Reporter zu acht Jahren Haft verurteilt."
        << "116"
        << "zu acht Jahren Haft verurteilt";
    QTest::newRow("de Diplomaten ausgewiesen") << "de"
                                               << "Zwei Diplomaten wurden ausgewiesen."
                                               << "161"
                                               << "Diplomaten wurden ausgewiesen";
    QTest::newRow("de Botschafter abberufen") << "de"
                                              << "Rom hat seinen Botschafter aus Kairo abberufen."
                                              << "161"
                                              << "Botschafter aus Kairo abberufen";
    QTest::newRow("de einigten sich auf Waffenruhe")
        << "de"
        << "Beide Seiten einigten sich auf eine Waffenruhe."
        << "0871"
        << "einigten sich auf eine Waffenruhe";
    QTest::newRow("de Zugang zum Luftraum")
        << "de"
        << "Die Staaten beschlossen, Flugzeugen aus Minsk den Zugang zum Luftraum zu verweigern."
        << "163"
        << "Zugang zum Luftraum zu verweigern";
    QTest::newRow("de Truppen abgezogen") << "de"
                                          << "Moskau hat Truppen von der Grenze abgezogen."
                                          << "087"
                                          << "Truppen von der Grenze abgezogen";
    QTest::newRow("de lädt ein") << "de"
                                 << "Der Kanzler lädt den Präsidenten nach Berlin ein."
                                 << "036"
                                 << "lädt den Präsidenten nach Berlin ein";
    QTest::newRow("ru выразил соболезнования")
        << "ru"
        << "Премьер выразил глубокие соболезнования народу Турции."
        << "018"
        << "выразил глубокие соболезнования";
    QTest::newRow("ru принес извинения") << "ru"
                                         << "Министр принес Варшаве извинения."
                                         << "055"
                                         << "принес Варшаве извинения";
    QTest::newRow("ru объявила персоной нон грата")
        << "ru"
        << "Рига объявила российского консула персоной нон грата."
        << "161"
        << "объявила российского консула персоной нон грата";
    QTest::newRow("ru закрыли воздушное пространство")
        << "ru"
        << "Страны Балтии закрыли воздушное пространство для российских самолетов."
        << "163"
        << "закрыли воздушное пространство";
    QTest::newRow("ru ввести санкции") << "ru"
                                       << "Брюссель решил ввести санкции против Минска."
                                       << "163"
                                       << "ввести санкции";
    QTest::newRow("ru наносит удары") << "ru"
                                      << "Авиация наносит удары по позициям боевиков."
                                      << "190"
                                      << "наносит удары";
    QTest::newRow("ru сбили беспилотник") << "ru"
                                          << "ПВО сбили беспилотник над Белгородом."
                                          << "190"
                                          << "сбили беспилотник";
    QTest::newRow("ru прилетел в") << "ru"
                                   << "Премьер Индии прилетел в Москву."
                                   << "042"
                                   << "прилетел в";
    QTest::newRow("ru приветствует") << "ru"
                                     << "Пекин приветствует решение Сеула."
                                     << "051"
                                     << "приветствует";
    QTest::newRow("ru признает независимость") << "ru"
                                               << "Москва признает независимость Абхазии."
                                               << "054"
                                               << "признает независимость";
    QTest::newRow("ru подписано соглашение") << "ru"
                                             << "В Минске было подписано соглашение о перемирии."
                                             << "057"
                                             << "подписано соглашение";
    QTest::newRow("ru заверил в поддержке") << "ru"
                                            << "Лидер Китая заверил Путина в поддержке."
                                            << "032"
                                            << "заверил Путина в поддержке";
    QTest::newRow("ru возбудил уголовное дело")
        << "ru"
        << "Следователи возбудили уголовное дело против журналиста."
        << "090"
        << "возбудили уголовное дело";
    QTest::newRow("ru призвал к выводу войск") << "ru"
                                               << "Генсек ООН призвал стороны к выводу войск."
                                               << "0256"
                                               << "призвал стороны к выводу войск";
    QTest::newRow("ru вывод войск") << "ru"
                                    << "Начался вывод войск из Сирии."
                                    << "087"
                                    << "вывод войск";
    QTest::newRow("ru выдворила дипломатов") << "ru"
                                             << "Прага выдворила двух российских дипломатов."
                                             << "161"
                                             << "выдворила двух российских дипломатов";
    QTest::newRow("ru обсудили по телефону") << "ru"
                                             << "Лидеры обсудили по телефону ситуацию в регионе."
                                             << "041"
                                             << "обсудили по телефону";
    QTest::newRow("ru взят под стражу") << "ru"
                                        << "Активист взят под стражу."
                                        << "173"
                                        << "взят под стражу";
    QTest::newRow("ru вызвал посла") << "ru"
                                     << "МИД вызвал посла Литвы."
                                     << "114"
                                     << "вызвал посла";
    QTest::newRow("es se niega a") << "es"
                                   << "Caracas se niega a entregar al opositor."
                                   << "120"
                                   << "se niega a";
    QTest::newRow("es impondrá aranceles") << "es"
                                           << "Washington impondrá aranceles a México."
                                           << "163"
                                           << "impondrá aranceles";
    QTest::newRow("es anunció sanciones") << "es"
                                          << "Bruselas anunció sanciones contra Managua."
                                          << "163"
                                          << "anunció sanciones";
    QTest::newRow("es ha impuesto sanciones") << "es"
                                              << "Londres ha impuesto sanciones a diez empresas."
                                              << "163"
                                              << "ha impuesto sanciones";
    QTest::newRow("es ofreció disculpas") << "es"
                                          << "El rey ofreció disculpas a México."
                                          << "055"
                                          << "ofreció disculpas";
    QTest::newRow("es llegaron a un acuerdo") << "es"
                                              << "Ambos gobiernos llegaron a un acuerdo migratorio."
                                              << "057"
                                              << "llegaron a un acuerdo";
    QTest::newRow("es reconoció como presidente")
        << "es"
        << "Madrid reconoció al opositor como presidente interino."
        << "054"
        << "reconoció al opositor como presidente";
    QTest::newRow("es aterrizó en") << "es"
                                    << "El canciller aterrizó en La Paz."
                                    << "042"
                                    << "aterrizó en";
    QTest::newRow("es puso en libertad") << "es"
                                         << "Managua puso en libertad a doce presos."
                                         << "0841"
                                         << "puso en libertad";
    QTest::newRow("es calificó de inaceptable") << "es"
                                                << "Lima calificó la medida de inaceptable."
                                                << "111"
                                                << "calificó la medida de inaceptable";
    QTest::newRow("es citó al embajador") << "es"
                                          << "Buenos Aires citó al embajador español."
                                          << "114"
                                          << "citó al embajador";
    QTest::newRow("es condenado a años") << "es"
                                         << "El periodista fue condenado a ocho años de prisión."
                                         << "116"
                                         << "fue condenado a ocho años";
    QTest::newRow("es derribaron dron") << "es"
                                        << "Las defensas derribaron un dron sobre la frontera."
                                        << "190"
                                        << "derribaron un dron";
    QTest::newRow("es cerró espacio aéreo")
        << "es"
        << "Venezuela cerró su espacio aéreo a los vuelos de Panamá."
        << "163"
        << "cerró su espacio aéreo";
    QTest::newRow("es irrumpió en embajada") << "es"
                                             << "La policía irrumpió en la embajada."
                                             << "171"
                                             << "irrumpió en la embajada";
    QTest::newRow("es advirtió de consecuencias") << "es"
                                                  << "Moscú advirtió de graves consecuencias."
                                                  << "130"
                                                  << "advirtió de graves consecuencias";
    QTest::newRow("es aceptó condiciones") << "es"
                                           << "Bogotá aceptó todas las condiciones de Washington."
                                           << "080"
                                           << "aceptó todas las condiciones";
    QTest::newRow("es retira embajadora") << "es"
                                          << "Madrid retira a su embajadora en Buenos Aires."
                                          << "161"
                                          << "retira a su embajadora";
    QTest::newRow("es violación de la tregua") << "es"
                                               << "La violación de la tregua causó tres muertos."
                                               << "196"
                                               << "violación de la tregua";
    QTest::newRow("ru обменялись пленными") << "ru"
                                            << "Стороны обменялись пленными."
                                            << "0841"
                                            << "обменялись пленными";
    QTest::newRow("ru предупредил о последствиях")
        << "ru"
        << "Кремль предупредил Вашингтон о серьезных последствиях."
        << "130"
        << "предупредил Вашингтон о серьезных последствиях";
    QTest::newRow("ru заблокировала резолюцию") << "ru"
                                                << "Россия заблокировала резолюцию Совбеза."
                                                << "129"
                                                << "заблокировала резолюцию";
    QTest::newRow("ru вызван в МИД") << "ru"
                                     << "Посол Польши вызван в МИД."
                                     << "114"
                                     << "вызван в МИД";
    QTest::newRow("ru призывает к переговорам") << "ru"
                                                << "Пекин призывает стороны к переговорам."
                                                << "026"
                                                << "призывает стороны к переговорам";
    QTest::newRow("ru покушение на") << "ru"
                                     << "Покушение на президента провалилось."
                                     << "185"
                                     << "Покушение на";
    QTest::newRow("es instó alto el fuego") << "es"
                                            << "La ONU instó a ambas partes a un alto el fuego."
                                            << "0256"
                                            << "instó a ambas partes a un alto el fuego";
    QTest::newRow("es cese al fuego") << "es"
                                      << "Las partes acordaron un cese al fuego."
                                      << "0871"
                                      << "acordaron un cese al fuego";
    QTest::newRow("es desmintió") << "es"
                                  << "Teherán desmintió cualquier participación en el ataque."
                                  << "016"
                                  << "desmintió cualquier participación";
    QTest::newRow("es se desplazó") << "es"
                                    << "El presidente se desplazó a Kiev."
                                    << "042"
                                    << "se desplazó a";
    QTest::newRow("es ayuda militar a") << "es"
                                        << "La ayuda militar a Kiev llegó en marzo."
                                        << "072"
                                        << "ayuda militar a";
    QTest::newRow("es abandonó tratado") << "es"
                                         << "Washington abandonó el tratado nuclear."
                                         << "160"
                                         << "abandonó el tratado";
}

void TestTriggerLexicon::findsTriggers() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    QFETCH(QString, trigger);
    const Found found = find(language, sentence);
    bool seen = false;
    for (const auto& match : found.matches) {
        if (QString::fromStdString(match.code) == code &&
            QString::fromStdString(sliceUtf8(found.text, match.span)) == trigger) {
            seen = true;
            QVERIFY(!match.phrase.empty());
            QVERIFY(!match.origin.empty());
            QCOMPARE(match.firstToken < match.endToken, true);
            QCOMPARE(found.tokens[match.firstToken].span.start, match.span.start);
        }
    }
    QVERIFY2(seen, qPrintable("found: " + found.describe()));
}

void TestTriggerLexicon::flags_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("flag");
    const int recip = int(TriggerFlag::Reciprocal);
    const int noun = int(TriggerFlag::Noun);
    const int place = int(TriggerFlag::Place);
    const int host = int(TriggerFlag::Host);
    const int passive = int(TriggerFlag::Passive);
    QTest::newRow("en met recip") << "en"
                                  << "Chad met with Niger."
                                  << "040" << recip;
    QTest::newRow("en talks between noun") << "en"
                                           << "Talks between Chad and Niger ended."
                                           << "040" << noun;
    QTest::newRow("en arrived place") << "en"
                                      << "The envoy arrived in Accra."
                                      << "042" << place;
    QTest::newRow("en hosted host") << "en"
                                    << "Peru hosted the summit's guests."
                                    << "043" << host;
    QTest::newRow("en attacked passive") << "en"
                                         << "The convoy was attacked by rebels."
                                         << "190" << passive;
    QTest::newRow("es reunión recip") << "es"
                                      << "Chile y Perú celebraron una reunión."
                                      << "040" << recip;
    QTest::newRow("es recibió host") << "es"
                                     << "El rey recibió al presidente de Chile."
                                     << "043" << host;
    QTest::newRow("ru переговоры noun") << "ru"
                                        << "Переговоры между Россией и Китаем."
                                        << "040" << noun;
    QTest::newRow("ru принял host") << "ru"
                                    << "Президент принял в Кремле премьера Индии."
                                    << "043" << host;
    QTest::newRow("de Gespräche recip") << "de"
                                        << "Berlin und Paris führten Gespräche."
                                        << "040" << recip;
    QTest::newRow("de empfing host") << "de"
                                     << "Der Kanzler empfing den Premier in Berlin."
                                     << "043" << host;
    QTest::newRow("de reist place") << "de"
                                    << "Die Ministerin reist nach Rom."
                                    << "042" << place;
    QTest::newRow("de zu Haft verurteilt passive") << "de"
                                                   << "Er wurde zu zwei Jahren Haft verurteilt."
                                                   << "116" << passive;
    QTest::newRow("de einigten sich recip") << "de"
                                            << "Rom und Tunis einigten sich auf eine Waffenruhe."
                                            << "0871" << recip;
    QTest::newRow("ru прилетел place") << "ru"
                                       << "Канцлер прилетел в Пекин."
                                       << "042" << place;
    QTest::newRow("ru взят под стражу passive") << "ru"
                                                << "Консул взят под стражу."
                                                << "173" << passive;
    QTest::newRow("ru обсудили по телефону recip") << "ru"
                                                   << "Лидеры обсудили по телефону войну."
                                                   << "041" << recip;
    QTest::newRow("es aterrizó place") << "es"
                                       << "La ministra aterrizó en Lima."
                                       << "042" << place;
    QTest::newRow("es puesto en libertad passive") << "es"
                                                   << "El periodista fue puesto en libertad."
                                                   << "0841" << passive;
    QTest::newRow("es llegaron a un acuerdo recip") << "es"
                                                    << "Chile y Perú llegaron a un acuerdo."
                                                    << "057" << recip;
    QTest::newRow("ru вызван в МИД passive") << "ru"
                                             << "Посол Литвы вызван в МИД."
                                             << "114" << passive;
}

void TestTriggerLexicon::flags() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, code);
    QFETCH(int, flag);
    const Found found = find(language, sentence);
    bool seen = false;
    for (const auto& match : found.matches) {
        if (QString::fromStdString(match.code) == code)
            seen = seen || match.has(static_cast<TriggerFlag>(flag));
    }
    QVERIFY2(seen, qPrintable("found: " + found.describe()));
}

void TestTriggerLexicon::neutralSentences_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("en weather") << "en"
                                << "Heavy rain is expected across the north on Sunday.";
    QTest::newRow("en economy") << "en"
                                << "Oil prices rose by three percent in March.";
    QTest::newRow("en heart attack") << "en"
                                     << "The singer died of a heart attack at 71.";
    QTest::newRow("en signed law") << "en"
                                   << "The governor signed the bill into law.";
    QTest::newRow("en signs of") << "en"
                                 << "There are signs of recovery in the housing market.";
    QTest::newRow("en stems of nation and mobile")
        << "en"
        << "The national mobile network is critical for the nation.";
    QTest::newRow("en oil company") << "en"
                                    << "Shell reported higher profits thanks to gas prices.";
    QTest::newRow("es tiempo") << "es"
                               << "Las temperaturas bajarán durante el fin de semana.";
    QTest::newRow("es economía") << "es"
                                 << "La inflación subió un dos por ciento en enero.";
    QTest::newRow("es medios") << "es"
                               << "Los medios locales publicaron una situación crítica.";
    QTest::newRow("ru погода") << "ru"
                               << "В выходные в столице ожидается сильный дождь.";
    QTest::newRow("ru экономика") << "ru"
                                  << "Цены на нефть выросли на три процента.";
    QTest::newRow("ru договор и виза") << "ru"
                                       << "Согласно договору, виза требуется для въезда в страну.";
    QTest::newRow("de Wetter") << "de"
                               << "Am Wochenende wird es in Bayern sonnig und warm.";
    QTest::newRow("de Förderung") << "de"
                                  << "Das Land fördert die Forschung an Hochschulen.";
    QTest::newRow("de Wirtschaft") << "de"
                                   << "Die Inflation stieg im Januar auf drei Prozent.";
    QTest::newRow("de zum Scheitern verurteilt") << "de"
                                                 << "Der Plan ist zum Scheitern verurteilt.";
    QTest::newRow("de in Angriff genommen") << "de"
                                            << "Die Reform wurde endlich in Angriff genommen.";
    QTest::newRow("de es droht") << "de"
                                 << "Es droht eine lange Hitzewelle.";
    QTest::newRow("de droht Rezession") << "de"
                                        << "Dem Land droht eine Rezession.";
    QTest::newRow("de droht Haftstrafe") << "de"
                                         << "Ihm droht eine lange Haftstrafe.";
    QTest::newRow("de Kampf um") << "de"
                                 << "Der Kampf um den Titel bleibt spannend.";
    QTest::newRow("de besuchte Schule") << "de"
                                        << "Sie besuchte das Gymnasium in Köln.";
    QTest::newRow("de Posten besetzt") << "de"
                                       << "Der Posten wurde neu besetzt.";
    QTest::newRow("de Entscheidungen treffen") << "de"
                                               << "Die Länder müssen bald Entscheidungen treffen.";
    QTest::newRow("ru удар по воротам") << "ru"
                                        << "Форвард нанес удар по воротам на последней минуте.";
    QTest::newRow("ru удар по репутации") << "ru"
                                          << "Скандал нанес серьезный удар по репутации банка.";
    QTest::newRow("ru в первом чтении") << "ru"
                                        << "Дума приняла в первом чтении законопроект о налогах.";
    QTest::newRow("ru в отставку") << "ru"
                                   << "Министр отправился в отставку по собственному желанию.";
    QTest::newRow("ru визит к врачу") << "ru"
                                      << "Визит к врачу занял час.";
    QTest::newRow("ru паническая атака") << "ru"
                                         << "У певицы случилась паническая атака.";
    QTest::newRow("ru подписал петицию") << "ru"
                                         << "Миллион человек подписал петицию.";
    QTest::newRow("es de acuerdo con") << "es"
                                       << "De acuerdo con el informe, la economía creció.";
    QTest::newRow("es ataque de ansiedad") << "es"
                                           << "El actor sufrió un ataque de ansiedad.";
    QTest::newRow("es ataque informático") << "es"
                                           << "Un ataque informático paralizó el hospital.";
    QTest::newRow("es llegó a la conclusión") << "es"
                                              << "El tribunal llegó a la conclusión contraria.";
    QTest::newRow("es reunió firmas") << "es"
                                      << "La campaña reunió miles de firmas.";
    QTest::newRow("es cumple condena") << "es"
                                       << "El exalcalde cumple condena en su casa.";
    QTest::newRow("es acusó recibo") << "es"
                                     << "El ministerio acusó recibo de la carta.";
    QTest::newRow("es amenaza de tormentas") << "es"
                                             << "Hay amenaza de tormentas en la costa.";
    QTest::newRow("de nach der reisen") << "de"
                                        << "Nach der Pandemie reisen wieder mehr Familien.";
    QTest::newRow("de nach dem Spiel reisen")
        << "de"
        << "Nach dem Spiel gegen Frankreich reisen die Spieler heim.";
    QTest::newRow("es llegó a la final") << "es"
                                         << "España llegó a la final tras vencer a Francia.";
    QTest::newRow("es se desplazó a la segunda posición")
        << "es"
        << "El equipo se desplazó a la segunda posición de la tabla.";
    QTest::newRow("es se acuerda de") << "es"
                                      << "La abuela se acuerda de la guerra civil.";
    QTest::newRow("es cita con el embajador") << "es"
                                              << "Tiene una cita con el embajador el lunes.";
}

void TestTriggerLexicon::neutralSentences() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    const Found found = find(language, sentence);
    QVERIFY2(found.matches.empty(), qPrintable("found: " + found.describe()));
}

void TestTriggerLexicon::gapTokensAreNotMatched() {
    const Found found = find("de", "Die Ministerin kam mit Putin zusammen.");
    QCOMPARE(found.matches.size(), std::size_t(1));
    const TriggerMatch& match = found.matches.front();
    QCOMPARE(match.code, std::string("040"));
    // "kam" and "zusammen" are the phrase's words; "mit" may be one; "Putin" never is.
    const std::size_t putin = 4;
    QCOMPARE(QString::fromStdString(toUtf8(found.tokens[putin].folded)), QString("putin"));
    QVERIFY(std::find(match.matchedTokens.begin(), match.matchedTokens.end(), putin) ==
            match.matchedTokens.end());
    QCOMPARE(match.matchedTokens.front(), match.firstToken);
    QCOMPARE(match.matchedTokens.back() + 1, match.endToken);
}

void TestTriggerLexicon::gapsStopAtClauseEnds() {
    // "held" and "talks" are within three tokens, but a sentence end stands between them.
    const Found found = find("en", "They held. Talks resumed.");
    for (const auto& match : found.matches)
        QVERIFY2(match.firstToken >= 2, qPrintable(found.describe()));
}

void TestTriggerLexicon::unknownLanguageFindsNothing() {
    Tokenizer tokenizer("fi");
    const auto tokens = tokenizer.tokenize(U"Presidentit tapasivat Helsingissä.");
    QVERIFY(m_lexicon.findTriggers(tokens, "fi").empty());
}

void TestTriggerLexicon::malformedLines_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    QTest::newRow("one column") << "040"
                                << "expected code, phrase";
    QTest::newRow("unknown code") << "999\tmeet"
                                  << "unknown CAMEO code '999'";
    QTest::newRow("unknown flag") << "040\tmeet\trecip,loud"
                                  << "unknown flag 'loud'";
    QTest::newRow("leading gap") << "040\t* talks"
                                 << "gap marker";
    QTest::newRow("trailing gap") << "040\ttalks *"
                                  << "gap marker";
    QTest::newRow("bad gap") << "040\thold *x talks"
                             << "'*x'";
    QTest::newRow("multi-token alternative") << "040\tmeet|get-together"
                                             << "not a single token";
    QTest::newRow("duplicate phrase") << "041\tHOLD talks"
                                      << "already listed at triggers_en.tsv:3";
    QTest::newRow("empty phrase") << "040\t \trecip"
                                  << "empty";
}

void TestTriggerLexicon::malformedLines() {
    QFETCH(QString, line);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath("triggers_en.tsv").toStdString();
    {
        std::ofstream out(path);
        out << "# comment\n\n040\thold talks\trecip\n" << line.toStdString() << "\n";
    }
    std::vector<std::string> errors;
    const TriggerLexicon lexicon =
        TriggerLexicon::load(dir.path().toStdString(), m_catalog, errors);
    QCOMPARE(errors.size(), std::size_t(1));
    const QString error = QString::fromStdString(errors.front());
    QVERIFY2(error.startsWith(QString::fromStdString(path) + ":4: "), qPrintable(error));
    QVERIFY2(error.contains(problem), qPrintable(error));
    QCOMPARE(lexicon.phraseCount("en"), std::size_t(1)); // the good line still loads
}

QTEST_GUILESS_MAIN(TestTriggerLexicon)
#include "TestTriggerLexicon.moc"
