# Warnings and sanitizers for Dyad's own targets (never for third-party code).
function(dyad_target_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough)
    if(DYAD_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(DYAD_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
