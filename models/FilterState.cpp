#include "models/FilterState.h"

#include "core/store/FilterText.h"

#include <algorithm>

namespace dyad {

namespace {

std::vector<int> sortedUnique(const QList<int>& values) {
    std::vector<int> result(values.begin(), values.end());
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

std::string codeOf(const QString& code) {
    return code.trimmed().toUpper().toStdString();
}

} // namespace

FilterState::FilterState(QObject* parent)
    : QObject(parent) {}

void FilterState::setSpec(const FilterSpec& input) {
    FilterSpec spec = input;
    spec.roots = sortedUnique(QList<int>(input.roots.begin(), input.roots.end()));
    spec.quadClasses = sortedUnique(QList<int>(input.quadClasses.begin(), input.quadClasses.end()));
    spec.minSources = std::max(1, input.minSources);
    const FilterSpec old = m_spec;
    m_spec = spec;
    bool any = false;
    auto notify = [&any](bool differs, void (FilterState::*signal)(), FilterState* self) {
        if (differs) {
            any = true;
            (self->*signal)();
        }
    };
    notify(old.actorA != spec.actorA, &FilterState::actorAChanged, this);
    notify(old.actorB != spec.actorB, &FilterState::actorBChanged, this);
    notify(old.directed != spec.directed, &FilterState::directedChanged, this);
    notify(old.fromYear != spec.fromYear, &FilterState::fromYearChanged, this);
    notify(old.toYear != spec.toYear, &FilterState::toYearChanged, this);
    notify(old.includeUndated != spec.includeUndated, &FilterState::includeUndatedChanged, this);
    notify(old.roots != spec.roots, &FilterState::rootsChanged, this);
    notify(old.quadClasses != spec.quadClasses, &FilterState::quadClassesChanged, this);
    notify(old.minSources != spec.minSources, &FilterState::minSourcesChanged, this);
    notify(old.document != spec.document, &FilterState::documentChanged, this);
    notify(old.text != spec.text, &FilterState::textChanged, this);
    if (any)
        emit changed();
}

QString FilterState::toFilterText() const {
    return QString::fromStdString(FilterText::print(m_spec));
}

bool FilterState::setFilterText(const QString& text, QString* error) {
    const auto parsed = FilterText::parse(text.toStdString());
    if (!parsed.filter) {
        if (error)
            *error = tr("Filter %1").arg(QString::fromStdString(parsed.error));
        return false;
    }
    setSpec(*parsed.filter);
    return true;
}

void FilterState::setActorA(const QString& code) {
    FilterSpec spec = m_spec;
    spec.actorA = codeOf(code);
    setSpec(spec);
}

void FilterState::setActorB(const QString& code) {
    FilterSpec spec = m_spec;
    spec.actorB = codeOf(code);
    setSpec(spec);
}

void FilterState::setDirected(bool directed) {
    FilterSpec spec = m_spec;
    spec.directed = directed;
    setSpec(spec);
}

void FilterState::setFromYear(int year) {
    FilterSpec spec = m_spec;
    spec.fromYear = std::max(0, year);
    setSpec(spec);
}

void FilterState::setToYear(int year) {
    FilterSpec spec = m_spec;
    spec.toYear = std::max(0, year);
    setSpec(spec);
}

void FilterState::setIncludeUndated(bool include) {
    FilterSpec spec = m_spec;
    spec.includeUndated = include;
    setSpec(spec);
}

void FilterState::setRoots(const QList<int>& roots) {
    FilterSpec spec = m_spec;
    spec.roots = sortedUnique(roots);
    setSpec(spec);
}

void FilterState::setQuadClasses(const QList<int>& quadClasses) {
    FilterSpec spec = m_spec;
    spec.quadClasses = sortedUnique(quadClasses);
    setSpec(spec);
}

void FilterState::setMinSources(int minSources) {
    FilterSpec spec = m_spec;
    spec.minSources = minSources;
    setSpec(spec);
}

void FilterState::setDocument(const QString& id) {
    FilterSpec spec = m_spec;
    spec.document = id.toStdString();
    setSpec(spec);
}

void FilterState::setText(const QString& text) {
    FilterSpec spec = m_spec;
    spec.text = text.toStdString();
    setSpec(spec);
}

} // namespace dyad
