#pragma once

#include "core/lexicon/Lexicon.h"
#include "core/util/Utf.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <string>
#include <vector>

namespace dyad::test {

/// The bundled lexicon folder of the source tree ($DYAD_SOURCE_DIR/resources/lexicon).
inline std::string bundledLexiconDir() {
    return Lexicon::lexiconDirIn(qEnvironmentVariable("DYAD_SOURCE_DIR").toStdString());
}

/// The mentions of a sentence, as "text|kind|actor" strings for readable failures.
inline QStringList describe(const Lexicon& lexicon, const QString& sentence,
                            const QString& language, const FuzzyDate& when = {}) {
    const std::u32string text = fromUtf8(sentence.toStdString());
    const Tokenizer tokenizer(language.toStdString());
    QStringList out;
    for (const LexiconMatch& match :
         lexicon.findMentions(tokenizer.tokenize(text), language.toStdString(), when))
        out << QString::fromStdString(sliceUtf8(text, match.span) + "|" +
                                      std::string(mentionKindName(match.kind)) + "|" + match.actor);
    return out;
}

inline void writeFile(const QString& path, const QByteArray& content) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
}

} // namespace dyad::test
