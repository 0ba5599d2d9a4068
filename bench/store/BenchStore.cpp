// dyad_bench_store [N | --tsv FILE]
// Builds an EventStore from N synthetic events (default 1,000,000; or the rows of a file written
// by dyad_generate_events) and times what the views depend on: building the store, filter
// changes with every model updated, timeline and pair aggregation, sorting; and the memory per
// event. Run it from a Release build.

#include "SyntheticEvents.h"

#include "core/store/EventOrder.h"
#include "core/store/PairMatrix.h"
#include "core/store/QueryEngine.h"
#include "core/store/Timeline.h"
#include "models/EventModel.h"
#include "models/EventSession.h"
#include "models/FilterState.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <functional>
#include <iostream>
#include <numeric>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double cpuMilliseconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

/// Wall-clock and CPU time of one run (CPU time sums every thread of the process; on a loaded
/// machine it is the better estimate of the work done).
struct Timing {
    double wall = 0.0;
    double cpu = 0.0;
};

Timing measure(const std::function<void()>& work) {
    const auto start = Clock::now();
    const double cpuStart = cpuMilliseconds();
    work();
    return {std::chrono::duration<double, std::milli>(Clock::now() - start).count(),
            cpuMilliseconds() - cpuStart};
}

/// Over `repeats` runs: the best and the median wall time, and the best CPU time.
struct Summary {
    double bestWall, medianWall, bestCpu;
};

Summary summarize(std::vector<Timing> runs) {
    std::sort(runs.begin(), runs.end(),
              [](const Timing& a, const Timing& b) { return a.wall < b.wall; });
    double bestCpu = runs.front().cpu;
    for (const Timing& run : runs)
        bestCpu = std::min(bestCpu, run.cpu);
    return {runs.front().wall, runs[runs.size() / 2].wall, bestCpu};
}

Summary timed(int repeats, const std::function<void()>& work) {
    std::vector<Timing> runs;
    for (int i = 0; i < repeats; ++i)
        runs.push_back(measure(work));
    return summarize(runs);
}

std::size_t residentBytes() {
    std::ifstream statm("/proc/self/statm");
    std::size_t size = 0, resident = 0;
    statm >> size >> resident;
    return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void report(const char* what, Summary times, const char* target = "") {
    std::printf("  %-56s %8.1f %8.1f %8.1f  %s\n", what, times.bestWall, times.medianWall,
                times.bestCpu, target);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::vector<dyad::DatasetRow> rows;
    if (argc == 3 && std::string(argv[1]) == "--tsv") {
        std::ifstream in(argv[2]);
        std::string error;
        if (!in || !dyad::SyntheticEvents::readTsv(in, rows, error)) {
            std::cerr << "dyad_bench_store: " << argv[2] << ": "
                      << (in ? error : std::string("cannot open the file")) << "\n";
            return 1;
        }
    } else {
        const std::size_t count = argc >= 2 ? std::strtoull(argv[1], nullptr, 10) : 1'000'000;
        if (count == 0) {
            std::cerr << "usage: dyad_bench_store [N | --tsv FILE]\n";
            return 1;
        }
        rows = dyad::SyntheticEvents::generate(count);
    }
    std::printf("dyad_bench_store: %zu synthetic rows, %u cores\n", rows.size(),
                std::thread::hardware_concurrency());

    // --- Building ---
    const std::size_t residentBefore = residentBytes();
    dyad::EventStore store;
    std::printf("  %-56s %8s %8s %8s   (milliseconds)\n", "", "best", "median", "cpu");
    const Timing build = measure([&] { store.addDatasetRows("synthetic", rows); });
    const std::size_t residentAfter = residentBytes();
    const double n = store.eventCount();
    report("build the store (one batch)", {build.wall, build.wall, build.cpu}, "(target < 1000)");
    {
        dyad::EventStore batched;
        const Timing batchedTime = measure([&] {
            for (std::size_t first = 0; first < rows.size(); first += 10000) {
                const std::vector<dyad::DatasetRow> batch(
                    rows.begin() + static_cast<std::ptrdiff_t>(first),
                    rows.begin() +
                        static_cast<std::ptrdiff_t>(std::min(rows.size(), first + 10000)));
                batched.addDatasetRows("synthetic", batch);
            }
        });
        report("build in batches of 10,000 (copying each batch)",
               {batchedTime.wall, batchedTime.wall, batchedTime.cpu});
    }
    std::printf("  events after merging: %u (%zu rows merged)\n", store.eventCount(),
                rows.size() - store.eventCount());
    std::printf("  memory per event: columns %.1f B + dedup index %.1f B = %.1f B "
                "(target <= 48); dataset references %.1f B; resident growth %.1f B\n",
                store.eventColumnBytes() / n, store.dedupIndexBytes() / n,
                (store.eventColumnBytes() + store.dedupIndexBytes()) / n, store.evidenceBytes() / n,
                double(residentAfter - residentBefore) / n);

    // --- Session: the filter, the selection and every model ---
    dyad::EventSession* session = nullptr;
    const Timing sessionTime = measure([&] { session = new dyad::EventSession(store); });
    report("create the session (date order + all models)",
           {sessionTime.wall, sessionTime.wall, sessionTime.cpu});
    const std::vector<std::string> filters{"AAA",
                                           "AAA-ABH",
                                           "AAA>ABH",
                                           "2001..2010",
                                           "roots=14,17,18,19 quad=4",
                                           "min-sources=3",
                                           "ABH 1990..2000 roots=04 undated=no",
                                           "text=abh",
                                           "",
                                           "*>ACO 2020.."};
    double worstFilter = 0.0;
    for (const std::string& filter : filters) {
        // Time only the change to `filter`, each time from a different filter.
        std::vector<Timing> runs;
        for (int i = 0; i < 7; ++i) {
            session->filter()->setFilterText(i % 2 ? QStringLiteral("ABH>AAA")
                                                   : QStringLiteral("min-sources=2"));
            runs.push_back(
                measure([&] { session->filter()->setFilterText(QString::fromStdString(filter)); }));
        }
        const Summary times = summarize(runs);
        const std::string label =
            "filter \"" + filter + "\" (" + std::to_string(session->matching().size()) + " events)";
        worstFilter = std::max(worstFilter, times.medianWall);
        report(label.c_str(), times, "(target < 30)");
    }
    std::printf("  worst median filter change, all models updated: %.1f ms\n", worstFilter);

    // --- Aggregations over every event ---
    session->filter()->clear();
    const auto& all = session->matching();
    report("query alone (match mask over all events)", timed(7, [&] {
               dyad::QueryEngine engine(store);
               dyad::Query query;
               query.actorA = "AAA";
               (void)engine.matchMask(query);
           }));
    dyad::TimelineOptions options;
    report("timeline, automatic bins x QuadClass",
           timed(7, [&] { (void)dyad::aggregateTimeline(store, all, options); }), "(target < 10)");
    options.series = dyad::SeriesKind::Root;
    options.unit = dyad::BinUnit::Month;
    report("timeline, months x 20 roots",
           timed(7, [&] { (void)dyad::aggregateTimeline(store, all, options); }), "(target < 10)");
    options.unit = dyad::BinUnit::Week;
    report("timeline, weeks x 20 roots",
           timed(7, [&] { (void)dyad::aggregateTimeline(store, all, options); }), "(target < 10)");
    options.series = dyad::SeriesKind::Pair;
    options.unit.reset();
    report("timeline, automatic bins x top 8 pairs (two passes)",
           timed(7, [&] { (void)dyad::aggregateTimeline(store, all, options); }));
    report("pair matrix and top pairs", timed(7, [&] { (void)dyad::aggregatePairs(store, all); }));

    // --- Sorting ---
    for (const auto& [column, name] : std::vector<std::pair<dyad::SortColumn, const char*>>{
             {dyad::SortColumn::Date, "sort all events by date"},
             {dyad::SortColumn::Source, "sort all events by source actor"},
             {dyad::SortColumn::Goldstein, "sort all events by Goldstein"},
             {dyad::SortColumn::Code, "sort all events by CAMEO code"}})
        report(name,
               timed(5,
                     [&] {
                         (void)dyad::EventOrder(store, {column, false}).all();
                     }),
               "(target < 150)");
    report("sort through the table model (Goldstein, descending)",
           timed(3,
                 [&] {
                     session->eventModel()->sort(dyad::EventModel::Goldstein, Qt::DescendingOrder);
                     session->eventModel()->sort(dyad::EventModel::Date, Qt::AscendingOrder);
                 }),
           "(two sorts)");
    delete session;
    return 0;
}
