#include "core/reading/DateVocabulary.h"

#include "core/reading/TextScan.h"
#include "core/util/Utf.h"

namespace dyad {

namespace {

struct Named {
    const char* word;
    int value;
};

// Month names by language, every form used in dates (Russian genitive, prepositional ...).
const Named monthNames[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
    {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
};
const Named monthAbbreviations[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
};
const Named otherMonths[] = {
    // es
    {"enero", 1},
    {"febrero", 2},
    {"marzo", 3},
    {"abril", 4},
    {"mayo", 5},
    {"junio", 6},
    {"julio", 7},
    {"agosto", 8},
    {"septiembre", 9},
    {"setiembre", 9},
    {"octubre", 10},
    {"noviembre", 11},
    {"diciembre", 12},
    // de (folded: ä -> a)
    {"januar", 1},
    {"janner", 1},
    {"februar", 2},
    {"marz", 3},
    {"mai", 5},
    {"juni", 6},
    {"juli", 7},
    {"oktober", 10},
    {"dezember", 12},
    // fr (folded: é -> e, û -> u)
    {"janvier", 1},
    {"fevrier", 2},
    {"mars", 3},
    {"avril", 4},
    {"juin", 6},
    {"juillet", 7},
    {"aout", 8},
    {"septembre", 9},
    {"octobre", 10},
    {"novembre", 11},
    {"decembre", 12},
    // ru: nominative, genitive, prepositional
    {"январь", 1},
    {"января", 1},
    {"январе", 1},
    {"февраль", 2},
    {"февраля", 2},
    {"феврале", 2},
    {"март", 3},
    {"марта", 3},
    {"марте", 3},
    {"апрель", 4},
    {"апреля", 4},
    {"апреле", 4},
    {"май", 5},
    {"мая", 5},
    {"мае", 5},
    {"июнь", 6},
    {"июня", 6},
    {"июне", 6},
    {"июль", 7},
    {"июля", 7},
    {"июле", 7},
    {"август", 8},
    {"августа", 8},
    {"августе", 8},
    {"сентябрь", 9},
    {"сентября", 9},
    {"сентябре", 9},
    {"октябрь", 10},
    {"октября", 10},
    {"октябре", 10},
    {"ноябрь", 11},
    {"ноября", 11},
    {"ноябре", 11},
    {"декабрь", 12},
    {"декабря", 12},
    {"декабре", 12},
};
/// Month abbreviations by language, as written before or without their period ("24 ago",
/// "12 dic. 2019", "3 sept.", "3. Okt.", "12 дек. 2019", "12 déc. 2019"), folded (é -> e).
/// They count only in the document's language (English "2 days ago" is no August).
struct Abbreviation {
    const char* word;
    int month;
    std::uint8_t languages;
};
constexpr std::uint8_t es = DateLanguage::es, ru = DateLanguage::ru, de = DateLanguage::de,
                       fr = DateLanguage::fr;
const Abbreviation otherMonthAbbreviations[] = {
    // es
    {"ene", 1, es},
    {"feb", 2, es},
    {"mar", 3, es},
    {"abr", 4, es},
    {"may", 5, es},
    {"jun", 6, es},
    {"jul", 7, es},
    {"ago", 8, es},
    {"sep", 9, es},
    {"sept", 9, es},
    {"set", 9, es},
    {"oct", 10, es},
    {"nov", 11, es},
    {"dic", 12, es},
    // de ("Mär." folds to "mar")
    {"jan", 1, de},
    {"feb", 2, de},
    {"mar", 3, de},
    {"apr", 4, de},
    {"jun", 6, de},
    {"jul", 7, de},
    {"aug", 8, de},
    {"sep", 9, de},
    {"sept", 9, de},
    {"okt", 10, de},
    {"nov", 11, de},
    {"dez", 12, de},
    // fr
    {"janv", 1, fr},
    {"fevr", 2, fr},
    {"fev", 2, fr},
    {"avr", 4, fr},
    {"juil", 7, fr},
    {"sept", 9, fr},
    {"oct", 10, fr},
    {"nov", 11, fr},
    {"dec", 12, fr},
    // ru
    {"янв", 1, ru},
    {"фев", 2, ru},
    {"февр", 2, ru},
    {"мар", 3, ru},
    {"апр", 4, ru},
    {"июн", 6, ru},
    {"июл", 7, ru},
    {"авг", 8, ru},
    {"сен", 9, ru},
    {"сент", 9, ru},
    {"окт", 10, ru},
    {"ноя", 11, ru},
    {"нояб", 11, ru},
    {"дек", 12, ru},
};

/// Words of date lines that are no date themselves: labels, "Uhr", weekday abbreviations.
const char* const dateLineLabels[] = {
    "published",
    "updated",
    "posted",
    "modified",
    "first",
    "publicado",
    "publicada",
    "actualizado",
    "actualizada",
    "modificado",
    "fecha",
    "опубликовано",
    "обновлено",
    "дата",
    "публикации",
    "veroffentlicht",
    "aktualisiert",
    "geandert",
    "stand",
    "publie",
    "publiee",
    "mis",
    "jour",
    "modifie",
    "at",
    "um",
    "uhr",
    "a",
    "h",
    "p", // "6:42 p.m." ("am" is German's "on")
    "m",
    "pm",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "lun",
    "mie",
    "jue",
    "vie",
    "sab",
    "dom",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "пн",
    "вт",
    "ср",
    "чт",
    "пт",
    "сб",
    "вс",
};

const Named englishWeekdays[] = {
    {"sunday", 0},   {"monday", 1}, {"tuesday", 2},  {"wednesday", 3},
    {"thursday", 4}, {"friday", 5}, {"saturday", 6},
};
const Named otherWeekdays[] = {
    // es ("domingo" is also a name: see the finder)
    {"domingo", 0},
    {"lunes", 1},
    {"martes", 2},
    {"miercoles", 3},
    {"jueves", 4},
    {"viernes", 5},
    {"sabado", 6},
    // de
    {"sonntag", 0},
    {"montag", 1},
    {"dienstag", 2},
    {"mittwoch", 3},
    {"donnerstag", 4},
    {"freitag", 5},
    {"samstag", 6},
    {"sonnabend", 6},
    // fr
    {"dimanche", 0},
    {"lundi", 1},
    {"mardi", 2},
    {"mercredi", 3},
    {"jeudi", 4},
    {"vendredi", 5},
    {"samedi", 6},
    // ru: nominative, accusative ("в среду"), genitive
    {"воскресенье", 0},
    {"воскресенья", 0},
    {"понедельник", 1},
    {"понедельника", 1},
    {"вторник", 2},
    {"вторника", 2},
    {"среда", 3},
    {"среду", 3},
    {"среды", 3},
    {"четверг", 4},
    {"четверга", 4},
    {"пятница", 5},
    {"пятницу", 5},
    {"пятницы", 5},
    {"суббота", 6},
    {"субботу", 6},
    {"субботы", 6},
};

} // namespace

std::uint8_t DateLanguage::of(std::string_view language) {
    if (language == "en")
        return en;
    if (language == "es")
        return es;
    if (language == "ru")
        return ru;
    if (language == "de")
        return de;
    if (language == "fr")
        return fr;
    return other;
}

std::uint64_t DateVocabulary::hashFolded(std::u32string_view text) {
    std::uint64_t hash = 1469598103934665603ull;
    for (char32_t c : text) {
        hash ^= static_cast<std::uint64_t>(foldChar(c));
        hash *= 1099511628211ull;
    }
    return hash;
}

void DateVocabulary::add(const char* utf8, Entry entry) {
    if (entry.capitalOnly)
        entry.lowerIn = 0;
    m_words.emplace(hashFolded(fromUtf8(utf8)), entry);
}

void DateVocabulary::addAbbreviation(const char* utf8, int month, std::uint8_t languages) {
    const auto it = m_words
                        .try_emplace(hashFolded(fromUtf8(utf8)),
                                     Entry{DateWord::Month, static_cast<std::int8_t>(month), false,
                                           true, "", 0, 0})
                        .first;
    Entry& entry = it->second;
    if (entry.kind != DateWord::Month || entry.value != month)
        return; // another meaning was there first
    entry.capitalIn |= languages;
    entry.lowerIn |= languages;
}

void DateVocabulary::addPhrase(std::initializer_list<const char*> words, bool year, int offset) {
    PeriodPhrase phrase;
    phrase.year = year;
    phrase.offset = offset;
    for (const char* word : words)
        phrase.words.push_back(hashFolded(fromUtf8(word)));
    // The first word of a phrase is known to the vocabulary (kind None when it is nothing else),
    // so that the finder looks up phrases only after known words.
    m_words.emplace(phrase.words.front(), Entry{});
    m_phrases[phrase.words.front()].push_back(std::move(phrase));
}

const std::vector<PeriodPhrase>& DateVocabulary::phrasesStartingWith(std::uint64_t hash) const {
    static const std::vector<PeriodPhrase> none;
    const auto it = m_phrases.find(hash);
    return it == m_phrases.end() ? none : it->second;
}

DateVocabulary::DateVocabulary() {
    using W = DateWord;
    for (const auto& [word, value] : monthNames)
        add(word, {W::Month, static_cast<std::int8_t>(value), true, false, ""});
    // English abbreviations count capitalised in every language ("Nov. 2"), never in lower
    // case ("may", "mar").
    for (const auto& [word, value] : monthAbbreviations)
        add(word,
            {W::Month, static_cast<std::int8_t>(value), true, true, "", DateLanguage::all, 0});
    for (const auto& [word, value] : otherMonths)
        add(word, {W::Month, static_cast<std::int8_t>(value), false, false, ""});
    for (const auto& [word, month, languages] : otherMonthAbbreviations)
        addAbbreviation(word, month, languages);
    for (const auto& [word, value] : englishWeekdays)
        add(word, {W::Weekday, static_cast<std::int8_t>(value), true, false, ""});
    for (const auto& [word, value] : otherWeekdays)
        add(word, {W::Weekday, static_cast<std::int8_t>(value), false, false, ""});

    const Named relativeDays[] = {
        {"today", 0},      {"yesterday", -1},  {"tomorrow", 1}, {"hoy", 0},      {"ayer", -1},
        {"anteayer", -2},  {"vispera", -1},    {"сегодня", 0},  {"вчера", -1},   {"завтра", 1},
        {"позавчера", -2}, {"послезавтра", 2}, {"heute", 0},    {"gestern", -1}, {"vorgestern", -2},
        {"ubermorgen", 2}, {"demain", 1},
    };
    for (const auto& [word, value] : relativeDays)
        add(word, {W::RelativeDay, static_cast<std::int8_t>(value), false, false, ""});
    add("manana", {W::RelativeDay, 1, false, false, "es"});
    add("aujourd", {W::None, 0, false, false, ""});
    add("avant", {W::None, 0, false, false, ""});
    add("morgen", {W::RelativeDay, 1, false, false, "de"});
    add("hier", {W::RelativeDay, -1, false, false, "fr"});

    for (const char* word : {"st", "nd", "rd", "th", "er", "eme", "-го", "го"})
        add(word, {W::Ordinal, 0, false, false, ""});
    for (const char* word : {"de", "del", "of", "года", "г", "году"})
        add(word, {W::Joiner, 0, false, false, ""});
    for (const char* word : {"on", "this", "el", "este", "esta", "hoy", "ayer", "в", "во", "am",
                             "ce", "le", "diesen", "dieser"})
        add(word, {W::WeekdayCue, 0, false, false, ""});
    for (const char* word :
         {"next", "proximo", "следующий", "следующую", "nachsten", "kommenden", "prochain"})
        add(word, {W::WeekdayCue, 1, false, false, ""});
    add("last", {W::WeekdayCue, -1, false, false, ""});
    add("pasado", {W::WeekdayCue, -1, false, false, ""});
    add("vergangenen", {W::WeekdayCue, -1, false, false, ""});
    add("прошлую", {W::WeekdayCue, -1, false, false, ""});
    add("прошлый", {W::WeekdayCue, -1, false, false, ""});
    for (const char* word :
         {"will",    "expected",  "plans",    "planned",  "scheduled", "upcoming",
          "shall",   "preve",     "previsto", "prevista", "sera",      "viajara",
          "будет",   "планирует", "намерен",  "wird",     "werden",    "soll",
          "geplant", "prevu",     "prevue",   "doit",     "devrait"})
        add(word, {W::FutureCue, 0, false, false, ""});
    for (const char* word : {"until", "till", "through", "hasta", "до", "bis", "jusqu"})
        add(word, {W::UntilCue, 0, false, false, ""});
    for (const char* word : {"since", "in", "desde", "en", "с", "seit", "im", "depuis"})
        add(word, {W::SinceCue, 0, false, false, ""});

    for (const char* word : dateLineLabels)
        add(word, {W::Label, 0, false, false, ""});

    addPhrase({"last", "month"}, false, -1);
    addPhrase({"this", "month"}, false, 0);
    addPhrase({"next", "month"}, false, 1);
    addPhrase({"last", "year"}, true, -1);
    addPhrase({"this", "year"}, true, 0);
    addPhrase({"next", "year"}, true, 1);
    addPhrase({"mes", "pasado"}, false, -1);
    addPhrase({"este", "mes"}, false, 0);
    addPhrase({"proximo", "mes"}, false, 1);
    addPhrase({"mes", "que", "viene"}, false, 1);
    addPhrase({"ano", "pasado"}, true, -1);
    addPhrase({"pasado", "ano"}, true, -1);
    addPhrase({"este", "ano"}, true, 0);
    addPhrase({"proximo", "ano"}, true, 1);
    addPhrase({"ano", "que", "viene"}, true, 1);
    addPhrase({"прошлом", "месяце"}, false, -1);
    addPhrase({"этом", "месяце"}, false, 0);
    addPhrase({"следующем", "месяце"}, false, 1);
    addPhrase({"прошлом", "году"}, true, -1);
    addPhrase({"этом", "году"}, true, 0);
    addPhrase({"следующем", "году"}, true, 1);
    addPhrase({"letzten", "monat"}, false, -1);
    addPhrase({"vergangenen", "monat"}, false, -1);
    addPhrase({"diesen", "monat"}, false, 0);
    addPhrase({"nachsten", "monat"}, false, 1);
    addPhrase({"letztes", "jahr"}, true, -1);
    addPhrase({"letzten", "jahr"}, true, -1);
    addPhrase({"vergangenen", "jahr"}, true, -1);
    addPhrase({"vergangenes", "jahr"}, true, -1);
    addPhrase({"dieses", "jahr"}, true, 0);
    addPhrase({"diesem", "jahr"}, true, 0);
    addPhrase({"nachstes", "jahr"}, true, 1);
    addPhrase({"nachsten", "jahr"}, true, 1);
    addPhrase({"mois", "dernier"}, false, -1);
    addPhrase({"ce", "mois"}, false, 0);
    addPhrase({"mois", "prochain"}, false, 1);
    addPhrase({"annee", "derniere"}, true, -1);
    addPhrase({"an", "dernier"}, true, -1);
    addPhrase({"cette", "annee"}, true, 0);
    addPhrase({"annee", "prochaine"}, true, 1);
    addPhrase({"an", "prochain"}, true, 1);
}

} // namespace dyad
