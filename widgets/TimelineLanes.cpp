#include "widgets/TimelineLanes.h"

#include "models/CameoNames.h"

#include "models/EventModel.h"
#include "models/EventSession.h"
#include "models/TimelineModel.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace dyad {

namespace {

std::uint32_t pairKey(std::uint16_t a, std::uint16_t b) {
    return a < b ? (std::uint32_t(a) << 16) | b : (std::uint32_t(b) << 16) | a;
}

QString elided(const QString& text, int maxChars) {
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

QString dateText(std::int32_t day) {
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QLocale::ShortFormat);
}

} // namespace

QString TimelineLanes::quadClassName(int quadClass) {
    const QString name = CameoNames::quadClassName(quadClass);
    return name.isEmpty() ? tr("Unclassified") : name;
}

TimelineLanes TimelineLanes::compute(const EventSession& session, Limits limits) {
    TimelineLanes lanes;
    const EventStore& store = session.store();
    const auto& days = store.days();
    const auto& precisions = store.precisions();
    const auto& sources = store.sourceActors();
    const auto& targets = store.targetActors();
    const auto& quadClasses = store.quadClasses();

    // Dated events per pair (either direction); the busiest pairs get lanes.
    std::unordered_map<std::uint32_t, std::uint32_t> datedPerPair;
    for (const std::uint32_t event : session.matching())
        if (precisions[event] != DatePrecision::Unknown)
            ++datedPerPair[pairKey(sources[event], targets[event])];
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs(datedPerPair.begin(),
                                                               datedPerPair.end());
    const auto& ranks = store.actorRanks();
    auto codeOrder = [&ranks](std::uint32_t key) {
        const std::uint16_t a = std::uint16_t(key >> 16), b = std::uint16_t(key & 0xFFFF);
        return ranks[a] < ranks[b] ? std::pair(ranks[a], ranks[b]) : std::pair(ranks[b], ranks[a]);
    };
    std::sort(pairs.begin(), pairs.end(), [&codeOrder](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : codeOrder(x.first) < codeOrder(y.first);
    });
    const int laneCount = std::min<int>(std::max(0, limits.maxLanes), int(pairs.size()));
    lanes.m_hiddenPairs = int(pairs.size()) - laneCount;

    std::unordered_map<std::uint32_t, int> laneOfPair;
    for (int lane = 0; lane < laneCount; ++lane) {
        const std::uint32_t key = pairs[std::size_t(lane)].first;
        std::uint16_t first = std::uint16_t(key >> 16), second = std::uint16_t(key & 0xFFFF);
        if (ranks[second] < ranks[first])
            std::swap(first, second);
        laneOfPair.emplace(key, lane);
        lanes.m_laneCodes << QString::fromStdString(store.actorCode(first) + "-" +
                                                    store.actorCode(second));
        QString label = elided(session.actorName(first), 16) + QStringLiteral(" – ") +
                        elided(session.actorName(second), 16);
        while (lanes.m_laneLabels.contains(label)) // axis labels must differ
            label += QChar(0x200B);
        lanes.m_laneLabels << label;
    }

    // Which lane each dated event falls in.
    std::vector<std::pair<std::uint32_t, int>> shown; // (event, lane)
    for (const std::uint32_t event : session.matching()) {
        if (precisions[event] == DatePrecision::Unknown)
            continue;
        const auto found = laneOfPair.find(pairKey(sources[event], targets[event]));
        if (found == laneOfPair.end()) {
            ++lanes.m_hiddenEvents;
            continue;
        }
        shown.emplace_back(event, found->second);
    }
    lanes.m_shownEvents = std::uint32_t(shown.size());
    auto place = [&lanes](LaneMarker marker) {
        lanes.m_firstDay = lanes.m_markers.empty()
                               ? std::int32_t(marker.x)
                               : std::min(lanes.m_firstDay, std::int32_t(marker.x));
        lanes.m_lastDay = lanes.m_markers.empty()
                              ? std::int32_t(marker.x)
                              : std::max(lanes.m_lastDay, std::int32_t(marker.x));
        lanes.m_maxCount = std::max(lanes.m_maxCount, marker.count);
        lanes.m_markers.push_back(marker);
    };

    const CalendarBins& bins = session.timelineModel()->timeline().bins;
    lanes.m_aggregated =
        shown.size() > std::size_t(std::max(0, limits.markerBudget)) && bins.count() > 0;
    if (!lanes.m_aggregated) {
        for (const auto& [event, lane] : shown) {
            const int quadClass = quadClasses[event];
            place({double(days[event]), lanes.laneY(lane) + quadClassOffset(quadClass), event, 1,
                   std::uint8_t(quadClass), std::uint16_t(lane)});
        }
        // The same time span as the volume chart, so switching modes keeps the dates in place.
        if (!lanes.m_markers.empty() && bins.count() > 0) {
            lanes.m_firstDay = std::min(lanes.m_firstDay, bins.binStart(0));
            lanes.m_lastDay = std::max(lanes.m_lastDay, bins.binEnd(bins.count() - 1));
        }
        return lanes;
    }

    // Per-bin counts: lanes x bins x QuadClass (0 = unclassified, 1..4).
    const int binCount = bins.count();
    std::vector<std::array<std::uint32_t, 5>> counts(std::size_t(laneCount) *
                                                     std::size_t(binCount));
    for (const auto& [event, lane] : shown) {
        const int bin = bins.binOf(days[event]);
        if (bin < 0)
            continue;
        const int quadClass = quadClasses[event] <= 4 ? quadClasses[event] : 0;
        ++counts[std::size_t(lane) * std::size_t(binCount) + std::size_t(bin)]
                [std::size_t(quadClass)];
    }
    for (int bin = 0; bin < binCount; ++bin) {
        lanes.m_binStarts.push_back(bins.binStart(bin));
        lanes.m_binEnds.push_back(bins.binEnd(bin));
        lanes.m_binLabels.push_back(QString::fromStdString(bins.label(bin)));
    }
    for (int lane = 0; lane < laneCount; ++lane)
        for (int bin = 0; bin < binCount; ++bin)
            for (int quadClass = 0; quadClass <= 4; ++quadClass) {
                const std::uint32_t count = counts[std::size_t(lane) * std::size_t(binCount) +
                                                   std::size_t(bin)][std::size_t(quadClass)];
                if (count == 0)
                    continue;
                const double middle =
                    (double(bins.binStart(bin)) + double(bins.binEnd(bin)) + 1.0) / 2.0;
                place({middle, lanes.laneY(lane) + quadClassOffset(quadClass), std::uint32_t(bin),
                       count, std::uint8_t(quadClass), std::uint16_t(lane)});
            }
    if (!lanes.m_markers.empty()) {
        lanes.m_firstDay = bins.binStart(0);
        lanes.m_lastDay = bins.binEnd(binCount - 1);
    }
    return lanes;
}

int TimelineLanes::markerAt(QPointF value, double dx, double dy) const {
    int best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < m_markers.size(); ++i) {
        const double ex = std::abs(m_markers[i].x - value.x()) / dx;
        const double ey = std::abs(m_markers[i].y - value.y()) / dy;
        if (ex > 1.0 || ey > 1.0)
            continue;
        const double distance = ex * ex + ey * ey;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    return best;
}

QString TimelineLanes::toolTip(const EventSession& session, int marker) const {
    if (marker < 0 || marker >= int(m_markers.size()))
        return {};
    const LaneMarker& m = m_markers[std::size_t(marker)];
    if (m_aggregated) {
        const QString period = m.item < m_binLabels.size() ? m_binLabels[m.item] : QString();
        return QStringLiteral("<b>%1</b><br/>%2<br/>%3")
            .arg(laneLabel(m.lane).toHtmlEscaped(), period.toHtmlEscaped(),
                 tr("%1: %2 events").arg(quadClassName(m.quadClass)).arg(m.count).toHtmlEscaped());
    }
    const EventStore& store = session.store();
    const std::uint32_t event = m.item;
    const FuzzyDate date = store.date(event);
    const QString when = date.precision == DatePrecision::Day
                             ? dateText(date.day)
                             : QString::fromStdString(date.toIso());
    const QString actors = tr("%1 → %2").arg(session.actorName(store.sourceActors()[event]),
                                             session.actorName(store.targetActors()[event]));
    const QString type = tr("CAMEO %1, %2, Goldstein %3")
                             .arg(QString::fromStdString(store.cameoCode(event)),
                                  quadClassName(store.quadClasses()[event]))
                             .arg(store.goldstein(event), 0, 'f', 1);
    const QString sentence = session.eventModel()->evidenceText(event);
    QString html = QStringLiteral("<b>%1</b><br/>%2<br/>%3")
                       .arg(when.toHtmlEscaped(), actors.toHtmlEscaped(), type.toHtmlEscaped());
    if (!sentence.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(sentence.toHtmlEscaped());
    return html;
}

} // namespace dyad
