# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that the shipped translations hold every message of the sources, translated: lupdate runs
# on a copy of each .ts and must find nothing new or unfinished.
#   cmake -DLUPDATE=... -DSOURCES_LIST=file -DTS_LIST=file -DENGLISH_TS=... -DWORK_DIR=... -P TranslationsCurrent.cmake
# TS_LIST names the shipped languages' .ts files, one a line.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(STRINGS ${TS_LIST} translated_ts)
set(failures "")
foreach(ts IN ITEMS ${translated_ts} ${ENGLISH_TS})
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    file(COPY_FILE ${ts} ${copy})
    set(options -no-obsolete -locations none)
    if(ts STREQUAL ENGLISH_TS OR ts STREQUAL "${ENGLISH_TS}")
        list(APPEND options -pluralonly)
    endif()
    execute_process(COMMAND ${LUPDATE} ${options} @${SOURCES_LIST} -ts ${copy}
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
    endif()
    file(STRINGS ${copy} unfinished REGEX "type=\"unfinished\"")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        string(APPEND failures "${name}: ${count} message(s) of the sources are not translated; run "
                               "`cmake --build . --target update_translations update_plural_translations` and translate them\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
message(STATUS "The translations hold every message of the sources")
