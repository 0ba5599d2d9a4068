#pragma once

#include "core/reading/BoilerplateClassifier.h"
#include "core/reading/DateExpressionFinder.h"
#include "core/reading/DateMentionResolver.h"
#include "core/reading/Document.h"
#include "core/reading/FileLoader.h"
#include "core/reading/Format.h"
#include "core/reading/PublicationDateResolver.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dyad {

/// Documents read from files and folders, and the files that could not be read.
struct ReadResult {
    std::vector<Document> documents;
    std::vector<ReadFailure> failures;
};

/// Reads articles: files (.txt, .md/.markdown, .html/.htm) and folders (recursively, in sorted
/// order, symbolic-link loops detected), into Documents with decoded text, blocks marked body or
/// furniture, sentences, metadata, language, publication date and dated expressions. Bad input
/// (binary, empty, too large, unreadable, loops) becomes a ReadFailure naming the file; the other
/// files are still read. Thread-safe: one reader may serve several threads.
class DocumentReader {
public:
    struct Options {
        std::uintmax_t maxFileBytes = FileLoader::defaultMaxBytes;
        int latestYear = 0; ///< last plausible publication year; 0 = the current year
    };

    DocumentReader();
    explicit DocumentReader(Options options);

    /// The files `paths` name, in reading order: files as given, folders walked recursively in
    /// sorted order (articles only, by extension). Folders that cannot be read and symbolic-link
    /// loops become failures, each with the number of files listed before it.
    struct FileList {
        std::vector<std::string> files;
        std::vector<std::pair<std::size_t, ReadFailure>> failures;
    };
    FileList listFiles(const std::vector<std::string>& paths) const;
    /// Failures of reading files[i] (slot i, empty when read) merged with the listing's failures
    /// into the order a walk reading one file after the other reports them.
    static std::vector<ReadFailure> mergeFailures(FileList& list,
                                                  std::vector<std::optional<ReadFailure>> read);

    ReadResult readPaths(const std::vector<std::string>& paths) const;
    std::optional<Document> readFile(const std::string& path, std::string& error) const;
    /// A document from text already decoded (tests, pasted text). `text` is the canonical text
    /// for plain text; Markdown and HTML are rendered to their text.
    Document readText(std::u32string text, std::string id, Format format = Format::PlainText) const;

private:
    /// `sourceText`: the decoded file when `extracted.text` is rendered from markup, else empty.
    Document build(ExtractedText extracted, std::u32string sourceText, std::string id,
                   std::string path, std::vector<std::string> warnings) const;
    void listFolder(const std::string& folder, FileList& list) const;

    Options m_options;
    FileLoader m_loader;
    BoilerplateClassifier m_classifier;
    DateExpressionFinder m_dateFinder;
    DateMentionResolver m_mentionResolver;
    PublicationDateResolver m_publicationResolver;
};

} // namespace dyad
