# `dyad export` as a user runs it, on the bundled sample corpus, without a display.
set(DYAD_CORPUS "${PROJECT_SOURCE_DIR}/resources/corpus")
set(DYAD_EXPORT_DIR "${CMAKE_CURRENT_BINARY_DIR}/exports")
file(MAKE_DIRECTORY "${DYAD_EXPORT_DIR}")

# dyad_export_test(NAME RC OUT ARGS <args...> [CHECKS -DNAME=VALUE...])
function(dyad_export_test name rc out)
    cmake_parse_arguments(ARG "" "" "ARGS;CHECKS" ${ARGN})
    string(REPLACE ";" "|" args "${ARG_ARGS}") # ExpectExport.cmake splits them again
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} -DDYAD=$<TARGET_FILE:dyad> -DOUT=${out} -DRC=${rc}
                "-DARGS=${args}" ${ARG_CHECKS} -P ${CMAKE_CURRENT_SOURCE_DIR}/ExpectExport.cmake)
    set_tests_properties(${name} PROPERTIES TIMEOUT 120 ENVIRONMENT_MODIFICATION
        "QT_QPA_PLATFORM=unset:;DISPLAY=unset:;WAYLAND_DISPLAY=unset:") # no display at all
endfunction()

set(_png "${DYAD_EXPORT_DIR}/timeline.png")
dyad_export_test(dyad_export_timeline_png 0 ${_png}
    ARGS --view timeline --size 640x360 --out ${_png} ${DYAD_CORPUS}
    CHECKS -DPNG_SIZE=640x360)
set(_hidpi "${DYAD_EXPORT_DIR}/matrix@2x.png")
dyad_export_test(dyad_export_matrix_png_hidpi 0 ${_hidpi}
    ARGS --view matrix --size 500x400 --scale 2 --out ${_hidpi} ${DYAD_CORPUS}
    CHECKS -DPNG_SIZE=1000x800)
set(_svg "${DYAD_EXPORT_DIR}/lanes.svg")
dyad_export_test(dyad_export_lanes_svg 0 ${_svg}
    ARGS --view timeline --mode lanes --title "Lanes & pairs" --out ${_svg} ${DYAD_CORPUS}
    CHECKS "-DCONTENT=viewBox=\"0 0 1600 900\".*>Lanes &amp; pairs</text>.*>Filter: "
           "-DABSENT=<image")
set(_pdf "${DYAD_EXPORT_DIR}/matrix.pdf")
dyad_export_test(dyad_export_matrix_pdf 0 ${_pdf}
    ARGS --view matrix --filter "USA 2015.." --page Letter --orientation portrait --out ${_pdf}
         ${DYAD_CORPUS}
    CHECKS "-DCONTENT=^%PDF-" "-DLINE=/MediaBox \\[0 0 612[.0]* 792[.0]*\\]")
set(_json "${DYAD_EXPORT_DIR}/events.json")
dyad_export_test(dyad_export_events_json 0 ${_json}
    ARGS --view events --filter "USA>* roots=11,12,13" --out ${_json} ${DYAD_CORPUS}
    CHECKS "-DCONTENT=\"format\": \"dyad-extract/1\".*\"source\": \"USA\".*\"sentence\": "
           "-DABSENT=\"source\": \"(RUS|CHN|CUB)\"")
set(_csv "${DYAD_EXPORT_DIR}/events.csv")
dyad_export_test(dyad_export_events_csv 0 ${_csv}
    ARGS --view events --out ${_csv} ${DYAD_CORPUS}
    CHECKS "-DCONTENT=^id,date,date_precision,source,target,.*,sentence\r\ne1,")

set(_bad "${DYAD_EXPORT_DIR}/bad-filter.png")
dyad_export_test(dyad_export_bad_filter_exits_1 1 ${_bad}
    ARGS --filter "CUB-RUS 18..24" --out ${_bad} ${DYAD_CORPUS} CHECKS "-DERROR=bad filter")
set(_format "${DYAD_EXPORT_DIR}/chart.gif")
dyad_export_test(dyad_export_unknown_format_exits_1 1 ${_format}
    ARGS --out ${_format} ${DYAD_CORPUS} CHECKS "-DERROR=unknown format")
set(_unwritable "${DYAD_EXPORT_DIR}/no-such-folder/chart.svg")
dyad_export_test(dyad_export_unwritable_exits_2 2 ${_unwritable}
    ARGS --out ${_unwritable} ${DYAD_CORPUS} CHECKS "-DERROR=no-such-folder/chart.svg")
set(_missing "${DYAD_EXPORT_DIR}/missing.png")
dyad_export_test(dyad_export_missing_input_exits_2 2 ${_missing}
    ARGS --out ${_missing} ${DYAD_EXPORT_DIR}/no-such-article.txt CHECKS "-DERROR=no-such-article")
