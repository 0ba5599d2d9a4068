#include "widgets/SelectionSummary.h"

#include "models/DocumentModel.h"
#include "models/EventSession.h"
#include "models/FilterState.h"

#include <QCoreApplication>

namespace dyad {

int SelectionSummary::documentCount(const EventSession& session) {
    const DocumentModel& documents = *session.documentModel();
    int count = 0;
    for (int row = 0; row < documents.rowCount(); ++row)
        if (documents.selectedEventCount(row) > 0)
            ++count;
    return count;
}

QString SelectionSummary::text(const EventSession& session) {
    const FilterState& filter = *session.filter();
    const int events = static_cast<int>(session.matching().size());
    QStringList parts;
    parts << tr("%n event(s)", nullptr, events);
    parts << tr("%n document(s)", nullptr, documentCount(session));
    const QString a = filter.actorA();
    const QString b = filter.actorB();
    const QString dash = filter.directed() ? QStringLiteral("→") : QStringLiteral("–");
    if (!a.isEmpty() && !b.isEmpty())
        parts << a + dash + b;
    else if (!a.isEmpty() || !b.isEmpty())
        parts << tr("%1 with any country").arg(a.isEmpty() ? b : a);
    else
        parts << tr("all countries");
    const int from = filter.fromYear();
    const int to = filter.toYear();
    if (from > 0 && to > 0)
        parts << (from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to));
    else if (from > 0)
        parts << tr("from %1").arg(from);
    else if (to > 0)
        parts << tr("until %1").arg(to);
    else
        parts << tr("all years");
    return parts.join(QStringLiteral(" · "));
}

} // namespace dyad
