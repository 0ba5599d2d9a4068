#pragma once

// Rows of TestTriggerPhrases::findsTriggers, one file per language: (language, sentence, code,
// the trigger's words as they stand in the sentence).
namespace dyad::test {

void addEnglishTriggerRows();
void addSpanishTriggerRows();
void addRussianTriggerRows();
void addGermanTriggerRows();

} // namespace dyad::test
