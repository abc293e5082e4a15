# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the three Debian packages' contents: each component installed on its own into a staging
# root holds what its package should and nothing of the others'; the server's unit passes
# systemd-analyze verify without a warning; the server and SDK packages are built with cpack and
# their files, dependencies and maintainer scripts read back with dpkg-deb. (The app package is
# checked from its staged files only: it carries the demo sets, whose compression would take
# minutes.) Run as:
#   cmake -DBUILD_DIR=... -DSTAGE=... -DSYSTEMD_ANALYZE=... -P check_packages.cmake
file(REMOVE_RECURSE "${STAGE}")

function(stage component)
    execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE}/${component}
                            ${CMAKE_COMMAND} --install "${BUILD_DIR}" --component ${component} --prefix /usr
                    RESULT_VARIABLE result OUTPUT_QUIET)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "installing the ${component} component failed: ${result}")
    endif()
endfunction()

function(expect_files component)
    foreach(path IN LISTS ARGN)
        if(NOT EXISTS "${STAGE}/${component}${path}")
            message(FATAL_ERROR "the ${component} package lacks ${path}")
        endif()
    endforeach()
endfunction()

function(expect_no_files component)
    foreach(path IN LISTS ARGN)
        if(EXISTS "${STAGE}/${component}${path}")
            message(FATAL_ERROR "the ${component} package holds ${path}, which belongs to another package")
        endif()
    endforeach()
endfunction()

foreach(component app server sdk)
    stage(${component})
endforeach()

# The desktop app: programs, launcher with its icon in every usual size, demo sets.
expect_files(app /usr/bin/pentournament /usr/bin/pentournament-imageset
             /usr/share/applications/pentournament.desktop
             /usr/share/icons/hicolor/scalable/apps/pentournament.svg
             /usr/share/pentournament/imagesets/starter/manifest.json)
foreach(size 16 22 24 32 48 64 128 256)
    set(icon ${STAGE}/app/usr/share/icons/hicolor/${size}x${size}/apps/pentournament.png)
    if(NOT EXISTS "${icon}")
        message(FATAL_ERROR "the app package lacks its ${size} x ${size} icon")
    endif()
    file(READ "${icon}" header LIMIT 24 HEX)
    # PNG signature, then the IHDR chunk whose width and height are the size.
    math(EXPR expected "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(SUBSTRING "${expected}" 2 -1 digits)
    string(LENGTH "${digits}" length)
    math(EXPR pad "8 - ${length}")
    string(REPEAT "0" ${pad} zeros)
    string(TOLOWER "${zeros}${digits}" width)
    if(NOT header MATCHES "^89504e470d0a1a0a0000000d49484452${width}")
        message(FATAL_ERROR "${icon} is not a ${size} pixels wide PNG")
    endif()
endforeach()
file(STRINGS "${STAGE}/app/usr/share/applications/pentournament.desktop" iconLine REGEX "^Icon=")
if(NOT iconLine STREQUAL "Icon=pentournament")
    message(FATAL_ERROR "the desktop entry names no icon (${iconLine})")
endif()
expect_no_files(app /usr/bin/pentournament-server /usr/include/pentournament/atd_plugin.h)

# The server: programs, reference plugins, unit, system user.
set(unit /usr/lib/systemd/system/pentournament-server.service)
expect_files(server /usr/bin/pentournament-server /usr/bin/pentournament-admin /usr/bin/pentournament-atd-host
             /usr/bin/pentournament-atd-run /usr/lib/pentournament/plugins/libpen_atd_classical.so
             /usr/lib/pentournament/plugins/libpen_atd_random.so ${unit} /usr/lib/sysusers.d/pentournament.conf)
expect_no_files(server /usr/bin/pentournament /usr/share/pentournament/imagesets)
file(READ "${STAGE}/server${unit}" unitText)
foreach(wanted "User=pentournament" "StateDirectory=pentournament" "--data /var/lib/pentournament"
               "StandardOutput=journal" "WantedBy=multi-user.target")
    string(FIND "${unitText}" "${wanted}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the unit lacks ${wanted}")
    endif()
endforeach()
file(STRINGS "${STAGE}/server/usr/lib/sysusers.d/pentournament.conf" user REGEX "^u pentournament ")
if(NOT user)
    message(FATAL_ERROR "sysusers.d declares no pentournament user")
endif()
# systemd-analyze checks the unit against the staged program (it looks for ExecStart's file), and
# any warning counts: it exits 0 on an unknown key.
string(REPLACE "ExecStart=/usr/bin/" "ExecStart=${STAGE}/server/usr/bin/" staged "${unitText}")
file(WRITE "${STAGE}/verify/pentournament-server.service" "${staged}")
execute_process(COMMAND "${SYSTEMD_ANALYZE}" verify "${STAGE}/verify/pentournament-server.service"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0 OR NOT "${out}${err}" STREQUAL "")
    message(FATAL_ERROR "systemd-analyze verify: ${result}: ${out}${err}")
endif()

# The SDK: header, contract, Python example; no program.
expect_files(sdk /usr/include/pentournament/atd_plugin.h /usr/share/pentournament/sdk/proto/pen/v1/atd.proto
             /usr/share/pentournament/sdk/proto/pen/v1/common.proto
             /usr/share/pentournament/sdk/python-example/example_plugin.py
             /usr/share/pentournament/sdk/python-example/README.md)
expect_no_files(sdk /usr/bin)

# The server and SDK packages as Debian builds them.
foreach(component server sdk)
    execute_process(COMMAND cpack -G DEB --config CPackConfig.cmake -D CPACK_COMPONENTS_ALL=${component} -B ${STAGE}/debs
                    WORKING_DIRECTORY "${BUILD_DIR}" RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "cpack failed for the ${component} package: ${out}")
    endif()
endforeach()
file(GLOB serverDeb "${STAGE}/debs/pentournament-server_*_amd64.deb")
file(GLOB sdkDeb "${STAGE}/debs/pentournament-plugin-sdk_*_all.deb")
if(NOT serverDeb OR NOT sdkDeb)
    message(FATAL_ERROR "cpack made no server or SDK package: ${out}")
endif()
execute_process(COMMAND dpkg-deb -f ${serverDeb} Depends OUTPUT_VARIABLE depends)
foreach(library libgrpc\\+\\+ libqt6core6 libqt6sql6-sqlite libdcmtk)
    if(NOT depends MATCHES "${library}")
        message(FATAL_ERROR "the server package does not depend on ${library}: ${depends}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -c ${serverDeb} OUTPUT_VARIABLE contents)
foreach(path ./usr/bin/pentournament-server ./usr/lib/systemd/system/pentournament-server.service
             ./usr/lib/sysusers.d/pentournament.conf)
    string(FIND "${contents}" "${path}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the server package lacks ${path}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -I ${serverDeb} postinst OUTPUT_VARIABLE postinst)
if(NOT postinst MATCHES "systemd-sysusers pentournament.conf")
    message(FATAL_ERROR "the server package's postinst makes no user: ${postinst}")
endif()
execute_process(COMMAND dpkg-deb -c ${sdkDeb} OUTPUT_VARIABLE contents)
string(FIND "${contents}" "./usr/include/pentournament/atd_plugin.h" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the SDK package lacks the header")
endif()
message(STATUS "packages OK")
