#pragma once

#include <QCoreApplication>
#include <QString>

namespace dyad {

class EventSession;

/// The one-line account of the selection in the status bar:
/// "347 events · 41 documents · CUB–RUS · 2018–2024".
class SelectionSummary {
    Q_DECLARE_TR_FUNCTIONS(dyad::SelectionSummary)

public:
    static QString text(const EventSession& session);
    /// Number of documents behind the selected events.
    static int documentCount(const EventSession& session);
};

} // namespace dyad
