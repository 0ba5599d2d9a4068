#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace dyad {

class EventSession;

/// One marker of the lanes chart: a single event, or (when the lanes hold more events than the
/// marker budget) the events of one QuadClass in one time bin of one lane.
struct LaneMarker {
    double x = 0.0;          ///< day number (days since 1970-01-01) of the event or bin middle
    double y = 0.0;          ///< the lane's position plus a small offset per QuadClass
    std::uint32_t item = 0;  ///< the event's store index, or the bin when aggregated
    std::uint32_t count = 1; ///< events behind the marker
    std::uint8_t quadClass = 0;
    std::uint16_t lane = 0;
};

/// The lanes of the timeline computed from a session's selection: one lane per country pair
/// (either direction) for the busiest pairs, with one marker per dated event, or per-bin counts
/// beyond a marker budget so a million events stay readable and fast. Plain data: the chart is
/// built from it and the view hit-tests and describes its markers through it.
class TimelineLanes {
    Q_DECLARE_TR_FUNCTIONS(dyad::TimelineLanes)

public:
    struct Limits {
        int maxLanes = 12;       ///< busiest pairs shown; the rest are counted as hidden
        int markerBudget = 3000; ///< above this many events, per-bin counts instead
    };

    static TimelineLanes compute(const EventSession& session, Limits limits);

    int laneCount() const { return int(m_laneLabels.size()); }
    /// Display label of a lane ("Cuba – Russia"); lane 0 is the busiest and drawn on top.
    QString laneLabel(int lane) const { return m_laneLabels.value(lane); }
    /// Actor codes of a lane ("CUB-RUS", the code that sorts first first).
    QString laneCodes(int lane) const { return m_laneCodes.value(lane); }
    /// The lane's vertical position (the busiest lane highest).
    double laneY(int lane) const { return double(laneCount() - 1 - lane); }
    bool isAggregated() const { return m_aggregated; }
    const std::vector<LaneMarker>& markers() const { return m_markers; }
    /// Largest marker count (1 when markers are single events).
    std::uint32_t maxCount() const { return m_maxCount; }
    /// Dated events shown in the lanes.
    std::uint32_t shownEvents() const { return m_shownEvents; }
    /// Pairs (and their dated events) beyond the lane limit.
    int hiddenPairs() const { return m_hiddenPairs; }
    std::uint32_t hiddenEvents() const { return m_hiddenEvents; }
    /// Day range of the markers (first <= last when there is any marker).
    std::int32_t firstDay() const { return m_firstDay; }
    std::int32_t lastDay() const { return m_lastDay; }

    /// The marker nearest to `value` within (dx, dy) in chart units, or -1.
    int markerAt(QPointF value, double dx, double dy) const;
    /// Rich-text tooltip of a marker (every piece of text escaped): date, actors, type and
    /// evidence sentence of an event, or the count of an aggregated marker.
    QString toolTip(const EventSession& session, int marker) const;

    /// Translated name of QuadClass 1..4.
    static QString quadClassName(int quadClass);
    /// Vertical offset of a QuadClass inside its lane.
    static double quadClassOffset(int quadClass) { return (quadClass - 2.5) * 0.16; }

private:
    QStringList m_laneLabels;
    QStringList m_laneCodes;
    std::vector<LaneMarker> m_markers;
    std::vector<std::int32_t> m_binStarts, m_binEnds; ///< of aggregated markers' bins
    std::vector<QString> m_binLabels;
    bool m_aggregated = false;
    std::uint32_t m_maxCount = 0;
    std::uint32_t m_shownEvents = 0;
    int m_hiddenPairs = 0;
    std::uint32_t m_hiddenEvents = 0;
    std::int32_t m_firstDay = 0, m_lastDay = -1;
};

} // namespace dyad
