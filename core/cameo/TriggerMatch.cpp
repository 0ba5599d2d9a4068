#include "core/cameo/TriggerMatch.h"

namespace dyad {

bool parseTriggerFlags(std::string_view text, std::uint8_t& flags, std::string& problem) {
    static const std::pair<std::string_view, TriggerFlag> names[] = {
        {"recip", TriggerFlag::Reciprocal}, {"noun", TriggerFlag::Noun},
        {"place", TriggerFlag::Place},      {"host", TriggerFlag::Host},
        {"passive", TriggerFlag::Passive},
    };
    flags = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto comma = text.find(',', start);
        if (comma == std::string_view::npos)
            comma = text.size();
        std::string_view name = text.substr(start, comma - start);
        while (!name.empty() && name.front() == ' ')
            name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ')
            name.remove_suffix(1);
        if (!name.empty()) {
            bool known = false;
            for (const auto& [flagName, flag] : names) {
                if (flagName == name) {
                    flags |= static_cast<std::uint8_t>(flag);
                    known = true;
                }
            }
            if (!known) {
                problem = "unknown flag '" + std::string(name) +
                          "' (known: recip, noun, place, host, passive)";
                return false;
            }
        }
        start = comma + 1;
    }
    return true;
}

} // namespace dyad
