#include "models/TimelineModel.h"

#include "models/CameoNames.h"
#include "models/EventSession.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace dyad {

namespace {

QDate dateOfDay(std::int32_t day) {
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace

TimelineModel::TimelineModel(const EventSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session) {}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_timeline.binCount();
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount + m_timeline.seriesCount();
}

QDate TimelineModel::firstDate() const {
    return m_timeline.binCount() ? dateOfDay(m_timeline.bins.binStart(0)) : QDate();
}

QDate TimelineModel::lastDate() const {
    return m_timeline.binCount() ? dateOfDay(m_timeline.bins.binEnd(m_timeline.binCount() - 1))
                                 : QDate();
}

int TimelineModel::undatedCount() const {
    int total = 0;
    for (const std::uint32_t count : m_timeline.undated)
        total += int(count);
    return total;
}

QString TimelineModel::seriesName(int series) const {
    if (series < 0 || series >= m_timeline.seriesCount())
        return {};
    switch (m_timeline.seriesKind) {
    case SeriesKind::QuadClass: {
        return CameoNames::quadClassName(series + 1);
    }
    case SeriesKind::Root:
        return QStringLiteral("%1 %2")
            .arg(series + 1, 2, 10, QLatin1Char('0'))
            .arg(CameoNames::rootName(series + 1));
    case SeriesKind::Pair: {
        if (series == m_timeline.seriesCount() - 1)
            return tr("Other pairs");
        const QStringList codes =
            QString::fromStdString(m_timeline.seriesLabels[std::size_t(series)]).split('-');
        const EventStore& store = m_session.store();
        QStringList names;
        for (const QString& code : codes)
            names << m_session.actorName(store.findActor(code.toStdString()));
        return names.join(QStringLiteral(" – "));
    }
    }
    return {};
}

QVariant TimelineModel::fixedColumn(int bin, Column column, int role) const {
    const bool display = role == Qt::DisplayRole || role == SortRole;
    switch (column) {
    case Label:
        return display ? QVariant(QString::fromStdString(m_timeline.bins.label(bin))) : QVariant();
    case Start:
        return display ? QVariant(dateOfDay(m_timeline.bins.binStart(bin))) : QVariant();
    case Total:
        return display ? QVariant(int(m_binTotals[std::size_t(bin)])) : QVariant();
    case NetGoldstein:
        return display || role == NetGoldsteinRole ? QVariant(m_binNet[std::size_t(bin)])
                                                   : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int bin = index.row();
    switch (role) {
    case BinStartRole:
        return dateOfDay(m_timeline.bins.binStart(bin));
    case BinEndRole:
        return dateOfDay(m_timeline.bins.binEnd(bin));
    case BinStartMsecsRole:
        return QDateTime(dateOfDay(m_timeline.bins.binStart(bin)), QTime(0, 0), QTimeZone::utc())
            .toMSecsSinceEpoch();
    default:
        break;
    }
    if (index.column() < ColumnCount)
        return fixedColumn(bin, static_cast<Column>(index.column()), role);
    const int series = index.column() - ColumnCount;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return int(m_timeline.count(bin, series));
    case NetGoldsteinRole:
        return m_timeline.netGoldstein(bin, series);
    case Qt::ToolTipRole:
        return tr("%1, %2: %n event(s)", nullptr, int(m_timeline.count(bin, series)))
            .arg(QString::fromStdString(m_timeline.bins.label(bin)), seriesName(series));
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_timeline.binCount())
            return QString::fromStdString(m_timeline.bins.label(section));
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section >= ColumnCount) {
        const int series = section - ColumnCount;
        if (role == Qt::DisplayRole)
            return seriesName(series);
        if (role == SeriesKeyRole)
            return m_timeline.seriesKind == SeriesKind::Pair
                       ? QVariant(
                             QString::fromStdString(m_timeline.seriesLabels[std::size_t(series)]))
                       : QVariant(series + 1);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Label:
        return tr("Period");
    case Start:
        return tr("Start");
    case Total:
        return tr("Events");
    case NetGoldstein:
        return tr("Net Goldstein");
    case ColumnCount:
        break;
    }
    return {};
}

void TimelineModel::setBinUnit(std::optional<BinUnit> unit) {
    m_options.unit = unit;
    refresh(true);
}

void TimelineModel::setSeriesKind(SeriesKind kind) {
    m_options.series = kind;
    refresh(true);
}

void TimelineModel::setPairSeriesCount(int count) {
    m_options.pairSeries = std::max(1, count);
    refresh(true);
}

void TimelineModel::refresh(bool wholesale) {
    Timeline timeline = aggregateTimeline(m_session.store(), m_session.matching(), m_options);
    const bool sameShape = timeline.bins == m_timeline.bins &&
                           timeline.seriesLabels == m_timeline.seriesLabels &&
                           timeline.seriesKind == m_timeline.seriesKind;
    if (wholesale || !sameShape)
        beginResetModel();
    m_timeline = std::move(timeline);
    const int bins = m_timeline.binCount();
    const int series = m_timeline.seriesCount();
    m_binTotals.assign(std::size_t(bins), 0);
    m_binNet.assign(std::size_t(bins), 0.0);
    for (int bin = 0; bin < bins; ++bin)
        for (int s = 0; s < series; ++s) {
            m_binTotals[std::size_t(bin)] += m_timeline.count(bin, s);
            m_binNet[std::size_t(bin)] += m_timeline.netGoldstein(bin, s);
        }
    m_minNet = bins ? *std::min_element(m_binNet.begin(), m_binNet.end()) : 0.0;
    m_maxNet = bins ? *std::max_element(m_binNet.begin(), m_binNet.end()) : 0.0;
    if (wholesale || !sameShape)
        endResetModel();
    else if (bins > 0)
        emit dataChanged(index(0, 0), index(bins - 1, columnCount() - 1));
}

} // namespace dyad
