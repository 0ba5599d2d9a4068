#include "app/ExportCommand.h"

#include "app/ExtractCommand.h"
#include "models/EventSession.h"
#include "models/FilterState.h"
#include "widgets/PairMatrixView.h"
#include "widgets/TimelineView.h"
#include "widgets/ViewExporter.h"

#include <QLocale>

#include <memory>
#include <unordered_map>

namespace dyad {

namespace {

QPageSize pageSizeNamed(const QString& name) {
    static const std::pair<const char*, QPageSize::PageSizeId> pages[] = {
        {"A3", QPageSize::A3},
        {"A4", QPageSize::A4},
        {"A5", QPageSize::A5},
        {"Letter", QPageSize::Letter},
        {"Legal", QPageSize::Legal}};
    for (const auto& [pageName, id] : pages)
        if (name.compare(QLatin1String(pageName), Qt::CaseInsensitive) == 0)
            return QPageSize(id);
    return QPageSize(QPageSize::A4);
}

ExportRequest requestOf(const ExportArguments& arguments, ExportView view) {
    ExportRequest request;
    request.view = view;
    request.path = arguments.out;
    request.title = arguments.titleGiven ? arguments.title : ViewExporter::defaultTitle(view);
    request.picture.size = arguments.size;
    request.picture.scale = arguments.scale;
    request.picture.pageSize = pageSizeNamed(arguments.page);
    request.picture.orientation = arguments.orientation == QLatin1String("portrait")
                                      ? QPageLayout::Portrait
                                      : QPageLayout::Landscape;
    return request;
}

} // namespace

int runExport(const CommandLine& command, std::ostream& err) {
    const ExportArguments& arguments = command.exportArguments;
    const std::optional<ExportView> view = ViewExporter::viewNamed(arguments.view);
    if (!view) {
        err << "dyad: unknown view '" << arguments.view.toStdString() << "'\n";
        return 1;
    }
    const std::shared_ptr<const ExtractionResources> data = loadExtractionResources(err);
    if (!data)
        return 1;
    const ExtractionResult result = extractCommandPaths(command, *data, err);
    if (result.documents.empty() && !result.failures.empty()) {
        err << "dyad: nothing could be read; " << arguments.out.toStdString()
            << " was not written\n";
        return 2;
    }

    EventStore store;
    EventSession session(store);
    const std::string language = QLocale().name().left(2).toStdString();
    session.setActorNameProvider([data, language](const QString& code) {
        return QString::fromStdString(data->lexicon.displayName(code.toStdString(), language));
    });
    std::vector<Document> documents;
    std::vector<std::vector<EntityMention>> mentions;
    std::unordered_map<std::string, const Document*> byId;
    for (const DocumentExtraction& extraction : result.documents) {
        documents.push_back(extraction.document);
        mentions.push_back(extraction.entities);
        byId.emplace(extraction.document.id, &extraction.document);
    }
    std::vector<std::string> warnings;
    session.appendDocuments(documents, mentions, &warnings);
    const AppendResult appended = session.appendEvents(result.events);
    warnings.insert(warnings.end(), appended.warnings.begin(), appended.warnings.end());
    for (const std::string& warning : warnings)
        err << "dyad: " << warning << '\n';
    if (!arguments.filter.isEmpty()) {
        QString problem;
        if (!session.filter()->setFilterText(arguments.filter, &problem)) {
            err << "dyad: bad filter '" << arguments.filter.toStdString()
                << "': " << problem.toStdString() << '\n';
            return 1;
        }
    }

    TimelineView timeline(session);
    timeline.setMode(arguments.mode == QLatin1String("lanes") ? TimelineView::Mode::Lanes
                                                              : TimelineView::Mode::Volume);
    PairMatrixView matrix(session);
    ViewExporter exporter(session, &timeline, &matrix);
    exporter.setDocumentSource([&byId](const StoredDocument& stored) -> std::optional<Document> {
        const auto found = byId.find(stored.id);
        if (found == byId.end())
            return std::nullopt;
        return *found->second;
    });
    const QString error = exporter.run(requestOf(arguments, *view));
    if (!error.isEmpty()) {
        err << "dyad: " << error.toStdString() << '\n';
        return 2;
    }
    return result.failures.empty() ? 0 : 2;
}

} // namespace dyad
