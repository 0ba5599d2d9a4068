#pragma once

#include "core/store/Timeline.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>

namespace dyad {

class EventSession;

/// The selection binned over time: one row per bin, fixed columns (label, start, total, net
/// Goldstein) followed by one column per series (QuadClass, CAMEO root or country pair) holding
/// a plain event count in DisplayRole, so Qt Charts' QVBarModelMapper can map the series
/// columns directly and a QVXYModelMapper the net Goldstein line.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    /// Fixed columns; series s is at column ColumnCount + s (see seriesColumn()).
    enum Column { Label, Start, Total, NetGoldstein, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        NetGoldsteinRole,  ///< the cell's net Goldstein (the bin's for fixed columns)
        BinStartRole,      ///< QDate of the bin's first day
        BinEndRole,        ///< QDate of the bin's last day
        BinStartMsecsRole, ///< the bin's first day as msecs since the epoch (UTC), for axes
        SeriesKeyRole,     ///< in headerData: QuadClass 1..4, root 1..20 or "CUB-RUS"
    };

    TimelineModel(const EventSession& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Options (each change recomputes with one reset).
    void setBinUnit(std::optional<BinUnit> unit); ///< nothing: chosen from the span
    void setSeriesKind(SeriesKind kind);
    void setPairSeriesCount(int count);
    SeriesKind seriesKind() const { return m_options.series; }
    bool isBinUnitAutomatic() const { return !m_options.unit.has_value(); }

    // Whole-model facts.
    const Timeline& timeline() const { return m_timeline; }
    BinUnit binUnit() const { return m_timeline.bins.unit(); }
    int seriesCount() const { return m_timeline.seriesCount(); }
    static int seriesColumn(int series) { return ColumnCount + series; }
    QDate firstDate() const;
    QDate lastDate() const;
    int maxCount() const { return int(m_timeline.maxCount); }
    int maxBinTotal() const { return int(m_timeline.maxBinTotal); }
    double minNetGoldstein() const { return m_minNet; }
    double maxNetGoldstein() const { return m_maxNet; }
    int undatedCount() const;
    int coarserThanBinCount() const { return int(m_timeline.coarserThanBin); }
    QString seriesName(int series) const;

    /// Recomputes from the session's selection: a reset when `wholesale` or when the bins or
    /// series changed, otherwise dataChanged over the table.
    void refresh(bool wholesale);

private:
    QVariant fixedColumn(int bin, Column column, int role) const;

    const EventSession& m_session;
    TimelineOptions m_options;
    Timeline m_timeline;
    std::vector<std::uint32_t> m_binTotals;
    std::vector<double> m_binNet;
    double m_minNet = 0.0, m_maxNet = 0.0;
};

} // namespace dyad
