# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build into a fresh prefix and checks that every program lands in bin/ and the demo
# sets in share/. Run as: cmake -DBUILD_DIR=... -DPREFIX=... -DPROGRAMS=a;b -P check_install.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${result}")
endif()
foreach(program IN LISTS PROGRAMS)
    if(NOT EXISTS "${PREFIX}/bin/${program}")
        message(FATAL_ERROR "${program} is not installed in bin/")
    endif()
endforeach()
if(NOT EXISTS "${PREFIX}/share/pentournament/imagesets/starter/manifest.json")
    message(FATAL_ERROR "the starter image set is not installed")
endif()
execute_process(COMMAND "${PREFIX}/bin/pentournament-imageset" validate "${PREFIX}/share/pentournament/imagesets/starter"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "the installed starter set does not validate")
endif()
message(STATUS "install layout OK")
