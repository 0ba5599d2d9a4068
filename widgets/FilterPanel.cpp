#include "widgets/FilterPanel.h"

#include "models/EventSession.h"
#include "models/FilterState.h"
#include "widgets/ActorComboBox.h"
#include "widgets/EventTypeTree.h"

#include <QCheckBox>
#include <QCollator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace dyad {

namespace {

constexpr int kNoYear = 1799; ///< the spin boxes' "any" value
constexpr int kLastYear = 2100;

QSpinBox* yearBox(QWidget* parent, const QString& accessibleName) {
    auto* box = new QSpinBox(parent);
    box->setRange(kNoYear, kLastYear);
    box->setSpecialValueText(FilterPanel::tr("any"));
    box->setKeyboardTracking(false);
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

FilterPanel::FilterPanel(EventSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(*session.filter())
    , m_actorA(new ActorComboBox(this))
    , m_actorB(new ActorComboBox(this))
    , m_directed(new QCheckBox(tr("Only from A to B"), this))
    , m_fromYear(yearBox(this, tr("First year")))
    , m_toYear(yearBox(this, tr("Last year")))
    , m_undated(new QCheckBox(tr("Include undated events"), this))
    , m_types(new EventTypeTree(this))
    , m_minSources(new QSpinBox(this))
    , m_text(new QLineEdit(this))
    , m_textDelay(new QTimer(this))
    , m_reset(new QPushButton(tr("&Reset Filter"), this)) {
    m_actorA->setAccessibleName(tr("Country A"));
    m_actorA->setToolTip(tr("Type a name or a code; empty for any"));
    m_actorB->setAccessibleName(tr("Country B"));
    m_actorB->setToolTip(tr("Type a name or a code; empty for any partner"));
    m_directed->setToolTip(tr("Only events initiated by A and aimed at B"));
    m_minSources->setRange(1, 999);
    m_minSources->setAccessibleName(tr("Minimum number of sources"));
    m_minSources->setToolTip(tr("Only events reported by at least this many documents"));
    m_text->setPlaceholderText(tr("Words in the evidence"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Free text"));
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(300);
    m_reset->setAccessibleName(tr("Reset filter"));
    m_types->setMinimumHeight(140);

    auto* years = new QHBoxLayout;
    years->addWidget(m_fromYear, 1);
    years->addWidget(new QLabel(QStringLiteral("–"), this));
    years->addWidget(m_toYear, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Country &A:"), m_actorA);
    form->addRow(tr("Country &B:"), m_actorB);
    form->addRow(QString(), m_directed);
    auto* yearsLabel = new QLabel(tr("&Years:"), this);
    yearsLabel->setBuddy(m_fromYear);
    form->addRow(yearsLabel, years);
    form->addRow(QString(), m_undated);
    form->addRow(tr("Min. &sources:"), m_minSources);
    form->addRow(tr("&Text:"), m_text);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    auto* typesLabel = new QLabel(tr("Event &types:"), this);
    typesLabel->setBuddy(m_types);
    layout->addWidget(typesLabel);
    layout->addWidget(m_types, 1);
    layout->addWidget(m_reset);

    connect(m_actorA, &ActorComboBox::codeChosen, this,
            [this](const QString& code) { m_filter.setActorA(code); });
    connect(m_actorB, &ActorComboBox::codeChosen, this,
            [this](const QString& code) { m_filter.setActorB(code); });
    connect(m_directed, &QCheckBox::toggled, this, [this](bool directed) {
        if (!m_reading)
            m_filter.setDirected(directed);
    });
    connect(m_fromYear, &QSpinBox::valueChanged, this, &FilterPanel::writeYears);
    connect(m_toYear, &QSpinBox::valueChanged, this, &FilterPanel::writeYears);
    connect(m_undated, &QCheckBox::toggled, this, [this](bool include) {
        if (!m_reading)
            m_filter.setIncludeUndated(include);
    });
    connect(m_types, &EventTypeTree::rootsChanged, this,
            [this] { m_filter.setRoots(m_types->checkedRoots()); });
    connect(m_minSources, &QSpinBox::valueChanged, this, [this](int value) {
        if (!m_reading)
            m_filter.setMinSources(value);
    });
    connect(m_text, &QLineEdit::textEdited, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this,
            [this] { m_filter.setText(m_text->text().trimmed()); });
    connect(m_reset, &QPushButton::clicked, this, [this] { m_filter.clear(); });
    connect(&m_filter, &FilterState::changed, this, &FilterPanel::readFilter);
    readFilter();
}

void FilterPanel::refreshActors() {
    const EventStore& store = m_session.store();
    QList<QPair<QString, QString>> actors;
    for (std::uint32_t id = 0; id < store.actors().size(); ++id) {
        const auto actor = static_cast<std::uint16_t>(id);
        actors.append({QString::fromStdString(store.actorCode(actor)), m_session.actorName(actor)});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(actors.begin(), actors.end(), [&](const auto& a, const auto& b) {
        return collator.compare(a.second, b.second) < 0;
    });
    m_actorA->setActors(actors);
    m_actorB->setActors(actors);
}

void FilterPanel::readFilter() {
    m_reading = true;
    m_actorA->setCode(m_filter.actorA());
    m_actorB->setCode(m_filter.actorB());
    m_directed->setChecked(m_filter.directed());
    {
        const QSignalBlocker fromBlocker(m_fromYear);
        const QSignalBlocker toBlocker(m_toYear);
        m_fromYear->setValue(m_filter.fromYear() > 0 ? m_filter.fromYear() : kNoYear);
        m_toYear->setValue(m_filter.toYear() > 0 ? m_filter.toYear() : kNoYear);
    }
    m_undated->setChecked(m_filter.includeUndated());
    m_types->setCheckedRoots(m_filter.roots());
    m_minSources->setValue(m_filter.minSources());
    if (m_text->text().trimmed() != m_filter.text()) {
        m_textDelay->stop();
        m_text->setText(m_filter.text());
    }
    m_reading = false;
}

void FilterPanel::writeYears() {
    if (m_reading)
        return;
    const int from = m_fromYear->value() == kNoYear ? 0 : m_fromYear->value();
    const int to = m_toYear->value() == kNoYear ? 0 : m_toYear->value();
    FilterSpec spec = m_filter.spec();
    spec.fromYear = from;
    spec.toYear = to;
    m_filter.setSpec(spec);
}

} // namespace dyad
