#pragma once

#include "core/reading/Document.h"

#include <QHash>
#include <QList>
#include <QString>

namespace dyad {

/// The page furniture (navigation, related links, credits, ...) of the documents loaded, kept
/// beside the event store, which stores only the text: the source panel greys these spans and
/// can fold them away.
class DocumentFurniture {
public:
    struct Block {
        int start = 0; ///< code point of the first character
        int end = 0;   ///< code point just after the last
        QString reason;
    };

    /// Records the furniture blocks of `document` (replacing any earlier record of its id).
    void add(const Document& document);
    /// The furniture blocks of a document, in text order (none when it has none or is unknown).
    QList<Block> blocksOf(const QString& documentId) const;
    void clear() { m_blocks.clear(); }

private:
    QHash<QString, QList<Block>> m_blocks;
};

} // namespace dyad
