#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace dyad {

/// How many chunks to split `count` items into: one below `threshold`, else one per core
/// (at most 8).
inline std::size_t chunkCountFor(std::size_t count, std::size_t threshold = 65536) {
    if (count < threshold)
        return 1;
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    return std::min<std::size_t>(cores, 8);
}

/// Runs `work(chunk, begin, end)` over `chunks` contiguous parts of [0, count): the first on the
/// calling thread, the others on their own std::thread. Returns when all are done.
template <class Work>
void forEachChunk(std::size_t count, std::size_t chunks, Work&& work) {
    if (chunks <= 1) {
        work(std::size_t{0}, std::size_t{0}, count);
        return;
    }
    std::vector<std::thread> threads;
    threads.reserve(chunks - 1);
    const std::size_t step = (count + chunks - 1) / chunks;
    for (std::size_t chunk = 1; chunk < chunks; ++chunk) {
        const std::size_t begin = std::min(count, chunk * step);
        const std::size_t end = std::min(count, begin + step);
        threads.emplace_back([&work, chunk, begin, end] { work(chunk, begin, end); });
    }
    work(std::size_t{0}, std::size_t{0}, std::min(count, step));
    for (auto& thread : threads)
        thread.join();
}

} // namespace dyad
