#pragma once

#include "core/store/EventOrder.h"
#include "core/store/EventStore.h"
#include "core/store/Query.h"
#include "models/ActorNameProvider.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <vector>

namespace dyad {

class DocumentModel;
class EventModel;
class FilterState;
class PairMatrixModel;
class TimelineModel;

/// The analyst's view of one EventStore: the filter, the current selection and the models
/// over it. A filter change recomputes the selection once and then refreshes every model once
/// (one reset each). Appending to the store through the session updates the models
/// incrementally: matching new events are inserted into the event table where the sort puts
/// them, new documents appended to the document list, and the aggregates updated in place
/// when their shape (bins, series, actors) stays the same.
class EventSession : public QObject {
    Q_OBJECT

public:
    explicit EventSession(EventStore& store, QObject* parent = nullptr);
    ~EventSession() override;

    const EventStore& store() const { return m_store; }
    FilterState* filter() const { return m_filter; }
    EventModel* eventModel() const { return m_events; }
    DocumentModel* documentModel() const { return m_documents; }
    PairMatrixModel* pairMatrixModel() const { return m_pairs; }
    TimelineModel* timelineModel() const { return m_timeline; }

    /// Display names of actor codes (the code itself until set). Refreshes every model.
    void setActorNameProvider(ActorNameProvider provider);
    QString actorName(std::uint16_t actor) const;

    // --- Appending while a load runs (GUI thread) ---
    void appendDocuments(const std::vector<Document>& documents,
                         const std::vector<std::vector<EntityMention>>& mentions,
                         std::vector<std::string>* warnings = nullptr);
    AppendResult appendEvents(const std::vector<Event>& events);
    AppendResult appendDatasetRows(const std::string& datasetName,
                                   const std::vector<DatasetRow>& rows);
    /// After the store was filled or changed behind the session's back: recompute everything.
    void reload();

    // --- The selection ---
    /// Matching events in ascending index order (for aggregations).
    const std::vector<std::uint32_t>& matching() const { return m_matching; }
    const Query& query() const { return m_query; }
    SortSpec sort() const { return m_sort; }
    /// Sorts the event table (resets only the event model).
    void setSort(SortSpec sort);

signals:
    /// After the selection was recomputed (filter change, reload) and every model refreshed.
    void selectionChanged();
    /// After events were appended and the models updated.
    void eventsAppended(int added, int merged);

private:
    void recompute();
    void absorb(const AppendResult& result);

    EventStore& m_store;
    FilterState* m_filter;
    EventModel* m_events;
    DocumentModel* m_documents;
    PairMatrixModel* m_pairs;
    TimelineModel* m_timeline;
    ActorNameProvider m_names;

    Query m_query;
    SortSpec m_sort{SortColumn::Date, false};
    std::vector<std::uint32_t> m_order;    ///< every event, in sort order
    std::vector<std::uint8_t> m_mask;      ///< per event: matches the filter
    std::vector<std::uint32_t> m_matching; ///< matching events, ascending
};

} // namespace dyad
