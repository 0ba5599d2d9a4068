# Tests of the exports: pictures (PNG, SVG, PDF), events (CSV, JSON), the dialog and the window's
# commands (offscreen platform).
dyad_add_test(NAME test_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ViewFixtures.h LIBS dyad_widgets)
