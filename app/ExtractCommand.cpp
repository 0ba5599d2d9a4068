#include "app/ExtractCommand.h"

#include "app/ResourcePaths.h"
#include "core/extract/Extractor.h"
#include "core/io/ExtractCsvWriter.h"
#include "core/io/ExtractJsonWriter.h"

#include <QDir>
#include <QStandardPaths>

namespace dyad {

namespace {

/// The user's own lexicon folder (data directory/lexicon), when it exists.
std::vector<std::string> userLexiconFolders() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString lexicon = dir + QStringLiteral("/lexicon");
    if (dir.isEmpty() || !QDir(lexicon).exists())
        return {};
    return {QDir::toNativeSeparators(lexicon).toStdString()};
}

} // namespace

int runExtract(const CommandLine& command, std::ostream& out, std::ostream& err) {
    const QString resources = ResourcePaths::resourcesDir();
    if (resources.isEmpty()) {
        err << "dyad: the lexicon was not found (no resources folder beside the program)\n";
        return 1;
    }
    std::vector<std::string> problems;
    const auto data =
        ExtractionResources::load(resources.toStdString(), userLexiconFolders(), problems);
    for (const std::string& problem : problems)
        err << "dyad: lexicon: " << problem << '\n';

    std::vector<std::string> paths;
    for (const QString& path : command.paths)
        paths.push_back(path.toStdString());
    const Extractor extractor(*data);
    const ExtractionResult result = extractor.extractPaths(paths);
    for (const ReadFailure& failure : result.failures)
        err << "dyad: " << failure.path << ": " << failure.error << '\n';

    if (command.format == QLatin1String("csv"))
        ExtractCsvWriter::write(result, out);
    else
        ExtractJsonWriter::write(result, out);
    out.flush();
    return result.failures.empty() ? 0 : 2;
}

} // namespace dyad
