#pragma once

#include "core/io/StoreExtraction.h"
#include "widgets/ExportFormat.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace dyad {

class EventSession;

/// Writes the session's selected events as CSV (one row per event with its first evidence
/// sentence and document; RFC 4180, UTF-8, formula-like cells neutralised) or as the JSON of
/// `dyad extract` (every event with all of its evidence, and the documents behind them), through
/// the core's writers. The file appears only once complete.
class EventExporter {
    Q_DECLARE_TR_FUNCTIONS(dyad::EventExporter)

public:
    /// Returns an error message naming the file, empty on success. `fullDocument` gives the
    /// documents as read from their files (for the file offsets of HTML and Markdown); by
    /// default they are read again.
    static QString write(const EventSession& session, ExportFormat format, const QString& path,
                         const StoreExtraction::DocumentSource& fullDocument = readAgain);
    /// Reads a stored document's file again (nullopt when it cannot be read).
    static std::optional<Document> readAgain(const StoredDocument& document);
};

} // namespace dyad
