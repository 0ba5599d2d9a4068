#pragma once

#include "widgets/LoadBatch.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dyad {

class DocumentFurniture;
class EventSession;

/// Applies the batches of a load to an EventSession on the GUI thread: documents first, then
/// the events citing them, and the page furniture to the side table. A document whose id is
/// already open is skipped (with a note), and so is every report of an event that rests only on
/// such documents, so opening a file twice does not count its events twice.
class SessionFeeder {
    Q_DECLARE_TR_FUNCTIONS(dyad::SessionFeeder)

public:
    /// A file or document that did not load, and why.
    struct Problem {
        QString path;
        QString reason;
    };

    SessionFeeder(EventSession& session, DocumentFurniture& furniture);

    /// Appends the batch; returns what could not be loaded (failed files, skipped duplicates,
    /// refused events).
    QList<Problem> apply(const LoadBatch& batch);

private:
    EventSession& m_session;
    DocumentFurniture& m_furniture;
};

} // namespace dyad
