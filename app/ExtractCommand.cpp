#include "app/ExtractCommand.h"

#include "app/ResourcePaths.h"
#include "core/extract/Extractor.h"
#include "core/io/ExtractCsvWriter.h"
#include "core/io/ExtractJsonWriter.h"

namespace dyad {

std::shared_ptr<const ExtractionResources> loadExtractionResources(std::ostream& err) {
    const QString resources = ResourcePaths::resourcesDir();
    if (resources.isEmpty()) {
        err << "dyad: the lexicon was not found (no resources folder beside the program)\n";
        return nullptr;
    }
    std::vector<std::string> userDirs;
    for (const QString& dir : ResourcePaths::userLexiconDirs())
        userDirs.push_back(dir.toStdString());
    std::vector<std::string> problems;
    auto data = ExtractionResources::load(resources.toStdString(), userDirs, problems);
    for (const std::string& problem : problems)
        err << "dyad: lexicon: " << problem << '\n';
    return data;
}

ExtractionResult extractCommandPaths(const CommandLine& command,
                                     const ExtractionResources& resources, std::ostream& err) {
    std::vector<std::string> paths;
    for (const QString& path : command.paths)
        paths.push_back(path.toStdString());
    ExtractionResult result = Extractor(resources).extractPaths(paths);
    for (const ReadFailure& failure : result.failures)
        err << "dyad: " << failure.path << ": " << failure.error << '\n';
    return result;
}

int runExtract(const CommandLine& command, std::ostream& out, std::ostream& err) {
    const auto data = loadExtractionResources(err);
    if (!data)
        return 1;
    const ExtractionResult result = extractCommandPaths(command, *data, err);

    if (command.format == QLatin1String("csv"))
        ExtractCsvWriter::write(result, out);
    else
        ExtractJsonWriter::write(result, out);
    out.flush();
    return result.failures.empty() ? 0 : 2;
}

} // namespace dyad
