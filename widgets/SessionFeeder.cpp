#include "widgets/SessionFeeder.h"

#include "models/EventSession.h"
#include "widgets/DocumentFurniture.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace dyad {

SessionFeeder::SessionFeeder(EventSession& session, DocumentFurniture& furniture)
    : m_session(session)
    , m_furniture(furniture) {}

QList<SessionFeeder::Problem> SessionFeeder::apply(const LoadBatch& batch) {
    QList<Problem> problems;
    for (const ReadFailure& failure : batch.failures)
        problems.append(
            {QString::fromStdString(failure.path), QString::fromStdString(failure.error)});

    const DocumentTable& table = m_session.store().documents();
    std::vector<Document> documents;
    std::vector<std::vector<EntityMention>> mentions;
    std::set<std::string> known;
    for (std::size_t i = 0; i < batch.documents.size(); ++i) {
        const Document& document = batch.documents[i];
        if (table.find(document.id) != DocumentTable::npos) {
            known.insert(document.id);
            problems.append({QString::fromStdString(document.path),
                             tr("a document with the id “%1” is already open; skipped")
                                 .arg(QString::fromStdString(document.id))});
            continue;
        }
        documents.push_back(document);
        mentions.push_back(i < batch.mentions.size() ? batch.mentions[i]
                                                     : std::vector<EntityMention>{});
    }

    std::vector<Event> events;
    events.reserve(batch.events.size());
    for (const Event& event : batch.events) {
        Event kept = event;
        std::erase_if(kept.evidence,
                      [&](const Evidence& evidence) { return known.count(evidence.document); });
        std::erase_if(kept.documents, [&](const std::string& id) { return known.count(id); });
        if (!event.evidence.empty() && kept.evidence.empty())
            continue;
        events.push_back(std::move(kept));
    }

    std::vector<std::string> warnings;
    m_session.appendDocuments(documents, mentions, &warnings);
    for (const Document& document : documents)
        m_furniture.add(document);
    const AppendResult appended = m_session.appendEvents(events);
    for (const std::string& warning : appended.warnings)
        warnings.push_back(warning);
    for (const std::string& warning : warnings)
        problems.append({QString(), QString::fromStdString(warning)});
    return problems;
}

} // namespace dyad
