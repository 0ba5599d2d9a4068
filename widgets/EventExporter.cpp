#include "widgets/EventExporter.h"

#include "core/io/ExtractCsvWriter.h"
#include "core/io/ExtractJsonWriter.h"
#include "core/reading/DocumentReader.h"
#include "models/EventSession.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <sstream>

namespace dyad {

std::optional<Document> EventExporter::readAgain(const StoredDocument& document) {
    static const DocumentReader reader;
    std::string error;
    return reader.readFile(document.path, error);
}

QString EventExporter::write(const EventSession& session, ExportFormat format, const QString& path,
                             const StoreExtraction::DocumentSource& fullDocument) {
    const QString name = QDir::toNativeSeparators(path);
    if (format != ExportFormat::Csv && format != ExportFormat::Json)
        return tr("cannot write “%1”: events are exported as CSV or JSON").arg(name);
    if (!QFileInfo(path).dir().exists())
        return tr("cannot write “%1”: the folder does not exist").arg(name);

    const ExtractionResult result =
        StoreExtraction::of(session.store(), session.matching(), fullDocument);
    std::ostringstream out;
    if (format == ExportFormat::Csv)
        ExtractCsvWriter::write(result, out);
    else
        ExtractJsonWriter::write(result, out);
    const std::string bytes = std::move(out).str();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write “%1”: %2").arg(name, file.errorString());
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return tr("cannot write “%1”: %2").arg(name, problem);
    }
    if (!file.commit())
        return tr("cannot write “%1”: %2").arg(name, file.errorString());
    return {};
}

} // namespace dyad
