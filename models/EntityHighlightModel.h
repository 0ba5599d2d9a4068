#pragma once

#include "core/store/EventStore.h"
#include "models/ActorNameProvider.h"

#include <QAbstractTableModel>
#include <QString>

namespace dyad {

/// The entity mentions of one document for the source panel, with positions converted from
/// code points (the core's unit) to QString (UTF-16) positions: a code point above U+FFFF takes
/// two QChars, so every mention after one shifts by one.
class EntityHighlightModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Text, Kind, Actor, Start, End, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        StartRole, ///< UTF-16 position of the first character in documentText()
        EndRole,   ///< UTF-16 position just after the last character
        KindRole,  ///< int(EntityKind)
        ActorCodeRole,
    };

    explicit EntityHighlightModel(const EventStore& store, QObject* parent = nullptr);

    void setActorNameProvider(ActorNameProvider provider);
    /// Shows the mentions of document `index` of the store (-1: none). Resets the model.
    void setDocument(int index);
    /// The same by document id; false when no such document is stored.
    bool setDocumentId(const QString& id);
    int documentIndex() const { return m_document; }

    /// The whole text of the document as a QString (what the positions refer to).
    QString documentText() const;
    /// The UTF-16 position of code point `codePoint` of the current document.
    int toUtf16(int codePoint) const;
    /// Length of documentText() in UTF-16 units.
    int documentLength() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The kind's name for the UI ("country", "person", "organisation", ...), translated.
    static QString kindName(EntityKind kind);

private:
    QVariant display(const StoredMention& mention, Column column) const;

    const EventStore& m_store;
    ActorNameProvider m_names;
    int m_document = -1;
};

} // namespace dyad
