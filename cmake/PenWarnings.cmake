# SPDX-License-Identifier: GPL-3.0-or-later
# pen_set_warnings(target): the project's warning flags, as errors when PEN_WARNINGS_AS_ERRORS is on.
function(pen_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>)
    if(PEN_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
