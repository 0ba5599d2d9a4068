# Exports: the timeline and the matrix as PNG, SVG and PDF, the events as CSV and JSON, and the
# export dialog and actions of the window.
target_sources(dyad_widgets PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/EventExporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportActions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportCaption.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ExportFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PictureExporter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ViewExporter.cpp
)
target_compile_definitions(dyad_widgets PUBLIC DYAD_WITH_EXPORT)
