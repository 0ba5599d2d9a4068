# The main window and its panels.
target_sources(dyad_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActorComboBox.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentFurniture.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentLoader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntityColours.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EntityLegend.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventTypeTree.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FilterPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LoadErrorsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PreferencesDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResourceCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SelectionSummary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionFeeder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SourceHeader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SourcePanel.cpp
)
target_link_libraries(dyad_widgets PUBLIC Qt6::Concurrent)
# The chart and the matrix are placed in the window once their sources are listed.
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/views.cmake")
    target_compile_definitions(dyad_widgets PRIVATE DYAD_WITH_VIEWS)
endif()
