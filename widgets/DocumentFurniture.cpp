#include "widgets/DocumentFurniture.h"

namespace dyad {

void DocumentFurniture::add(const Document& document) {
    QList<Block> blocks;
    for (const dyad::Block& block : document.blocks) {
        if (block.role != BlockRole::Boilerplate)
            continue;
        blocks.append({static_cast<int>(block.span.start), static_cast<int>(block.span.end),
                       QString::fromStdString(block.reason)});
    }
    const QString id = QString::fromStdString(document.id);
    if (blocks.isEmpty())
        m_blocks.remove(id);
    else
        m_blocks.insert(id, blocks);
}

QList<DocumentFurniture::Block> DocumentFurniture::blocksOf(const QString& documentId) const {
    return m_blocks.value(documentId);
}

} // namespace dyad
