#pragma once

#include "core/store/EventStore.h"
#include "core/store/Query.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

/// Answers queries over an EventStore with index vectors. Matching is one pass over the
/// columns, split over the cores for large stores.
class QueryEngine {
public:
    /// Gives an actor's display name(s) for free-text search (the code is always searched).
    using ActorNameProvider = std::function<std::string(std::string_view code)>;

    explicit QueryEngine(const EventStore& store)
        : m_store(store) {}
    void setActorNameProvider(ActorNameProvider provider) { m_names = std::move(provider); }

    /// One byte per event of the store: 1 where the event matches.
    std::vector<std::uint8_t> matchMask(const Query& query) const;
    /// The matching events, in ascending index order.
    std::vector<std::uint32_t> select(const Query& query) const;
    /// Whether each of `events` matches (for events appended or merged after a selection).
    std::vector<std::uint8_t> matchEvents(const Query& query,
                                          const std::vector<std::uint32_t>& events) const;
    /// The events of `order` whose mask byte is set, keeping the order.
    static std::vector<std::uint32_t> filterOrder(const std::vector<std::uint8_t>& mask,
                                                  const std::vector<std::uint32_t>& order);
    /// The set indices of a mask, ascending.
    static std::vector<std::uint32_t> indicesOf(const std::vector<std::uint8_t>& mask);

private:
    struct Compiled;
    Compiled compile(const Query& query) const;
    void matchRange(const Compiled& compiled, std::uint32_t begin, std::uint32_t end,
                    std::uint8_t* out) const;
    template <int PairModeValue>
    void matchColumns(const Compiled& compiled, std::uint32_t begin, std::uint32_t end,
                      std::uint8_t* out) const;

    const EventStore& m_store;
    ActorNameProvider m_names;
};

} // namespace dyad
