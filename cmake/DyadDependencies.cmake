# Every dependency is a Debian 12 package; scripts/install-deps installs them.
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Charts Svg Concurrent Test
    LinguistTools)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(Boost 1.74 REQUIRED COMPONENTS date_time)
find_package(SQLite3 REQUIRED)
find_package(absl REQUIRED)
find_package(LibArchive REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
# Debian's cmark CMake config references a static library it does not ship; use pkg-config.
pkg_check_modules(CMARK REQUIRED IMPORTED_TARGET libcmark)

# libstemmer and CLD2 ship neither CMake config nor pkg-config files on Debian.
find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY stemmer REQUIRED)
add_library(Dyad::stemmer UNKNOWN IMPORTED)
set_target_properties(Dyad::stemmer PROPERTIES IMPORTED_LOCATION "${STEMMER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${STEMMER_INCLUDE_DIR}")

find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY cld2 REQUIRED)
add_library(Dyad::cld2 UNKNOWN IMPORTED)
set_target_properties(Dyad::cld2 PROPERTIES IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")

