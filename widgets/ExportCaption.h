#pragma once

#include <QCoreApplication>
#include <QString>

namespace dyad {

class EventSession;

/// The caption under an exported picture: the active filter in words and the number of events
/// and sources behind the picture, e.g. "Filter: CUB–RUS · 2018–2024 · types: 04 Consult,
/// 05 Engage in diplomatic cooperation. 78 events from 37 sources."
class ExportCaption {
    Q_DECLARE_TR_FUNCTIONS(dyad::ExportCaption)

public:
    /// `note`, when not empty, is added at the end (what the picture leaves out).
    static QString text(const EventSession& session, const QString& note = {});
    /// The filter alone, in words ("all countries · all years · all event types").
    static QString filterText(const EventSession& session);
};

} // namespace dyad
