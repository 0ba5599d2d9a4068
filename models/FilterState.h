#pragma once

#include "core/store/FilterSpec.h"

#include <QList>
#include <QObject>
#include <QString>

namespace dyad {

/// The analyst's current filter, shared by every view: one property per condition, each with
/// its notify signal, plus `changed()` emitted exactly once per change however many properties
/// it touched (setSpec(), setText()). It reads and writes the compact text form of FilterText
/// (`CUB-RUS 2018..2024 roots=04,05 min-sources=2`), used by the command line and the settings.
class FilterState : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString actorA READ actorA WRITE setActorA NOTIFY actorAChanged)
    Q_PROPERTY(QString actorB READ actorB WRITE setActorB NOTIFY actorBChanged)
    Q_PROPERTY(bool directed READ directed WRITE setDirected NOTIFY directedChanged)
    Q_PROPERTY(int fromYear READ fromYear WRITE setFromYear NOTIFY fromYearChanged)
    Q_PROPERTY(int toYear READ toYear WRITE setToYear NOTIFY toYearChanged)
    Q_PROPERTY(bool includeUndated READ includeUndated WRITE setIncludeUndated NOTIFY
                   includeUndatedChanged)
    Q_PROPERTY(QList<int> roots READ roots WRITE setRoots NOTIFY rootsChanged)
    Q_PROPERTY(
        QList<int> quadClasses READ quadClasses WRITE setQuadClasses NOTIFY quadClassesChanged)
    Q_PROPERTY(int minSources READ minSources WRITE setMinSources NOTIFY minSourcesChanged)
    Q_PROPERTY(QString document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit FilterState(QObject* parent = nullptr);

    const FilterSpec& spec() const { return m_spec; }
    /// Replaces the whole filter; emits the signals of the properties that changed and then
    /// `changed()` once (nothing when the filter is the same).
    void setSpec(const FilterSpec& spec);
    /// Resets every condition to "everything".
    void clear() { setSpec(FilterSpec{}); }

    /// The canonical text form.
    QString toFilterText() const;
    /// Parses the text form and applies it; on a parse error leaves the filter as it is, puts a
    /// message naming the bad token in `error` and returns false.
    bool setFilterText(const QString& text, QString* error = nullptr);

    QString actorA() const { return QString::fromStdString(m_spec.actorA); }
    QString actorB() const { return QString::fromStdString(m_spec.actorB); }
    bool directed() const { return m_spec.directed; }
    int fromYear() const { return m_spec.fromYear; }
    int toYear() const { return m_spec.toYear; }
    bool includeUndated() const { return m_spec.includeUndated; }
    QList<int> roots() const { return QList<int>(m_spec.roots.begin(), m_spec.roots.end()); }
    QList<int> quadClasses() const {
        return QList<int>(m_spec.quadClasses.begin(), m_spec.quadClasses.end());
    }
    int minSources() const { return m_spec.minSources; }
    QString document() const { return QString::fromStdString(m_spec.document); }
    QString text() const { return QString::fromStdString(m_spec.text); }

    void setActorA(const QString& code);
    void setActorB(const QString& code);
    void setDirected(bool directed);
    void setFromYear(int year);
    void setToYear(int year);
    void setIncludeUndated(bool include);
    void setRoots(const QList<int>& roots);
    void setQuadClasses(const QList<int>& quadClasses);
    void setMinSources(int minSources);
    void setDocument(const QString& id);
    void setText(const QString& text);

signals:
    void actorAChanged();
    void actorBChanged();
    void directedChanged();
    void fromYearChanged();
    void toYearChanged();
    void includeUndatedChanged();
    void rootsChanged();
    void quadClassesChanged();
    void minSourcesChanged();
    void documentChanged();
    void textChanged();
    /// Once per change of the filter, after the property signals.
    void changed();

private:
    FilterSpec m_spec;
};

} // namespace dyad
