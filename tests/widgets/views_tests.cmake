# Tests of the timeline chart and the country-pair matrix (offscreen platform).
dyad_add_test(NAME test_timelineview SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTimelineView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ViewFixtures.h LIBS dyad_widgets)
dyad_add_test(NAME test_renderviews SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRenderViews.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ViewFixtures.h LIBS dyad_widgets)
dyad_add_test(NAME test_pairmatrixview SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPairMatrixView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ViewFixtures.h LIBS dyad_widgets)
