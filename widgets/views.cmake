# The timeline chart and the country-pair matrix (Qt Charts stays inside these classes).
target_sources(dyad_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartPalette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MatrixColorScale.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MatrixLegend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PairMatrixPainter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PairMatrixPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PairMatrixView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineChartView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLanes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLanesChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineTicks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineVolumeChart.cpp
)
