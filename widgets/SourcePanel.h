#pragma once

#include <QWidget>

#include <cstdint>

class QCheckBox;
class QPlainTextEdit;

namespace dyad {

class DocumentFurniture;
class EntityHighlightModel;
class EntityLegend;
class EventSession;
class SourceHeader;

/// The source of the selected event: the document's text, always as plain text (never rich
/// text, nothing loaded from it), with entities highlighted by kind, the event's sentence marked
/// and scrolled into view, and page furniture greyed or folded away. Clicking an entity that
/// stands for an actor asks to filter by it.
class SourcePanel : public QWidget {
    Q_OBJECT

public:
    SourcePanel(const EventSession& session, const DocumentFurniture& furniture,
                QWidget* parent = nullptr);

    /// Shows document `index` of the store (-1: none), with no sentence marked.
    void showDocument(int index);
    /// Shows the document of the event's evidence (the one on screen when it is one of them)
    /// and marks its sentence. Dataset events have no text: the panel says so.
    void showEvent(std::uint32_t event);
    void clear() { showDocument(-1); }

    int documentIndex() const { return m_document; }
    /// The marked sentence as UTF-16 positions in the text view, or {-1, -1}.
    std::pair<int, int> markedSentence() const { return {m_sentenceStart, m_sentenceEnd}; }
    /// The actor code of the entity at UTF-16 position `position`, or empty.
    QString actorAt(int position) const;

    bool isFurnitureShown() const;
    void setFurnitureShown(bool shown);

    QPlainTextEdit* textView() const { return m_text; }
    SourceHeader* header() const { return m_header; }
    EntityHighlightModel* highlights() const { return m_highlights; }

signals:
    /// An entity standing for an actor was clicked.
    void actorActivated(const QString& code);
    void furnitureShownChanged(bool shown);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void load(int index);
    void applyFormats();
    void applyFurnitureVisibility();
    void scrollToSentence();
    int mentionAt(int position) const;

    const EventSession& m_session;
    const DocumentFurniture& m_furniture;
    EntityHighlightModel* m_highlights;
    SourceHeader* m_header;
    EntityLegend* m_legend;
    QCheckBox* m_showFurniture;
    QPlainTextEdit* m_text;
    int m_document = -1;
    int m_sentenceStart = -1;
    int m_sentenceEnd = -1;
    QString m_note; ///< shown instead of a text (dataset events)
};

} // namespace dyad
