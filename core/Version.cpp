#include "core/Version.h"

#include "core/BuildInfo.h"

#include <boost/version.hpp>
#include <sqlite3.h>
#include <unicode/uversion.h>

namespace dyad {

std::string version() {
    return build::kVersion;
}

std::string libraryVersions() {
    UVersionInfo icu;
    u_getVersion(icu);
    char icuText[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icuText);
    std::string text;
    text += "ICU " + std::string(icuText) + "\n";
    text += "Boost " + std::to_string(BOOST_VERSION / 100000) + "." +
            std::to_string(BOOST_VERSION / 100 % 1000) + "\n";
    text += "SQLite " + std::string(sqlite3_libversion()) + "\n";
    return text;
}

} // namespace dyad
