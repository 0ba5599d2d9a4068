#pragma once

// Shared by the CAMEO tests: where the bundled CAMEO data is, and a loaded trigger lexicon that
// finds the triggers of a sentence in any language.
#include "core/cameo/CameoCatalog.h"
#include "core/cameo/TriggerLexicon.h"
#include "core/text/Tokenizer.h"
#include "core/util/Utf.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace dyad::test {

/// resources/lexicon/cameo of the source tree (DYAD_SOURCE_DIR is set by the test runner).
inline std::string cameoDirectory() {
    return qEnvironmentVariable("DYAD_SOURCE_DIR").toStdString() + "/resources/lexicon/cameo";
}

/// Loader problems as one message.
inline QString joined(const std::vector<std::string>& errors) {
    QStringList out;
    for (const auto& error : errors)
        out << QString::fromStdString(error);
    return out.join('\n');
}

/// The triggers found in one sentence, with its text and tokens.
struct Found {
    std::vector<TriggerMatch> matches;
    std::u32string text;
    std::vector<Token> tokens;
    QString describe() const {
        QStringList out;
        for (const auto& m : matches)
            out << QString::fromStdString(m.code + " [" + sliceUtf8(text, m.span) + "]");
        return out.join(", ");
    }
};

/// The bundled catalog and trigger lexicon, with one tokenizer per language.
class TriggerFixture {
public:
    /// Loads the bundled files; returns the loader's problems (empty when none).
    QString load() {
        std::vector<std::string> errors;
        m_catalog = CameoCatalog::load(cameoDirectory() + "/codes.tsv", errors);
        m_lexicon = TriggerLexicon::load(cameoDirectory(), m_catalog, errors);
        return joined(errors);
    }

    Found find(const QString& language, const QString& sentence) {
        auto& tokenizer = m_tokenizers[language.toStdString()];
        if (!tokenizer)
            tokenizer = std::make_unique<Tokenizer>(language.toStdString());
        Found found;
        found.text = fromUtf8(sentence.toStdString());
        found.tokens = tokenizer->tokenize(found.text);
        found.matches = m_lexicon.findTriggers(found.tokens, language.toStdString());
        return found;
    }

    const CameoCatalog& catalog() const { return m_catalog; }
    const TriggerLexicon& lexicon() const { return m_lexicon; }

private:
    CameoCatalog m_catalog;
    TriggerLexicon m_lexicon;
    std::map<std::string, std::unique_ptr<Tokenizer>> m_tokenizers;
};

} // namespace dyad::test
