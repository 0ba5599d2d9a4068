// The source panel over a store built by hand: the event's sentence is marked and scrolled
// into view, entities are highlighted and clickable, furniture folds, text stays plain.
#include "core/util/Utf.h"
#include "models/EventSession.h"
#include "widgets/DocumentFurniture.h"
#include "widgets/SourceHeader.h"
#include "widgets/SourcePanel.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace dyad;

namespace {

/// A long made-up article: a furniture line, many filler paragraphs, then the event's sentence
/// far below the first screen, then more filler.
struct Article {
    Document document;
    std::vector<EntityMention> mentions;
    Event event;
    QString sentence;
};

Article makeArticle() {
    Article article;
    std::string text = "Home | World | Sport | Weather\n";
    Document& document = article.document;
    document.blocks.push_back({{0, 30}, BlockRole::Boilerplate, "navigation"});
    auto addParagraph = [&](const std::string& paragraph, BlockRole role = BlockRole::Body) {
        const auto start = std::int32_t(fromUtf8(text).size());
        text += paragraph + "\n";
        const auto end = start + std::int32_t(fromUtf8(paragraph).size());
        document.blocks.push_back({{start, end}, role, ""});
        document.sentences.push_back({{start, end}, std::int32_t(document.blocks.size() - 1)});
        return TextSpan{start, end};
    };
    for (int i = 0; i < 60; ++i)
        addParagraph("Filler paragraph number " + std::to_string(i) +
                     " talks about the weather 🌧 <b>and</b> nothing else.");
    const std::string sentence =
        "The foreign minister of Norway telephoned his colleague in Chile about fishing quotas.";
    const TextSpan span = addParagraph(sentence);
    for (int i = 0; i < 30; ++i)
        addParagraph("Closing remark " + std::to_string(i) + " with an emoji 🙂 inside.");
    document.id = "made-up-article";
    document.path = "/nowhere/made-up-article.txt";
    document.title = "Ministers talk about fish";
    document.outlet = "The Test Gazette";
    document.url = "https://example.invalid/fish";
    document.language = "en";
    document.published = FuzzyDate::ofDay(2021, 3, 4);
    document.text = fromUtf8(text);

    const auto norway = span.start + std::int32_t(std::string("The foreign minister of ").size());
    const auto chile = span.start + std::int32_t(sentence.find("Chile"));
    const auto trigger = span.start + std::int32_t(sentence.find("telephoned"));
    article.mentions = {{{norway, norway + 6}, EntityKind::Country, "NOR"},
                        {{chile, chile + 5}, EntityKind::Country, "CHL"},
                        {{trigger, trigger + 10}, EntityKind::Trigger, ""}};
    Event& event = article.event;
    event.source = "NOR";
    event.target = "CHL";
    event.code = "040";
    event.root = "04";
    event.quadClass = 1;
    event.goldstein = 1.0f;
    event.date = document.published;
    event.documents = {document.id};
    event.evidence = {{document.id,
                       span,
                       {trigger, trigger + 10},
                       "telephoned",
                       {norway, norway + 6},
                       {chile, chile + 5}}};
    article.sentence = QString::fromStdString(sentence);
    return article;
}

} // namespace

class TestSourcePanel : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void selectingAnEventMarksAndScrollsToItsSentence();
    void headerShowsMetadataAsPlainText();
    void entitiesAreHighlightedByKind();
    void clickingAnEntityAsksToFilterByItsActor();
    void furnitureFoldsAway_data();
    void furnitureFoldsAway();
    void markupInTheTextStaysLiteral();

private:
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<EventSession> m_session;
    DocumentFurniture m_furniture;
    std::unique_ptr<SourcePanel> m_panel;
    Article m_article;
};

void TestSourcePanel::init() {
    m_article = makeArticle();
    m_store = std::make_unique<EventStore>();
    m_session = std::make_unique<EventSession>(*m_store);
    m_session->appendDocuments({m_article.document}, {m_article.mentions});
    m_session->appendEvents({m_article.event});
    m_furniture.add(m_article.document);
    m_panel = std::make_unique<SourcePanel>(*m_session, m_furniture);
    m_panel->resize(500, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestSourcePanel::cleanup() {
    m_panel.reset();
    m_session.reset();
    m_store.reset();
    m_furniture.clear();
}

void TestSourcePanel::selectingAnEventMarksAndScrollsToItsSentence() {
    QPlainTextEdit* view = m_panel->textView();
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    m_panel->showEvent(0);
    QCOMPARE(m_panel->documentIndex(), 0);
    const auto [start, end] = m_panel->markedSentence();
    QCOMPARE(view->toPlainText().mid(start, end - start), m_article.sentence);
    bool marked = false;
    for (const QTextEdit::ExtraSelection& selection : view->extraSelections())
        if (selection.cursor.selectionStart() == start && selection.cursor.selectionEnd() == end)
            marked = true;
    QVERIFY2(marked, "no extra selection covers the sentence");
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    QVERIFY2(view->viewport()->rect().contains(view->cursorRect(cursor)),
             "the sentence is not in view");
}

void TestSourcePanel::headerShowsMetadataAsPlainText() {
    QCOMPARE(m_panel->header()->titleText(), tr("No document selected"));
    m_panel->showDocument(0);
    QCOMPARE(m_panel->header()->titleText(), QStringLiteral("Ministers talk about fish"));
    QVERIFY(m_panel->header()->detailText().contains(QStringLiteral("The Test Gazette")));
    QVERIFY(m_panel->header()->detailText().contains(QStringLiteral("2021-03-04")));
    QCOMPARE(m_panel->header()->urlText(), QStringLiteral("https://example.invalid/fish"));
}

void TestSourcePanel::entitiesAreHighlightedByKind() {
    m_panel->showDocument(0);
    const QString text = m_panel->textView()->toPlainText();
    QStringList highlighted;
    for (const QTextEdit::ExtraSelection& selection : m_panel->textView()->extraSelections())
        if (selection.format.background().style() != Qt::NoBrush)
            highlighted << selection.cursor.selectedText();
    QVERIFY(highlighted.contains(QStringLiteral("Norway")));
    QVERIFY(highlighted.contains(QStringLiteral("Chile")));
    QVERIFY(highlighted.contains(QStringLiteral("telephoned")));
}

void TestSourcePanel::clickingAnEntityAsksToFilterByItsActor() {
    m_panel->showEvent(0);
    QSignalSpy spy(m_panel.get(), &SourcePanel::actorActivated);
    QPlainTextEdit* view = m_panel->textView();
    const int chile = view->toPlainText().indexOf(QStringLiteral("Chile"));
    QTextCursor cursor(view->document());
    cursor.setPosition(chile + 2);
    const QPoint point = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("CHL"));
    // Plain words are no entities.
    const int quotas = view->toPlainText().indexOf(QStringLiteral("quotas"));
    QCOMPARE(m_panel->actorAt(quotas), QString());
}

void TestSourcePanel::furnitureFoldsAway_data() {
    QTest::addColumn<bool>("shown");
    QTest::newRow("shown greyed") << true;
    QTest::newRow("folded") << false;
}

void TestSourcePanel::furnitureFoldsAway() {
    QFETCH(bool, shown);
    m_panel->showDocument(0);
    m_panel->setFurnitureShown(shown);
    const QTextBlock first = m_panel->textView()->document()->firstBlock();
    QVERIFY(first.text().startsWith(QStringLiteral("Home |")));
    QCOMPARE(first.isVisible(), shown);
    QVERIFY(first.next().isVisible()); // the body stays
}

void TestSourcePanel::markupInTheTextStaysLiteral() {
    m_panel->showDocument(0);
    QVERIFY(m_panel->textView()->toPlainText().contains(QStringLiteral("<b>and</b>")));
    // The emoji (two UTF-16 units) before the later mentions does not shift them: the marked
    // sentence text is exact even though astral characters follow it.
    m_panel->showEvent(0);
    const auto [start, end] = m_panel->markedSentence();
    QCOMPARE(m_panel->textView()->toPlainText().mid(start, end - start), m_article.sentence);
}

QTEST_MAIN(TestSourcePanel)
#include "TestSourcePanel.moc"
