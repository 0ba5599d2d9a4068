# Tests of the main window and its panels (offscreen platform).
dyad_add_test(NAME test_source_panel SOURCES TestSourcePanel.cpp LIBS dyad_widgets)
dyad_add_test(NAME test_main_window SOURCES TestMainWindow.cpp LIBS dyad_cli TIMEOUT 300)
if(EXISTS "${PROJECT_SOURCE_DIR}/widgets/views.cmake")
    target_compile_definitions(test_main_window PRIVATE DYAD_WITH_VIEWS)
endif()
dyad_add_test(NAME test_entity_colours SOURCES TestEntityColours.cpp LIBS dyad_cli)
