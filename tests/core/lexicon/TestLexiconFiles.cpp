#include "LexiconTestSupport.h"

#include <QMultiHash>
#include <QTemporaryDir>
#include <QTest>

using namespace dyad;
using namespace dyad::test;

/// Loading: the bundled files, every ISO state's names, office-holders by tenure, the user's own
/// lexicon, and errors for malformed lines. People rows here are invented, in temporary folders.
class TestLexiconFiles : public QObject {
    Q_OBJECT

private slots:
    void bundledFilesLoadWithoutErrors();
    void everyIsoStateHasNames_data();
    void everyIsoStateHasNames();
    void personsResolveByTenure_data();
    void personsResolveByTenure();
    void personSurnameInflected();
    void userLexiconAddsAndOverrides();
    void malformedLinesNameFileAndLine_data();
    void malformedLinesNameFileAndLine();
    void missingBundledFolderIsAnError();
    void caseFlagRespected();
};

void TestLexiconFiles::bundledFilesLoadWithoutErrors() {
    std::vector<std::string> errors;
    const Lexicon lexicon = Lexicon::load({bundledLexiconDir()}, errors);
    QStringList own;
    for (const std::string& error : errors) {
        // people/ is written by its own maintainers: report its problems without failing here.
        if (error.find("/people/") != std::string::npos)
            qWarning("%s", error.c_str());
        else
            own << QString::fromStdString(error);
    }
    QVERIFY2(own.isEmpty(), qPrintable(own.join('\n')));
    QVERIFY(lexicon.entryCount() > 3000);
    QVERIFY(lexicon.actors().size() > 240);
}

void TestLexiconFiles::everyIsoStateHasNames_data() {
    QTest::addColumn<QString>("language");
    for (const char* language : {"en", "es", "ru", "de", "fr"})
        QTest::newRow(language) << language;
}

void TestLexiconFiles::everyIsoStateHasNames() {
    QFETCH(QString, language);
    std::vector<std::string> errors;
    const Lexicon lexicon = Lexicon::load({bundledLexiconDir()}, errors);
    // Some states share a name in some languages (French "Saint-Martin"): any of them will do.
    QMultiHash<QString, QString> codesByName;
    for (const ActorInfo& actor : lexicon.actors())
        codesByName.insert(
            QString::fromStdString(lexicon.displayName(actor.code, language.toStdString())),
            QString::fromStdString(actor.code));
    int states = 0;
    for (const ActorInfo& actor : lexicon.actors()) {
        if (actor.type != ActorType::State || actor.alpha2.empty())
            continue;
        ++states;
        const std::string name = lexicon.displayName(actor.code, language.toStdString());
        QVERIFY2(!name.empty() && name != actor.code && name != actor.alpha2,
                 qPrintable(QString::fromStdString(actor.code)));
        // The name is recognised in a sentence of that language.
        const QStringList found =
            describe(lexicon, QString::fromStdString("« " + name + " »"), language);
        const QStringList codes = codesByName.values(QString::fromStdString(name));
        QVERIFY2(found.size() == 1 && codes.contains(found.front().section('|', 2)),
                 qPrintable(QString::fromStdString(name) + ": " + found.join(", ")));
    }
    QVERIFY(states >= 240);
}

namespace {

QByteArray inventedPeople() {
    // An invented person: foreign minister of Spain, then UN Secretary-General.
    return "# actor\trole\tname\taliases\tfrom\tto\n"
           "ESP\tforeign_minister\tAlma Verhoeven\tVerhoeven|Альма Верховен|Верховен\t2001-05\t"
           "2005-12-31\n"
           "UNO\tun_secretary_general\tAlma Verhoeven\t\t2010\t2014\n"
           "CHL\thead_of_state\tTomas Quiroga\tQuiroga\t2016-03-11\t\n";
}

Lexicon loadWithPeople(QTemporaryDir& dir) {
    writeFile(dir.filePath("user/people/invented.tsv"), inventedPeople());
    std::vector<std::string> errors;
    Lexicon lexicon =
        Lexicon::load({bundledLexiconDir(), dir.filePath("user").toStdString()}, errors);
    return lexicon;
}

} // namespace

void TestLexiconFiles::personsResolveByTenure_data() {
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("inOffice");
    QTest::newRow("during first tenure") << "2003-06-01"
                                         << "ESP" << true;
    QTest::newRow("month precision") << "2005-12"
                                     << "ESP" << true;
    QTest::newRow("during second tenure") << "2012"
                                          << "UNO" << true;
    QTest::newRow("between tenures, nearer the first") << "2006-02-01"
                                                       << "ESP" << false;
    QTest::newRow("between tenures, nearer the second") << "2009-11-01"
                                                        << "UNO" << false;
    QTest::newRow("unknown date: latest") << ""
                                          << "UNO" << false;
}

void TestLexiconFiles::personsResolveByTenure() {
    QFETCH(QString, date);
    QFETCH(QString, actor);
    QFETCH(bool, inOffice);
    QTemporaryDir dir;
    const Lexicon lexicon = loadWithPeople(dir);
    const FuzzyDate when = FuzzyDate::fromIso(date.toStdString()).value_or(FuzzyDate{});
    const std::u32string text = U"Verhoeven met the press.";
    const Tokenizer tokenizer("en");
    const auto matches = lexicon.findMentions(tokenizer.tokenize(text), "en", when);
    QVERIFY(!matches.empty());
    QCOMPARE(matches.front().kind, MentionKind::Person);
    QCOMPARE(QString::fromStdString(matches.front().actor), actor);
    QCOMPARE(matches.front().inOffice, inOffice);
    QCOMPARE(QString::fromStdString(matches.front().canonical), QString("Alma Verhoeven"));
}

void TestLexiconFiles::personSurnameInflected() {
    QTemporaryDir dir;
    const Lexicon lexicon = loadWithPeople(dir);
    const FuzzyDate when = *FuzzyDate::fromIso("2003-01-10");
    QVERIFY(describe(lexicon, "Москва приветствовала визит Верховена.", "ru", when)
                .contains("Верховена|person|ESP"));
    QVERIFY(describe(lexicon, "Presidente Tomás Quiroga llegó.", "es", when)
                .contains("Tomás Quiroga|person|CHL"));
    QVERIFY(describe(lexicon, "Die Rede Quirogas war kurz.", "de", when)
                .contains("Quirogas|person|CHL"));
}

void TestLexiconFiles::userLexiconAddsAndOverrides() {
    QTemporaryDir dir;
    writeFile(dir.filePath("user/actors.tsv"),
              "# a state of the analyst's own\n"
              "ZZF\tstate\tFreedonia\tFreedonia\tФридония\tFreedonien\tFreedonie\n");
    writeFile(dir.filePath("user/aliases.tsv"), "ZZF\ten\tthe Duchy\n");
    // Miraflores is also a district of Lima: the analyst's entry wins over the bundled one.
    writeFile(dir.filePath("user/places.tsv"), "PER\t*\tMiraflores\tcity\n");
    std::vector<std::string> errors;
    const Lexicon lexicon =
        Lexicon::load({bundledLexiconDir(), dir.filePath("user").toStdString()}, errors);
    QVERIFY(lexicon.actor("ZZF"));
    QCOMPARE(QString::fromStdString(lexicon.displayName("ZZF", "de")), QString("Freedonien"));
    QVERIFY(describe(lexicon, "Freedonia protested.", "en").contains("Freedonia|country|ZZF"));
    QVERIFY(
        describe(lexicon, "They met the Duchy's envoy.", "en").contains("the Duchy|country|ZZF"));
    QVERIFY(
        describe(lexicon, "La reunión fue en Miraflores.", "es").contains("Miraflores|place|PER"));
    // Without the user folder the bundled meaning holds.
    const Lexicon bundled = Lexicon::load({bundledLexiconDir()}, errors);
    QVERIFY(
        describe(bundled, "La reunión fue en Miraflores.", "es").contains("Miraflores|place|VEN"));
}

void TestLexiconFiles::malformedLinesNameFileAndLine_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown code") << "aliases.tsv"
                                  << QByteArray("# comment\nCUB\ten\tPearl of the Antilles\n"
                                                "QQQ\ten\tRus Land\n")
                                  << "aliases.tsv:3: unknown actor code";
    QTest::newRow("missing column") << "places.tsv"
                                    << QByteArray("CUB\ten\tPearl of the Antilles\tcity\n"
                                                  "RUS\ten\tRus Land\n")
                                    << "places.tsv:2: expected at least 4";
    QTest::newRow("bad date") << "people/x.tsv"
                              << QByteArray(
                                     "RUS\tother\tIvan Pearl\tPearl of the Antilles\t2001\t\n"
                                     "RUS\tother\tRus Land\t\t20-01\t\n")
                              << "x.tsv:2: bad date";
    QTest::newRow("bad flag") << "aliases.tsv"
                              << QByteArray("\n\nCUB\ten\tPearl of the Antilles\t\n"
                                            "RUS\ten\tRus Land\tcaps\n")
                              << "aliases.tsv:4: unknown flag";
    QTest::newRow("bad language") << "demonyms.tsv"
                                  << QByteArray("CUB\ten\tPearl of the Antilles\n"
                                                "RUS\tEnglish\tRus Land\n")
                                  << "demonyms.tsv:2: bad language";
    QTest::newRow("invalid utf-8") << "aliases.tsv"
                                   << QByteArray("CUB\ten\tPearl of the Antilles\n"
                                                 "RUS\ten\tRus \xff Land\n")
                                   << "aliases.tsv:2: not valid UTF-8";
    QTest::newRow("organisation code taken by a state")
        << "actors.tsv"
        << QByteArray("PRL\torganisation\tPearl of the Antilles\nFRA\torganisation\tRus Land\n")
        << "actors.tsv:2: actor code \"FRA\" is already a state";
}

void TestLexiconFiles::malformedLinesNameFileAndLine() {
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    writeFile(dir.filePath("user/" + file), content);
    std::vector<std::string> errors;
    const Lexicon lexicon =
        Lexicon::load({bundledLexiconDir(), dir.filePath("user").toStdString()}, errors);
    QCOMPARE(errors.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(errors.front()).contains(error), errors.front().c_str());
    QVERIFY(QString::fromStdString(errors.front()).startsWith(dir.path()));
    // The good line still loads.
    const QStringList found = describe(lexicon, "They called it the Pearl of the Antilles.", "en");
    QVERIFY2(found.filter("Pearl of the Antilles|").size() == 1, qPrintable(found.join(", ")));
    QVERIFY(describe(lexicon, "Rus Land", "en").filter("Rus Land|").isEmpty());
}

void TestLexiconFiles::missingBundledFolderIsAnError() {
    std::vector<std::string> errors;
    const Lexicon lexicon = Lexicon::load({"/nonexistent/lexicon", "/nonexistent/user"}, errors);
    QCOMPARE(errors.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(errors.front()).contains("/nonexistent/lexicon"));
    // ICU's states are still there.
    QVERIFY(describe(lexicon, "Peru and Chile", "en").contains("Chile|country|CHL"));
}

void TestLexiconFiles::caseFlagRespected() {
    QTemporaryDir dir;
    writeFile(dir.filePath("user/aliases.tsv"), "GBR\ten\tMay\tcase\n");
    std::vector<std::string> errors;
    const Lexicon lexicon =
        Lexicon::load({bundledLexiconDir(), dir.filePath("user").toStdString()}, errors);
    QVERIFY(describe(lexicon, "Talks with May resumed.", "en").contains("May|country|GBR"));
    QVERIFY(describe(lexicon, "Talks may resume.", "en").filter("may|").isEmpty());
    QVERIFY(describe(lexicon, "TALKS WITH MAY", "en").filter("MAY|").isEmpty());
}

QTEST_GUILESS_MAIN(TestLexiconFiles)
#include "TestLexiconFiles.moc"
