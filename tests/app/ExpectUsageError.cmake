# `dyad --no-such-option` must exit 1 and say what was wrong.
execute_process(COMMAND "${DYAD}" --no-such-option RESULT_VARIABLE rc ERROR_VARIABLE err
    OUTPUT_VARIABLE out)
if(NOT rc EQUAL 1)
    message(FATAL_ERROR "expected exit status 1, got ${rc}")
endif()
if(NOT err MATCHES "unknown option '--no-such-option'")
    message(FATAL_ERROR "the error does not name the option: ${err}")
endif()
