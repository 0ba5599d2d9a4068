#include "core/extract/EventCoder.h"
#include "core/util/Utf.h"

#include <QTest>

using namespace dyad;

namespace {

/// Finds the token range of a (possibly multi-word) phrase in tokens.
bool findPhrase(const std::vector<Token>& tokens, const Tokenizer& tokenizer, const QString& phrase,
                std::size_t& first, std::size_t& end) {
    const auto words = tokenizer.tokenize(fromUtf8(phrase.toStdString()));
    for (std::size_t i = 0; i + words.size() <= tokens.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < words.size() && match; ++k)
            match = tokens[i + k].folded == words[k].folded;
        if (match) {
            first = i;
            end = i + words.size();
            return true;
        }
    }
    return false;
}

} // namespace

class TestEventCoder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void coding_data();
    void coding();
    void intentCodes_data();
    void intentCodes();

private:
    GrammarWords m_grammar;
};

void TestEventCoder::initTestCase() {
    const QByteArray source = qgetenv("DYAD_SOURCE_DIR");
    QVERIFY(!source.isEmpty());
    std::vector<std::string> errors;
    m_grammar =
        GrammarWords::load(source.toStdString() + "/resources/lexicon/grammar/grammar.tsv", errors);
    QVERIFY2(errors.empty(), errors.empty() ? "" : errors.front().c_str());
}

void TestEventCoder::coding_data() {
    // mentions: "phrase=ACTOR" or "phrase=ACTOR@place|agency|role|plural"
    // triggers: "phrase=CODE" with flags after '/': r reciprocal, h host from place, n nominal,
    // p passive
    // cues: "phrase=neg|cancel|modal|report"
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("triggers");
    QTest::addColumn<QString>("cues");
    QTest::addColumn<QString>("memory");
    QTest::addColumn<QString>("expected"); // "SRC>TGT:code;..." or ""

    QTest::newRow("subject and object")
        << "en"
        << "Kenya's president met with the Ugandan leader in Kampala on Monday."
        << "Kenya=KEN;president=@role;Ugandan=UGA;leader=@role;Kampala=UGA@place"
        << "met with=042/r"
        << ""
        << ""
        << "KEN>UGA:042";
    QTest::newRow("coordinated subjects are reciprocal")
        << "en"
        << "Chile and Peru signed a fisheries treaty."
        << "Chile=CHL;Peru=PER"
        << "signed=057/r"
        << ""
        << ""
        << "CHL>PER:057";
    QTest::newRow("between A and B after a noun")
        << "en"
        << "Talks between Egypt and Israel resumed in Cairo."
        << "Egypt=EGY;Israel=ISR;Cairo=EGY@place"
        << "talks=040/rn"
        << ""
        << ""
        << "EGY>ISR:040";
    QTest::newRow("host from the place") << "en"
                                         << "Brazil's foreign minister visited Lima."
                                         << "Brazil=BRA;Lima=PER@place"
                                         << "visited=042/h"
                                         << ""
                                         << ""
                                         << "BRA>PER:042";
    QTest::newRow("a location is no participant") << "en"
                                                  << "Brazil's foreign minister spoke in Lima."
                                                  << "Brazil=BRA;Lima=PER@place"
                                                  << "spoke=010"
                                                  << ""
                                                  << ""
                                                  << "";
    QTest::newRow("negation gives nothing") << "en"
                                            << "Japan did not meet India."
                                            << "Japan=JPN;India=IND"
                                            << "meet=040/r"
                                            << "not=neg"
                                            << ""
                                            << "";
    QTest::newRow("cancelled gives nothing") << "en"
                                             << "Spain cancelled its visit to Morocco."
                                             << "Spain=ESP;Morocco=MAR"
                                             << "visit=042/nh"
                                             << "cancelled=cancel"
                                             << ""
                                             << "";
    QTest::newRow("modal gives an intent") << "en"
                                           << "Japan will provide emergency aid to Nepal."
                                           << "Japan=JPN;Nepal=NPL"
                                           << "provide=070"
                                           << "will=modal"
                                           << ""
                                           << "JPN>NPL:033";
    QTest::newRow("agency is no participant") << "en"
                                              << "Ghana condemned Togo, Reuters reported."
                                              << "Ghana=GHA;Togo=TGO;Reuters=@agency"
                                              << "condemned=112"
                                              << "reported=report"
                                              << ""
                                              << "GHA>TGO:112";
    QTest::newRow("plural stands for the pair") << "en"
                                                << "The two countries signed a visa agreement."
                                                << "the two countries=@plural"
                                                << "signed=057/r"
                                                << ""
                                                << "ARG,URY"
                                                << "ARG>URY:057";
    QTest::newRow("plural with no pair known") << "en"
                                               << "They signed a visa agreement."
                                               << "they=@plural"
                                               << "signed=057/r"
                                               << ""
                                               << ""
                                               << "";
    QTest::newRow("domestic act is no dyad")
        << "en"
        << "Norway's parliament criticised the Norwegian government."
        << "Norway=NOR;parliament=NOR;Norwegian=NOR"
        << "criticised=111"
        << ""
        << ""
        << "";
    QTest::newRow("relative clause is skipped") << "en"
                                                << "Chile, which Peru praised, condemned Bolivia."
                                                << "Chile=CHL;Peru=PER;Bolivia=BOL"
                                                << "praised=051;condemned=112"
                                                << ""
                                                << ""
                                                << "CHL>BOL:112";
    QTest::newRow("spanish with location")
        << "es"
        << "El canciller de México se reunió con su homólogo de Cuba en La Habana."
        << "canciller=@role;México=MEX;homólogo=@role;Cuba=CUB;La Habana=CUB@place"
        << "se reunió con=042/r"
        << ""
        << ""
        << "MEX>CUB:042";
    QTest::newRow("russian coordination") << "ru"
                                          << "Россия и Китай подписали соглашение."
                                          << "Россия=RUS;Китай=CHN"
                                          << "подписали=057/r"
                                          << ""
                                          << ""
                                          << "RUS>CHN:057";
    QTest::newRow("passive turns it round") << "en"
                                            << "Kenya's envoy was received by Ethiopia on Monday."
                                            << "Kenya=KEN;Ethiopia=ETH"
                                            << "was received by=043/p"
                                            << ""
                                            << ""
                                            << "ETH>KEN:043";
    QTest::newRow("plural acting on a third party") << "en"
                                                    << "The two countries condemned Japan."
                                                    << "the two countries=@plural;Japan=JPN"
                                                    << "condemned=111"
                                                    << ""
                                                    << "ARG,URY"
                                                    << "ARG>JPN:111;URY>JPN:111";
    QTest::newRow("plural one-sided act without object")
        << "en"
        << "The two countries condemned the decision."
        << "the two countries=@plural"
        << "condemned=111"
        << ""
        << "ARG,URY"
        << "";
    QTest::newRow("noun takes its doer from right before it") << "en"
                                                              << "Chile's visit to Peru ended."
                                                              << "Chile=CHL;Peru=PER"
                                                              << "visit to=042/nh"
                                                              << ""
                                                              << ""
                                                              << "CHL>PER:042";
    QTest::newRow("noun far from an actor has no doer")
        << "en"
        << "Bolivia said last week that a state visit to Peru was planned."
        << "Bolivia=BOL;Peru=PER"
        << "state visit=042/nh"
        << ""
        << ""
        << "";
    QTest::newRow("agent after a noun is the doer") << "en"
                                                    << "Iran faces sanctions imposed by Canada."
                                                    << "Iran=IRN;Canada=CAN"
                                                    << "sanctions=163/n"
                                                    << ""
                                                    << ""
                                                    << "CAN>IRN:163";
    QTest::newRow("a list of doers gives one event each")
        << "en"
        << "Jordan, Oman and Kuwait recalled their envoys from Libya."
        << "Jordan=JOR;Oman=OMN;Kuwait=KWT;Libya=LBY"
        << "recalled=161"
        << ""
        << ""
        << "JOR>LBY:161;OMN>LBY:161;KWT>LBY:161";
    QTest::newRow("a list of targets gives one event each")
        << "en"
        << "Canada condemned Iran, Syria and Belarus."
        << "Canada=CAN;Iran=IRN;Syria=SYR;Belarus=BLR"
        << "condemned=111"
        << ""
        << ""
        << "CAN>IRN:111;CAN>SYR:111;CAN>BLR:111";
    QTest::newRow("a pair after between is no list of doers")
        << "en"
        << "Amid the war between Sudan and Chad, Egypt praised Libya."
        << "Sudan=SDN;Chad=TCD;Egypt=EGY;Libya=LBY"
        << "praised=051"
        << ""
        << ""
        << "EGY>LBY:051";
    QTest::newRow("joint act whose parties follow it")
        << "de"
        << "Am Montag trafen sich Putin und Macron in Paris."
        << "Putin=RUS;Macron=FRA;Paris=FRA@place"
        << "trafen sich=040/r"
        << ""
        << ""
        << "RUS>FRA:040";
    QTest::newRow("plural agreeing is a joint act") << "en"
                                                    << "The two sides agreed to reopen embassies."
                                                    << "the two sides=@plural"
                                                    << "agreed=030"
                                                    << ""
                                                    << "IRN,SAU"
                                                    << "IRN>SAU:030";
    QTest::newRow("german reciprocal with pair memory")
        << "de"
        << "Die Kanzlerin traf sich mit beiden Seiten."
        << "beiden Seiten=@plural"
        << "traf=040/r"
        << ""
        << "FRA,DEU"
        << "FRA>DEU:040";
}

void TestEventCoder::coding() {
    QFETCH(QString, language);
    QFETCH(QString, sentence);
    QFETCH(QString, mentions);
    QFETCH(QString, triggers);
    QFETCH(QString, cues);
    QFETCH(QString, memory);
    QFETCH(QString, expected);

    const Tokenizer tokenizer(language.toStdString());
    const std::vector<Token> tokens = tokenizer.tokenize(fromUtf8(sentence.toStdString()));

    std::vector<ActorMention> actorMentions;
    for (const QString& item : mentions.split(';', Qt::SkipEmptyParts)) {
        const QString phrase = item.section('=', 0, 0);
        const QString spec = item.section('=', 1);
        ActorMention m;
        QVERIFY2(findPhrase(tokens, tokenizer, phrase, m.first, m.end), qPrintable(phrase));
        m.actor = spec.section('@', 0, 0).toStdString();
        const QString role = spec.section('@', 1);
        m.role = role == "place"    ? MentionRole::Place
                 : role == "agency" ? MentionRole::Agency
                 : role == "role"   ? MentionRole::RoleWord
                 : role == "plural" ? MentionRole::Plural
                                    : MentionRole::Participant;
        actorMentions.push_back(m);
    }
    std::sort(actorMentions.begin(), actorMentions.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<TriggerHit> triggerHits;
    for (const QString& item : triggers.split(';', Qt::SkipEmptyParts)) {
        TriggerHit t;
        QVERIFY(findPhrase(tokens, tokenizer, item.section('=', 0, 0), t.first, t.end));
        const QString spec = item.section('=', 1);
        t.code = spec.section('/', 0, 0).toStdString();
        const QString flags = spec.section('/', 1);
        t.reciprocal = flags.contains('r');
        t.hostFromPlace = flags.contains('h');
        t.nominal = flags.contains('n');
        t.passive = flags.contains('p');
        triggerHits.push_back(t);
    }
    std::vector<CueHit> cueHits;
    for (const QString& item : cues.split(';', Qt::SkipEmptyParts)) {
        CueHit c;
        QVERIFY(findPhrase(tokens, tokenizer, item.section('=', 0, 0), c.first, c.end));
        const QString type = item.section('=', 1);
        c.type = type == "neg"      ? CueType::Negation
                 : type == "cancel" ? CueType::Cancellation
                 : type == "modal"  ? CueType::Modal
                                    : CueType::Reporting;
        cueHits.push_back(c);
    }
    PairMemory pair;
    if (!memory.isEmpty()) {
        pair.first = memory.section(',', 0, 0).toStdString();
        pair.second = memory.section(',', 1).toStdString();
    }

    const EventCoder coder(m_grammar);
    const auto events =
        coder.code({tokens, actorMentions, triggerHits, cueHits, language.toStdString()}, pair);
    QStringList got;
    for (const CodedEvent& e : events)
        got << QString::fromStdString(e.source + ">" + e.target + ":" + e.code);
    QCOMPARE(got.join(';'), expected);
}

void TestEventCoder::intentCodes_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("intent");
    QTest::newRow("meet") << "042"
                          << "036";
    QTest::newRow("sign") << "057"
                          << "032";
    QTest::newRow("aid") << "071"
                         << "033";
    QTest::newRow("sanctions") << "163"
                               << "131";
    QTest::newRow("attack") << "190"
                            << "138";
    QTest::newRow("statement stays") << "010"
                                     << "010";
    QTest::newRow("condemn stays") << "112"
                                   << "112";
}

void TestEventCoder::intentCodes() {
    QFETCH(QString, code);
    QFETCH(QString, intent);
    QCOMPARE(QString::fromStdString(EventCoder::intentCode(code.toStdString())), intent);
}

QTEST_GUILESS_MAIN(TestEventCoder)
#include "TestEventCoder.moc"
