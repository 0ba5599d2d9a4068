#pragma once

// End-to-end extraction for tests: a plain-text article made from a title, a date line and body
// paragraphs is read by DocumentReader and extracted with the bundled resources, as
// `dyad extract` does.

#include "core/extract/EventExtractor.h"
#include "core/extract/EventMerger.h"
#include "core/extract/ExtractionResources.h"
#include "core/reading/DocumentReader.h"
#include "core/util/Utf.h"

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace dyad::test {

/// The bundled resources, loaded once for the whole test executable (nullptr when
/// DYAD_SOURCE_DIR is not set). Malformed lines are skipped by the loaders and listed in
/// `problems`; the tests of the data files themselves fail on them.
inline const ExtractionResources* bundledResources(std::vector<std::string>& problems) {
    static std::vector<std::string> errors;
    static const std::unique_ptr<ExtractionResources> resources = [] {
        const std::string source = qEnvironmentVariable("DYAD_SOURCE_DIR").toStdString();
        if (source.empty())
            return std::unique_ptr<ExtractionResources>();
        return ExtractionResources::load(source + "/resources", {}, errors);
    }();
    problems = errors;
    return resources.get();
}

inline std::u32string u32(const QString& text) {
    const auto ucs4 = text.toUcs4();
    return std::u32string(ucs4.begin(), ucs4.end());
}

inline QString qs(std::u32string_view text) {
    return QString::fromUcs4(text.data(), static_cast<qsizetype>(text.size()));
}

inline QString slice(const std::u32string& text, TextSpan span) {
    if (span.start < 0 || span.end > static_cast<std::int32_t>(text.size()) || span.isEmpty())
        return QStringLiteral("<bad span %1..%2>").arg(span.start).arg(span.end);
    return qs(std::u32string_view(text).substr(static_cast<std::size_t>(span.start),
                                               static_cast<std::size_t>(span.length())));
}

/// A neutral headline per language, so that the detected language is the body's.
inline QString headline(const QString& language) {
    if (language == QLatin1String("es"))
        return QStringLiteral("Noticias de política exterior");
    if (language == QLatin1String("ru"))
        return QStringLiteral("Новости внешней политики");
    if (language == QLatin1String("de"))
        return QStringLiteral("Nachrichten aus der Außenpolitik");
    return QStringLiteral("Foreign policy news");
}

/// The text of an article: a headline, a date line with `published` (ISO, or empty for none)
/// and the body paragraphs separated by blank lines.
inline QString articleText(const QString& language, const QString& published,
                           const QStringList& paragraphs) {
    QString text = headline(language) + QStringLiteral("\n\n");
    if (!published.isEmpty())
        text += published + QStringLiteral("\n\n");
    text += paragraphs.join(QStringLiteral("\n\n"));
    text += QLatin1Char('\n');
    return text;
}

inline Document readArticle(const QString& text, const QString& id) {
    return DocumentReader().readText(u32(text), id.toStdString());
}

/// Empty when every block after the date line was read as the article's body; else which block
/// the reader took for page furniture and why (a test sentence there would never be coded).
inline QString furnitureProblem(const Document& document) {
    for (std::size_t i = 0; i < document.blocks.size(); ++i) {
        const Block& block = document.blocks[i];
        const QString text = slice(document.text, block.span);
        const bool dateLine = text.size() == 10 && text[4] == QLatin1Char('-');
        if (block.role == BlockRole::Boilerplate && !dateLine)
            return QStringLiteral("'%1' was read as page furniture (%2)")
                .arg(text, QString::fromStdString(block.reason));
    }
    return {};
}

/// One document extracted, its events not merged.
struct Extraction {
    DocumentExtraction document;
    std::vector<Event> events;
};

inline Extraction extractArticle(const ExtractionResources& resources, Document document) {
    Extraction out;
    EventExtractor extractor(resources);
    out.document = extractor.extract(std::move(document), out.events);
    return out;
}

/// "CUB>RUS:042@2023-05-12" (undated: "@-").
inline QString describe(const Event& event) {
    const std::string date = event.date.isKnown() ? event.date.toIso() : std::string("-");
    return QString::fromStdString(event.source + '>' + event.target + ':' + event.code + '@' +
                                  date);
}

inline QStringList describe(const std::vector<Event>& events) {
    QStringList out;
    for (const Event& event : events)
        out << describe(event);
    return out;
}

/// The entities of a document as "text=kind:actor", for readable failures.
inline QString describeEntities(const DocumentExtraction& extraction) {
    QStringList out;
    for (const EntityMention& entity : extraction.entities) {
        if (entity.kind == EntityKind::Date || entity.kind == EntityKind::Trigger)
            continue;
        static const char* const kinds[] = {"country", "person", "organization",
                                            "place",   "date",   "trigger"};
        out << slice(extraction.document.text, entity.span) + QLatin1Char('=') +
                   QLatin1String(kinds[static_cast<int>(entity.kind)]) + QLatin1Char(':') +
                   QString::fromStdString(entity.actor);
    }
    return out.join(QStringLiteral("; "));
}

} // namespace dyad::test
