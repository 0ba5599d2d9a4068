#include "models/EventSession.h"

#include "core/store/QueryEngine.h"
#include "models/DocumentModel.h"
#include "models/EventModel.h"
#include "models/FilterState.h"
#include "models/PairMatrixModel.h"
#include "models/TimelineModel.h"

#include <algorithm>

namespace dyad {

EventSession::EventSession(EventStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_filter(new FilterState(this))
    , m_events(new EventModel(*this, this))
    , m_documents(new DocumentModel(*this, this))
    , m_pairs(new PairMatrixModel(*this, this))
    , m_timeline(new TimelineModel(*this, this)) {
    connect(m_filter, &FilterState::changed, this, &EventSession::recompute);
    recompute();
}

EventSession::~EventSession() = default;

void EventSession::setActorNameProvider(ActorNameProvider provider) {
    m_names = std::move(provider);
    recompute(); // names take part in text search and in the labels of every model
}

QString EventSession::actorName(std::uint16_t actor) const {
    if (actor >= m_store.actors().size())
        return {};
    const QString code = QString::fromStdString(m_store.actorCode(actor));
    if (!m_names)
        return code;
    const QString name = m_names(code);
    return name.isEmpty() ? code : name;
}

void EventSession::recompute() {
    m_query = m_filter->spec().toQuery();
    QueryEngine engine(m_store);
    if (m_names)
        engine.setActorNameProvider([this](std::string_view code) {
            return m_names(QString::fromUtf8(code.data(), qsizetype(code.size()))).toStdString();
        });
    if (m_order.size() != m_store.eventCount())
        m_order = EventOrder(m_store, m_sort).all();
    m_mask = engine.matchMask(m_query);
    m_matching = QueryEngine::indicesOf(m_mask);
    m_events->setRows(QueryEngine::filterOrder(m_mask, m_order));
    m_documents->refresh();
    m_pairs->refresh(true);
    m_timeline->refresh(true);
    emit selectionChanged();
}

void EventSession::reload() {
    m_order.clear();
    recompute();
}

void EventSession::setSort(SortSpec sort) {
    if (sort == m_sort && m_order.size() == m_store.eventCount())
        return;
    m_sort = sort;
    m_order = EventOrder(m_store, m_sort).all();
    m_events->setRows(QueryEngine::filterOrder(m_mask, m_order));
}

void EventSession::appendDocuments(const std::vector<Document>& documents,
                                   const std::vector<std::vector<EntityMention>>& mentions,
                                   std::vector<std::string>* warnings) {
    const auto before = static_cast<int>(m_store.documents().size());
    m_store.addDocuments(documents, mentions, warnings);
    const auto after = static_cast<int>(m_store.documents().size());
    if (after > before)
        m_documents->documentsAppended(before, after - before);
}

AppendResult EventSession::appendEvents(const std::vector<Event>& events) {
    AppendResult result = m_store.addEvents(events);
    absorb(result);
    return result;
}

AppendResult EventSession::appendDatasetRows(const std::string& datasetName,
                                             const std::vector<DatasetRow>& rows) {
    AppendResult result = m_store.addDatasetRows(datasetName, rows);
    absorb(result);
    return result;
}

void EventSession::absorb(const AppendResult& result) {
    std::vector<std::uint32_t> merged = result.merged;
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    const std::uint32_t count = m_store.eventCount();
    std::vector<std::uint32_t> added;
    for (std::uint32_t e = result.firstNew; e < count; ++e)
        added.push_back(e);
    if (added.empty() && merged.empty())
        return;

    QueryEngine engine(m_store);
    if (m_names)
        engine.setActorNameProvider([this](std::string_view code) {
            return m_names(QString::fromUtf8(code.data(), qsizetype(code.size()))).toStdString();
        });
    const EventOrder order(m_store, m_sort);

    // The full order: merged events may move when sorted by number of sources.
    bool eventRowsMoved = false;
    if (order.dependsOnSources() && !merged.empty()) {
        m_order = order.all();
        eventRowsMoved = true;
    } else {
        order.merge(m_order, added);
    }

    // Which new and merged events match now (conditions only ever become true by merging).
    const auto addedMatch = engine.matchEvents(m_query, added);
    const auto mergedMatch = engine.matchEvents(m_query, merged);
    m_mask.resize(count, 0);
    std::vector<std::uint32_t> newRows, changedRows;
    for (std::size_t i = 0; i < added.size(); ++i)
        if ((m_mask[added[i]] = addedMatch[i]))
            newRows.push_back(added[i]);
    for (std::size_t i = 0; i < merged.size(); ++i) {
        if (m_mask[merged[i]])
            changedRows.push_back(merged[i]);
        else if (mergedMatch[i]) {
            m_mask[merged[i]] = 1;
            newRows.push_back(merged[i]);
        }
    }
    m_matching = QueryEngine::indicesOf(m_mask);

    if (eventRowsMoved)
        m_events->setRows(QueryEngine::filterOrder(m_mask, m_order));
    else {
        m_events->eventsChanged(changedRows);
        m_events->insertEvents(newRows, order);
    }
    m_documents->updateCounts();
    m_pairs->refresh(false);
    m_timeline->refresh(false);
    emit eventsAppended(static_cast<int>(added.size()), static_cast<int>(merged.size()));
}

} // namespace dyad
