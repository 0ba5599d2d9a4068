#include "SyntheticEvents.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <istream>
#include <numeric>
#include <ostream>
#include <random>
#include <sstream>

namespace dyad {

namespace {

constexpr int kActorCount = 200;
constexpr int kFirstYear = 1979;
constexpr int kLastYear = 2025;

/// Share of each CAMEO root (01..20) among GDELT events, roughly, and a typical Goldstein weight.
constexpr std::array<double, 20> kRootShare{16.0, 6.0, 6.0, 20.0, 5.0, 2.0, 3.0, 2.0, 0.5, 2.0,
                                            5.0,  2.0, 2.0, 3.0,  1.0, 1.5, 6.0, 4.0, 9.0, 0.1};
constexpr std::array<float, 20> kRootGoldstein{0.0f,  3.0f,  4.0f,  1.0f,  3.5f,   6.0f,  7.0f,
                                               5.0f,  -2.0f, -5.0f, -2.0f, -4.0f,  -6.0f, -6.5f,
                                               -7.2f, -4.0f, -7.0f, -9.0f, -10.0f, -10.0f};

std::string actorCode(int index) {
    std::string code(3, 'A');
    code[0] = static_cast<char>('A' + index / 26 % 26);
    code[1] = static_cast<char>('A' + index % 26);
    code[2] = static_cast<char>('A' + (index * 7) % 26);
    return code;
}

std::vector<double> zipfWeights(int count, double exponent) {
    std::vector<double> weights(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i)
        weights[std::size_t(i)] = 1.0 / std::pow(i + 1, exponent);
    return weights;
}

} // namespace

std::vector<DatasetRow> SyntheticEvents::generate(std::size_t count, std::uint32_t seed) {
    std::mt19937_64 random(seed);
    std::vector<std::string> actors;
    for (int i = 0; i < kActorCount; ++i)
        actors.push_back(actorCode(i));

    // Sources by Zipf; each source has its own Zipf ranking of partners.
    const auto weights = zipfWeights(kActorCount, 1.1);
    std::discrete_distribution<int> pickSource(weights.begin(), weights.end());
    std::discrete_distribution<int> pickPartnerRank(weights.begin() + 1, weights.end());
    std::vector<std::vector<int>> partners(kActorCount);
    for (int a = 0; a < kActorCount; ++a) {
        for (int b = 0; b < kActorCount; ++b)
            if (b != a)
                partners[std::size_t(a)].push_back(b);
        // Mostly the other big actors first, a little shuffled.
        std::shuffle(partners[std::size_t(a)].begin() + 5, partners[std::size_t(a)].end(), random);
    }

    // Volume grows about 7% a year.
    std::vector<double> yearWeights;
    for (int year = kFirstYear; year <= kLastYear; ++year)
        yearWeights.push_back(std::pow(1.07, year - kFirstYear));
    std::discrete_distribution<int> pickYear(yearWeights.begin(), yearWeights.end());
    std::discrete_distribution<int> pickRoot(kRootShare.begin(), kRootShare.end());
    std::geometric_distribution<int> pickSubcode(0.45);
    std::geometric_distribution<int> pickExtraSources(0.55);
    std::uniform_int_distribution<int> pickDay(0, 364);
    std::uniform_int_distribution<int> percent(0, 99);
    std::normal_distribution<float> jitter(0.0f, 0.6f);

    std::vector<DatasetRow> rows(count);
    for (std::size_t i = 0; i < count; ++i) {
        DatasetRow& row = rows[i];
        const int source = pickSource(random);
        const int target = partners[std::size_t(source)][std::size_t(pickPartnerRank(random))];
        row.source = actors[std::size_t(source)];
        row.target = actors[std::size_t(target)];
        const int root = pickRoot(random) + 1;
        const int subcode = std::min(pickSubcode(random), 9);
        row.root = std::to_string(root);
        if (root < 10)
            row.root.insert(0, 1, '0');
        row.code = row.root + std::to_string(subcode);
        row.quadClass = static_cast<std::uint8_t>(root <= 5    ? 1
                                                  : root <= 8  ? 2
                                                  : root <= 13 ? 3
                                                               : 4);
        row.goldstein = std::clamp(
            std::round((kRootGoldstein[std::size_t(root - 1)] + jitter(random)) * 10.0f) / 10.0f,
            -10.0f, 10.0f);
        const int year = kFirstYear + pickYear(random);
        const int roll = percent(random);
        if (roll == 0)
            row.date = FuzzyDate::unknown();
        else if (roll < 3)
            row.date = FuzzyDate::ofMonth(year, 1 + pickDay(random) % 12);
        else
            row.date = FuzzyDate::fromDayNumber(FuzzyDate::ofYear(year).day + pickDay(random));
        row.sources = static_cast<std::uint16_t>(1 + std::min(pickExtraSources(random), 60));
        row.row = static_cast<std::uint32_t>(i + 1);
    }
    return rows;
}

void SyntheticEvents::writeTsv(const std::vector<DatasetRow>& rows, std::ostream& out) {
    out << "source\ttarget\tcode\troot\tquad\tgoldstein\tdate\tsources\trow\n";
    for (const DatasetRow& row : rows)
        out << row.source << '\t' << row.target << '\t' << row.code << '\t' << row.root << '\t'
            << int(row.quadClass) << '\t' << row.goldstein << '\t' << row.date.toIso() << '\t'
            << row.sources << '\t' << row.row << '\n';
}

bool SyntheticEvents::readTsv(std::istream& in, std::vector<DatasetRow>& rows, std::string& error) {
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (number == 1 || line.empty())
            continue;
        std::vector<std::string> fields;
        std::stringstream split(line);
        std::string field;
        while (std::getline(split, field, '\t'))
            fields.push_back(field);
        if (line.back() == '\t')
            fields.emplace_back();
        if (fields.size() != 9) {
            error = "line " + std::to_string(number) + ": expected 9 tab-separated fields, found " +
                    std::to_string(fields.size());
            return false;
        }
        DatasetRow row;
        row.source = fields[0];
        row.target = fields[1];
        row.code = fields[2];
        row.root = fields[3];
        try {
            row.quadClass = static_cast<std::uint8_t>(std::stoi(fields[4]));
            row.goldstein = std::stof(fields[5]);
            row.sources = static_cast<std::uint16_t>(std::stoi(fields[7]));
            row.row = static_cast<std::uint32_t>(std::stoul(fields[8]));
        } catch (const std::exception&) {
            error = "line " + std::to_string(number) + ": a number field is not a number";
            return false;
        }
        if (!fields[6].empty()) {
            const auto date = FuzzyDate::fromIso(fields[6]);
            if (!date) {
                error = "line " + std::to_string(number) + ": bad date \"" + fields[6] + "\"";
                return false;
            }
            row.date = *date;
        }
        rows.push_back(std::move(row));
    }
    return true;
}

} // namespace dyad
