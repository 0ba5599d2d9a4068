#include "widgets/SourcePanel.h"

#include "models/EntityHighlightModel.h"
#include "models/EventSession.h"
#include "widgets/DocumentFurniture.h"
#include "widgets/EntityColours.h"
#include "widgets/EntityLegend.h"
#include "widgets/SourceHeader.h"

#include <QCheckBox>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>
#include <QVBoxLayout>

namespace dyad {

SourcePanel::SourcePanel(const EventSession& session, const DocumentFurniture& furniture,
                         QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_furniture(furniture)
    , m_highlights(new EntityHighlightModel(session.store(), this))
    , m_header(new SourceHeader(this))
    , m_legend(new EntityLegend(this))
    , m_showFurniture(new QCheckBox(tr("Show page &furniture"), this))
    , m_text(new QPlainTextEdit(this)) {
    m_highlights->setActorNameProvider([&session](const QString& code) {
        const std::uint16_t actor = session.store().findActor(code.toStdString());
        return actor == EventStore::kNoActor ? code : session.actorName(actor);
    });
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("Source text"));
    m_text->viewport()->installEventFilter(this);
    m_text->viewport()->setMouseTracking(true);
    m_showFurniture->setChecked(true);
    m_showFurniture->setToolTip(
        tr("Navigation, related links, credits and other text around the article"));
    m_showFurniture->setAccessibleName(tr("Show page furniture"));
    connect(m_showFurniture, &QCheckBox::toggled, this, [this](bool shown) {
        applyFurnitureVisibility();
        emit furnitureShownChanged(shown);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_header);
    layout->addWidget(m_legend);
    layout->addWidget(m_showFurniture);
    layout->addWidget(m_text, 1);
    showDocument(-1);
}

void SourcePanel::showDocument(int index) {
    m_sentenceStart = m_sentenceEnd = -1;
    m_note.clear();
    load(index);
    applyFormats();
}

void SourcePanel::showEvent(std::uint32_t event) {
    const EventStore& store = m_session.store();
    if (event >= store.eventCount())
        return showDocument(-1);
    const EvidenceTable& evidence = store.evidence();
    // Prefer the evidence in the document on screen, then the first.
    std::optional<ArticleEvidence> chosen;
    for (EvidenceRef ref = store.evidenceRefs()[event]; ref != kNoEvidence;
         ref = evidence.next(ref)) {
        if (EvidenceTable::isDataset(ref))
            continue;
        const ArticleEvidence piece = evidence.article(ref);
        if (!chosen || int(piece.document) == m_document) {
            const bool onScreen = int(piece.document) == m_document;
            chosen = piece;
            if (onScreen)
                break;
        }
    }
    if (!chosen) {
        showDocument(-1);
        m_note = tr("This event comes from a dataset row: there is no article text to show.");
        m_text->setPlainText(m_note);
        return;
    }
    m_note.clear();
    load(int(chosen->document));
    m_sentenceStart = m_highlights->toUtf16(chosen->sentence.start);
    m_sentenceEnd = m_highlights->toUtf16(chosen->sentence.end);
    applyFormats();
    scrollToSentence();
}

void SourcePanel::load(int index) {
    const EventStore& store = m_session.store();
    if (index < 0 || std::size_t(index) >= store.documents().size())
        index = -1;
    if (index == m_document && index >= 0)
        return;
    m_document = index;
    m_highlights->setDocument(index);
    m_header->setDocument(index >= 0 ? &store.documents().at(std::uint32_t(index)) : nullptr);
    m_text->setPlainText(m_highlights->documentText()); // plain text: never rich text
    applyFurnitureVisibility();
}

void SourcePanel::applyFormats() {
    QList<QTextEdit::ExtraSelection> selections;
    const QPalette& colours = palette();
    QTextDocument* document = m_text->document();
    const auto select = [&](int start, int end, const QTextCharFormat& format) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document);
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    };
    if (m_document >= 0) {
        const QString id =
            QString::fromStdString(m_session.store().documents().at(std::uint32_t(m_document)).id);
        QTextCharFormat greyed;
        greyed.setForeground(EntityColours::furniture(colours));
        greyed.setFontItalic(true);
        for (const DocumentFurniture::Block& block : m_furniture.blocksOf(id))
            select(m_highlights->toUtf16(block.start), m_highlights->toUtf16(block.end), greyed);
    }
    if (m_sentenceStart >= 0) {
        QTextCharFormat marked;
        marked.setBackground(EntityColours::sentence(colours));
        marked.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        marked.setUnderlineColor(colours.color(QPalette::Highlight));
        select(m_sentenceStart, m_sentenceEnd, marked);
    }
    for (int row = 0; row < m_highlights->rowCount(); ++row) {
        const QModelIndex index = m_highlights->index(row, 0);
        const auto kind = EntityKind(index.data(EntityHighlightModel::KindRole).toInt());
        QTextCharFormat format;
        format.setBackground(EntityColours::background(kind, colours));
        if (kind == EntityKind::Trigger)
            format.setFontWeight(QFont::Bold);
        select(index.data(EntityHighlightModel::StartRole).toInt(),
               index.data(EntityHighlightModel::EndRole).toInt(), format);
    }
    m_text->setExtraSelections(selections);
}

bool SourcePanel::isFurnitureShown() const {
    return m_showFurniture->isChecked();
}

void SourcePanel::setFurnitureShown(bool shown) {
    m_showFurniture->setChecked(shown);
}

void SourcePanel::applyFurnitureVisibility() {
    QTextDocument* document = m_text->document();
    QList<DocumentFurniture::Block> blocks;
    if (m_document >= 0)
        blocks = m_furniture.blocksOf(
            QString::fromStdString(m_session.store().documents().at(std::uint32_t(m_document)).id));
    const bool shown = isFurnitureShown();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        bool hidden = false;
        if (!shown) {
            const int start = block.position();
            const int end = start + std::max(0, block.length() - 1);
            for (const DocumentFurniture::Block& furniture : blocks)
                if (m_highlights->toUtf16(furniture.start) <= start &&
                    end <= m_highlights->toUtf16(furniture.end) && end > start)
                    hidden = true;
        }
        block.setVisible(!hidden);
    }
    document->markContentsDirty(0, document->characterCount());
    m_text->viewport()->update();
}

void SourcePanel::scrollToSentence() {
    if (m_sentenceStart < 0)
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_sentenceEnd);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
    cursor.setPosition(m_sentenceStart);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

int SourcePanel::mentionAt(int position) const {
    for (int row = 0; row < m_highlights->rowCount(); ++row) {
        const QModelIndex index = m_highlights->index(row, 0);
        if (index.data(EntityHighlightModel::StartRole).toInt() <= position &&
            position < index.data(EntityHighlightModel::EndRole).toInt())
            return row;
    }
    return -1;
}

QString SourcePanel::actorAt(int position) const {
    const int row = mentionAt(position);
    if (row < 0)
        return {};
    return m_highlights->index(row, 0).data(EntityHighlightModel::ActorCodeRole).toString();
}

bool SourcePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
                const int position =
                    m_text->cursorForPosition(mouse->position().toPoint()).position();
                const QString actor = actorAt(position);
                if (!actor.isEmpty())
                    emit actorActivated(actor);
            }
        } else if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const int row = mentionAt(m_text->cursorForPosition(help->pos()).position());
            if (row >= 0) {
                const QString kind = EntityHighlightModel::kindName(EntityKind(
                    m_highlights->index(row, 0).data(EntityHighlightModel::KindRole).toInt()));
                const QString actor =
                    m_highlights->index(row, EntityHighlightModel::Actor).data().toString();
                const QString tip =
                    actor.isEmpty() ? kind : tr("%1 (%2): click to filter by it").arg(actor, kind);
                QToolTip::showText(help->globalPos(), tip, m_text->viewport());
            } else {
                QToolTip::hideText();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SourcePanel::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyFormats();
}

} // namespace dyad
