#include "core/reading/DocumentReader.h"

#include "core/reading/HtmlExtractor.h"
#include "core/reading/LanguageDetector.h"
#include "core/reading/MarkdownExtractor.h"
#include "core/reading/MetadataExtractor.h"
#include "core/reading/PlainTextExtractor.h"
#include "core/reading/SentenceSegmenter.h"
#include "core/reading/TextDecoder.h"
#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

#include <algorithm>
#include <filesystem>
#include <set>

namespace dyad {

namespace fs = std::filesystem;

namespace {

std::string idOf(const std::string& path) {
    return fs::path(path).stem().string();
}

ExtractedText extractText(std::u32string text, Format format) {
    switch (format) {
    case Format::PlainText:
        return PlainTextExtractor().extract(std::move(text));
    case Format::Markdown:
        return MarkdownExtractor().extract(toUtf8(text));
    case Format::Html:
        return HtmlExtractor().extract(toUtf8(text));
    }
    return {};
}

} // namespace

DocumentReader::DocumentReader()
    : DocumentReader(Options{}) {}

DocumentReader::DocumentReader(Options options)
    : m_options(options)
    , m_loader(options.maxFileBytes)
    , m_publicationResolver(options.latestYear) {}

Document DocumentReader::build(ExtractedText extracted, std::u32string sourceText, std::string id,
                               std::string path, std::vector<std::string> warnings) const {
    Document document;
    document.id = std::move(id);
    document.path = std::move(path);
    document.warnings = std::move(warnings);
    for (auto& warning : extracted.warnings)
        document.warnings.push_back(std::move(warning));

    auto classified = m_classifier.classify(extracted);
    const DocumentMetadata metadata =
        MetadataExtractor().extract(extracted, classified.blocks, classified.titleBlock);
    document.title = metadata.title;
    document.url = metadata.url;
    document.outlet = metadata.outlet;

    std::string bodyUtf8;
    // Half a kilobyte of body text tells the language as well as a whole kilobyte (the same
    // languages on the bundled corpus and the seeds down to 250 bytes); CLD2's cost grows with
    // its input, a few table lookups per byte that mostly miss the cache.
    constexpr std::size_t languageSample = 512;
    for (const Block& block : classified.blocks)
        if (block.role == BlockRole::Body && bodyUtf8.size() < languageSample) {
            bodyUtf8 += toUtf8(spanView(extracted.text, block.span));
            bodyUtf8 += '\n';
        }
    if (bodyUtf8.empty())
        for (const Block& block : classified.blocks)
            if (bodyUtf8.size() < languageSample) {
                bodyUtf8 += toUtf8(spanView(extracted.text, block.span));
                bodyUtf8 += '\n';
            }
    document.language =
        LanguageDetector().detect(bodyUtf8, extracted.metaValue("lang"), languageSample);

    const auto expressions = m_dateFinder.find(extracted.text, document.language);
    PublicationDate published = m_publicationResolver.resolve(extracted.text, classified.blocks,
                                                              expressions, extracted, document.url);
    document.published = published.date;
    for (auto& warning : published.warnings)
        document.warnings.push_back(std::move(warning));

    // Dated expressions of the article itself (body and title blocks).
    std::size_t blockIndex = 0;
    for (const auto& expression : expressions) {
        while (blockIndex < classified.blocks.size() &&
               classified.blocks[blockIndex].span.end <= expression.span.start)
            ++blockIndex;
        if (blockIndex >= classified.blocks.size())
            break;
        const Block& block = classified.blocks[blockIndex];
        if (!block.span.contains(expression.span.start) || block.role == BlockRole::Boilerplate)
            continue;
        document.dates.push_back(m_mentionResolver.resolve(expression, document.published));
    }

    SentenceSegmenter segmenter(document.language);
    for (std::size_t i = 0; i < classified.blocks.size(); ++i)
        segmenter.segment(extracted.text, classified.blocks[i].span, static_cast<std::int32_t>(i),
                          document.sentences);
    document.blocks = std::move(classified.blocks);
    document.text = std::move(extracted.text);
    if (!extracted.sourceOffsets.empty() &&
        extracted.sourceOffsets.size() == document.text.size()) {
        document.sourceText = std::move(sourceText);
        document.sourceOffsets = std::move(extracted.sourceOffsets);
    }
    return document;
}

Document DocumentReader::readText(std::u32string text, std::string id, Format format) const {
    std::u32string source = format == Format::PlainText ? std::u32string() : text;
    ExtractedText extracted = extractText(std::move(text), format);
    return build(std::move(extracted), std::move(source), std::move(id), {}, {});
}

std::optional<Document> DocumentReader::readFile(const std::string& path,
                                                 std::string& error) const {
    const auto bytes = m_loader.load(path, error);
    if (!bytes)
        return std::nullopt;
    const Format format = formatForPath(path).value_or(Format::PlainText);
    const std::string declared =
        format == Format::Html ? TextDecoder::declaredHtmlCharset(*bytes) : std::string();
    DecodedText decoded = TextDecoder().decode(*bytes, declared);
    std::vector<std::string> warnings;
    if (decoded.invalidCount > 0)
        warnings.push_back(std::to_string(decoded.invalidCount) +
                           " invalid byte sequence(s) replaced by U+FFFD (read as " +
                           decoded.encoding + ")");
    std::u32string source = format == Format::PlainText ? std::u32string() : decoded.text;
    ExtractedText extracted = extractText(std::move(decoded.text), format);
    const bool hasText = std::any_of(extracted.blocks.begin(), extracted.blocks.end(),
                                     [](const RawBlock& b) { return !b.span.isEmpty(); });
    if (!hasText) {
        error = "no text in the file";
        return std::nullopt;
    }
    return build(std::move(extracted), std::move(source), idOf(path), path, std::move(warnings));
}

void DocumentReader::listFolder(const std::string& folder, FileList& list) const {
    struct Level {
        std::vector<fs::path> entries; ///< sorted
        std::size_t next = 0;
        fs::path canonical;
    };
    std::set<fs::path> visited;
    std::vector<Level> stack;
    auto fail = [&](const fs::path& path, std::string reason) {
        list.failures.push_back({list.files.size(), {path.string(), std::move(reason)}});
    };
    // Opens a folder as a new level, or reports why it cannot be read.
    auto enter = [&](const fs::path& path) {
        std::error_code ec;
        const fs::path canonical = fs::canonical(path, ec);
        if (ec) {
            fail(path, "cannot read folder: " + ec.message());
            return;
        }
        for (const Level& level : stack)
            if (level.canonical == canonical) {
                fail(path, "folder loop: a symbolic link leads back to " + canonical.string() +
                               " (not followed)");
                return;
            }
        if (!visited.insert(canonical).second)
            return; // already read through another link
        Level level;
        level.canonical = canonical;
        fs::directory_iterator it(path, ec), end;
        if (ec) {
            fail(path, "cannot read folder: " + ec.message());
            return;
        }
        for (; it != end; it.increment(ec)) {
            if (ec)
                break;
            level.entries.push_back(it->path());
        }
        std::sort(level.entries.begin(), level.entries.end());
        stack.push_back(std::move(level));
    };
    enter(fs::path(folder));
    while (!stack.empty()) {
        Level& level = stack.back();
        if (level.next >= level.entries.size()) {
            stack.pop_back();
            continue;
        }
        const fs::path entry = level.entries[level.next++];
        std::error_code ec;
        if (fs::is_directory(entry, ec)) {
            enter(entry); // invalidates `level`
            continue;
        }
        if (formatForPath(entry.string()))
            list.files.push_back(entry.string());
    }
}

DocumentReader::FileList DocumentReader::listFiles(const std::vector<std::string>& paths) const {
    FileList list;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec))
            listFolder(path, list);
        else
            list.files.push_back(path);
    }
    return list;
}

std::vector<ReadFailure>
DocumentReader::mergeFailures(FileList& list, std::vector<std::optional<ReadFailure>> read) {
    std::vector<ReadFailure> failures;
    std::size_t next = 0; // the next listing failure
    for (std::size_t i = 0; i <= read.size(); ++i) {
        while (next < list.failures.size() && list.failures[next].first <= i)
            failures.push_back(std::move(list.failures[next++].second));
        if (i < read.size() && read[i])
            failures.push_back(std::move(*read[i]));
    }
    while (next < list.failures.size())
        failures.push_back(std::move(list.failures[next++].second));
    return failures;
}

ReadResult DocumentReader::readPaths(const std::vector<std::string>& paths) const {
    FileList list = listFiles(paths);
    ReadResult result;
    std::vector<std::optional<ReadFailure>> failed(list.files.size());
    for (std::size_t i = 0; i < list.files.size(); ++i) {
        std::string error;
        if (auto document = readFile(list.files[i], error))
            result.documents.push_back(std::move(*document));
        else
            failed[i] = ReadFailure{list.files[i], error};
    }
    result.failures = mergeFailures(list, std::move(failed));
    return result;
}

} // namespace dyad
