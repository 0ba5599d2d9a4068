#pragma once

#include "core/store/EventStore.h"
#include "models/EventSession.h"
#include "tests/core/store/StoreFixtures.h"

#include <QString>

#include <random>
#include <string>
#include <vector>

namespace dyad::testing {

/// A small store: four documents, seven events between Cuba, Russia, the United States and
/// China, two of them undated.
struct SmallStore {
    EventStore store;
    EventSession session{store};

    SmallStore() {
        const Document a =
            makeDocument("a", "Cuban diplomats met Russian envoys to discuss trade.");
        const Document b = makeDocument("b", "Washington imposed new sanctions on Havana.");
        const Document c = makeDocument("c", "Moscow rejected the American demand outright.");
        const Document d = makeDocument("d", "Beijing and Moscow agreed to hold talks.");
        session.appendDocuments({a, b, c, d}, {});
        std::vector<Event> events{makeEvent("CUB", "RUS", "042", "2018-03-01", 1.9f, 1),
                                  makeEvent("RUS", "CUB", "061", "2019-07-15", 6.0f, 2),
                                  makeEvent("USA", "CUB", "163", "2019-08-10", -8.0f, 4),
                                  makeEvent("RUS", "USA", "125", "2020-02-20", -5.0f, 3),
                                  makeEvent("CHN", "RUS", "036", "", 4.0f, 1),
                                  makeEvent("USA", "CUB", "112", "2021-05-05", -2.0f, 3),
                                  makeEvent("USA", "RUS", "111", "", -2.0f, 3)};
        addEvidence(events[0], a, U"met");
        addEvidence(events[2], b, U"sanctions");
        addEvidence(events[3], c, U"rejected");
        addEvidence(events[4], d, U"agreed");
        session.appendEvents(events);
    }
};

/// `count` dataset events over `actors` actors and `years` years from 2000, pairs skewed so a
/// few are busy and many are rare; one in fifty undated.
inline void fillSynthetic(EventSession& session, int count, int actors = 40, int years = 20) {
    std::mt19937 random(7);
    std::vector<std::string> codes;
    for (int i = 0; i < actors; ++i)
        codes.push_back(std::string{char('A' + i / 26 % 26), char('A' + i % 26), 'X'});
    std::geometric_distribution<int> actorOf(0.12);
    std::uniform_int_distribution<int> dayOf(0, years * 365 - 1);
    std::uniform_int_distribution<int> quadOf(1, 4);
    std::vector<DatasetRow> rows;
    rows.reserve(std::size_t(count));
    const std::int32_t firstDay = FuzzyDate::ofDay(2000, 1, 1).day;
    for (int i = 0; i < count; ++i) {
        DatasetRow row;
        const int source = actorOf(random) % actors;
        int target = actorOf(random) % actors;
        if (target == source)
            target = (target + 1) % actors;
        row.source = codes[std::size_t(source)];
        row.target = codes[std::size_t(target)];
        row.quadClass = std::uint8_t(quadOf(random));
        static const char* const codeOf[] = {"042", "061", "112", "190"};
        static const float weightOf[] = {1.9f, 6.0f, -2.0f, -10.0f};
        row.code = codeOf[row.quadClass - 1];
        row.goldstein = weightOf[row.quadClass - 1];
        if (i % 50 != 0)
            row.date = FuzzyDate::fromDayNumber(firstDay + dayOf(random));
        row.row = std::uint32_t(i + 1);
        rows.push_back(row);
    }
    session.appendDatasetRows("synthetic.csv", rows);
}

} // namespace dyad::testing
