#include "widgets/ExportCaption.h"

#include "models/CameoNames.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "widgets/SelectionSummary.h"

#include <QStringList>

namespace dyad {

namespace {

/// Names of the roots when they are few, else their codes.
QString rootsText(const std::vector<int>& roots) {
    QStringList parts;
    for (int root : roots) {
        const QString code = QStringLiteral("%1").arg(root, 2, 10, QLatin1Char('0'));
        parts << (roots.size() <= 3 ? code + QLatin1Char(' ') + CameoNames::rootName(root) : code);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ExportCaption::filterText(const EventSession& session) {
    const FilterSpec& filter = session.filter()->spec();
    QStringList parts;
    const QString a = QString::fromStdString(filter.actorA);
    const QString b = QString::fromStdString(filter.actorB);
    if (!a.isEmpty() && !b.isEmpty())
        parts << a + (filter.directed ? QStringLiteral("→") : QStringLiteral("–")) + b;
    else if (!a.isEmpty())
        parts << (filter.directed ? tr("%1 acting on any country") : tr("%1 with any country"))
                     .arg(a);
    else if (!b.isEmpty())
        parts << (filter.directed ? tr("any country acting on %1") : tr("%1 with any country"))
                     .arg(b);
    else
        parts << tr("all countries");

    if (filter.fromYear > 0 && filter.toYear > 0)
        parts << (filter.fromYear == filter.toYear
                      ? QString::number(filter.fromYear)
                      : QStringLiteral("%1–%2").arg(filter.fromYear).arg(filter.toYear));
    else if (filter.fromYear > 0)
        parts << tr("from %1").arg(filter.fromYear);
    else if (filter.toYear > 0)
        parts << tr("until %1").arg(filter.toYear);
    else
        parts << tr("all years");
    if (!filter.includeUndated)
        parts << tr("dated events only");

    if (!filter.roots.empty())
        parts << tr("types: %1").arg(rootsText(filter.roots));
    if (!filter.quadClasses.empty()) {
        QStringList classes;
        for (int quadClass : filter.quadClasses)
            classes << CameoNames::quadClassName(quadClass);
        parts << tr("classes: %1").arg(classes.join(QStringLiteral(", ")));
    }
    if (filter.roots.empty() && filter.quadClasses.empty())
        parts << tr("all event types");
    if (filter.minSources > 1)
        parts << tr("at least %1 sources per event").arg(filter.minSources);
    if (!filter.document.empty())
        parts << tr("document “%1”").arg(QString::fromStdString(filter.document));
    if (!filter.text.empty())
        parts << tr("text “%1”").arg(QString::fromStdString(filter.text));
    return parts.join(QStringLiteral(" · "));
}

QString ExportCaption::text(const EventSession& session, const QString& note) {
    const int events = static_cast<int>(session.matching().size());
    const int sources = SelectionSummary::documentCount(session);
    QString caption = tr("Filter: %1. Events: %2, from sources: %3.")
                          .arg(filterText(session))
                          .arg(events)
                          .arg(sources);
    if (!note.isEmpty())
        caption += QLatin1Char(' ') + note.left(1).toUpper() + note.mid(1) + QLatin1Char('.');
    return caption;
}

} // namespace dyad
