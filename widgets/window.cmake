# The main window and its panels.
target_sources(dyad_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
)
