#include "widgets/TimelineView.h"

#include "models/EventSession.h"
#include "models/FilterState.h"
#include "models/TimelineModel.h"
#include "widgets/ChartPalette.h"
#include "widgets/TimelineChartView.h"
#include "widgets/TimelineLanesChart.h"
#include "widgets/TimelineVolumeChart.h"

#include <QButtonGroup>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace dyad {

namespace {

constexpr int kAppendRebuildDelayMs = 250;
constexpr int kHitPixels = 7;

QDate dateOfDay(std::int64_t day) {
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace

TimelineView::TimelineView(EventSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_volumeButton(new QToolButton(this))
    , m_lanesButton(new QToolButton(this))
    , m_note(new QLabel(this))
    , m_undated(new QLabel(this))
    , m_chartView(new TimelineChartView(this))
    , m_rebuildTimer(new QTimer(this)) {
    m_volumeButton->setText(tr("Volume"));
    m_volumeButton->setToolTip(tr("Events per period by type, with the net Goldstein score"));
    m_lanesButton->setText(tr("Lanes"));
    m_lanesButton->setToolTip(tr("One lane per country pair, one marker per event"));
    auto* modes = new QButtonGroup(this);
    for (QToolButton* button : {m_volumeButton, m_lanesButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        modes->addButton(button);
    }
    m_volumeButton->setChecked(true);
    connect(m_volumeButton, &QToolButton::clicked, this, [this] { setMode(Mode::Volume); });
    connect(m_lanesButton, &QToolButton::clicked, this, [this] { setMode(Mode::Lanes); });

    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_undated->setObjectName(QStringLiteral("undatedCount"));
    m_undated->setToolTip(tr("Events whose date is unknown are counted here, not drawn"));
    auto* header = new QHBoxLayout;
    header->setContentsMargins(4, 2, 8, 0);
    header->addWidget(m_volumeButton);
    header->addWidget(m_lanesButton);
    header->addStretch(1);
    header->addWidget(m_note);
    header->addSpacing(12);
    header->addWidget(m_undated);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(m_chartView, 1);
    m_chartView->setWhatsThis(tr("Drag across the chart to choose years; double-click to show "
                                 "every year again"));

    connect(m_chartView, &TimelineChartView::rangeDragged, this, &TimelineView::dragged);
    connect(m_chartView, &TimelineChartView::clickedAt, this, &TimelineView::clicked);
    connect(m_chartView, &TimelineChartView::hoveredAt, this, &TimelineView::hovered);
    connect(m_chartView, &TimelineChartView::doubleClickedAt, this, &TimelineView::clearYearRange);

    m_rebuildTimer->setSingleShot(true);
    connect(m_rebuildTimer, &QTimer::timeout, this, &TimelineView::rebuildNow);
    connect(&m_session, &EventSession::selectionChanged, this, [this] { scheduleRebuild(0); });
    connect(&m_session, &EventSession::eventsAppended, this,
            [this] { scheduleRebuild(kAppendRebuildDelayMs); });
    connect(m_session.timelineModel(), &QAbstractItemModel::modelReset, this,
            [this] { scheduleRebuild(0); });
    rebuildNow();
}

TimelineView::~TimelineView() = default;

void TimelineView::setMode(Mode mode) {
    (mode == Mode::Volume ? m_volumeButton : m_lanesButton)->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildNow();
    emit modeChanged(mode);
}

void TimelineView::setLaneLimits(TimelineLanes::Limits limits) {
    m_limits = limits;
    scheduleRebuild(0);
}

void TimelineView::setSelectedEvent(std::optional<std::uint32_t> event) {
    if (event == m_selected)
        return;
    m_selected = event;
    if (m_mode == Mode::Lanes)
        scheduleRebuild(0);
}

QChart* TimelineView::chart() {
    ensureBuilt();
    return m_chartView->chart();
}

const TimelineLanes& TimelineView::lanes() {
    ensureBuilt();
    return m_lanes;
}

QString TimelineView::undatedText() {
    ensureBuilt();
    const int undated = m_session.timelineModel()->undatedCount();
    return undated > 0 ? tr("%n undated", nullptr, undated) : QString();
}

QString TimelineView::captionText() {
    ensureBuilt();
    QStringList parts;
    const int undated = m_session.timelineModel()->undatedCount();
    if (undated > 0)
        parts << tr("undated events not drawn: %1").arg(undated);
    if (m_mode == Mode::Lanes && m_lanes.hiddenPairs() > 0)
        parts << tr("pairs not shown: %1 (%2 events)")
                     .arg(m_lanes.hiddenPairs())
                     .arg(m_lanes.hiddenEvents());
    if (m_mode == Mode::Lanes && m_lanes.isAggregated())
        parts << tr("markers count events per period");
    return parts.join(QStringLiteral(" · "));
}

QString TimelineView::toolTipAt(QPointF value, QPointF tolerance) {
    ensureBuilt();
    if (m_mode == Mode::Volume)
        return TimelineVolumeChart::toolTip(
            *m_session.timelineModel(),
            TimelineVolumeChart::binAt(*m_session.timelineModel(), value.x()));
    return m_lanes.toolTip(m_session, m_lanes.markerAt(value, tolerance.x(), tolerance.y()));
}

QChart* TimelineView::buildChart(const QPalette& palette) {
    if (m_mode == Mode::Volume)
        return TimelineVolumeChart::build(*m_session.timelineModel(), palette);
    return TimelineLanesChart::build(m_lanes, palette, m_selected);
}

void TimelineView::scheduleRebuild(int delayMs) {
    m_dirty = true;
    if (!m_rebuildTimer->isActive() || delayMs == 0)
        m_rebuildTimer->start(delayMs);
}

void TimelineView::ensureBuilt() {
    if (m_dirty)
        rebuildNow();
}

void TimelineView::rebuildNow() {
    m_rebuildTimer->stop();
    m_dirty = false;
    m_lanes = m_mode == Mode::Lanes ? TimelineLanes::compute(m_session, m_limits) : TimelineLanes();
    QChart* old = m_chartView->chart();
    m_chartView->setChart(buildChart(palette()));
    delete old;
    updateLabels();
}

void TimelineView::updateLabels() {
    const QString undated = undatedText();
    m_undated->setText(undated);
    m_undated->setVisible(!undated.isEmpty());
    QString note;
    if (m_mode == Mode::Lanes && m_lanes.hiddenPairs() > 0)
        note = tr("busiest pairs: %1 of %2")
                   .arg(m_lanes.laneCount())
                   .arg(m_lanes.laneCount() + m_lanes.hiddenPairs());
    if (m_mode == Mode::Lanes && m_lanes.isAggregated())
        note +=
            (note.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("events counted per period");
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void TimelineView::renderTo(QPainter& painter, const QRectF& target, const QString& title,
                            const std::optional<QPalette>& palette) {
    ensureBuilt();
    QGraphicsScene scene;
    const QPalette colours = palette.value_or(this->palette());
    painter.fillRect(target, colours.brush(QPalette::Window)); // QChart insets its background
    QChart* chart = buildChart(colours);
    if (!title.isEmpty()) {
        chart->setTitle(title);
        QFont font = chart->titleFont();
        font.setBold(true);
        chart->setTitleFont(font);
    }
    scene.addItem(chart); // the scene owns and deletes the chart
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(QRectF(QPointF(0, 0), target.size()));
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, scene.sceneRect());
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
}

std::optional<std::pair<QDate, QDate>> TimelineView::datesAt(double x) const {
    if (m_mode == Mode::Volume) {
        const TimelineModel& model = *m_session.timelineModel();
        const int count = model.timeline().binCount();
        if (count == 0)
            return std::nullopt;
        const int bin = std::clamp(int(std::lround(x)), 0, count - 1);
        return std::pair(dateOfDay(model.timeline().bins.binStart(bin)),
                         dateOfDay(model.timeline().bins.binEnd(bin)));
    }
    if (m_lanes.markers().empty())
        return std::nullopt;
    const auto day = std::clamp<std::int64_t>(std::int64_t(std::floor(x)), m_lanes.firstDay(),
                                              m_lanes.lastDay());
    return std::pair(dateOfDay(day), dateOfDay(day));
}

void TimelineView::dragged(double from, double to) {
    const auto first = datesAt(from);
    const auto last = datesAt(to);
    if (!first || !last)
        return;
    FilterSpec spec = m_session.filter()->spec();
    spec.fromYear = first->first.year();
    spec.toYear = last->second.year();
    const int fromYear = spec.fromYear, toYear = spec.toYear;
    m_session.filter()->setSpec(spec);
    emit yearRangeSelected(fromYear, toYear);
}

void TimelineView::clicked(QPointF value, QPoint viewportPos) {
    ensureBuilt();
    if (m_mode == Mode::Volume) {
        const TimelineModel& model = *m_session.timelineModel();
        const int bin = TimelineVolumeChart::binAt(model, value.x());
        if (bin >= 0)
            emit binActivated(dateOfDay(model.timeline().bins.binStart(bin)),
                              dateOfDay(model.timeline().bins.binEnd(bin)));
        return;
    }
    const QPointF tolerance = m_chartView->valueSpan(viewportPos, kHitPixels);
    const int marker = m_lanes.markerAt(value, tolerance.x(), tolerance.y());
    if (marker < 0)
        return;
    const LaneMarker& hit = m_lanes.markers()[std::size_t(marker)];
    if (m_lanes.isAggregated()) {
        const CalendarBins& bins = m_session.timelineModel()->timeline().bins;
        if (int(hit.item) < bins.count())
            emit binActivated(dateOfDay(bins.binStart(int(hit.item))),
                              dateOfDay(bins.binEnd(int(hit.item))));
        return;
    }
    setSelectedEvent(hit.item);
    emit eventActivated(hit.item);
}

void TimelineView::hovered(QPointF value, QPoint viewportPos, QPoint globalPos) {
    const QString text = toolTipAt(value, m_chartView->valueSpan(viewportPos, kHitPixels));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(globalPos, text, m_chartView->viewport());
}

void TimelineView::clearYearRange() {
    FilterSpec spec = m_session.filter()->spec();
    spec.fromYear = 0;
    spec.toYear = 0;
    m_session.filter()->setSpec(spec);
}

void TimelineView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        rebuildNow(); // rare, and a stale chart would be painted in the old colours
    QWidget::changeEvent(event);
}

} // namespace dyad
