# Validates the .desktop entry and the AppStream metainfo with the desktop's own tools, then
# installs the build into a scratch DESTDIR and checks that every file a desktop needs is there.
# Run by CTest: cmake -DSOURCE_DIR=... -DBUILD_DIR=... -DAPP_ID=... -DWORK_DIR=... -P this-file
foreach(var SOURCE_DIR BUILD_DIR APP_ID WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    message(STATUS "ok: ${ARGN}")
endfunction()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
set(desktop "${SOURCE_DIR}/resources/desktop/${APP_ID}.desktop")
set(metainfo "${SOURCE_DIR}/resources/desktop/${APP_ID}.metainfo.xml")
run(${DESKTOP_FILE_VALIDATE} "${desktop}")
run(${APPSTREAMCLI} validate --no-net "${metainfo}")

file(REMOVE_RECURSE "${WORK_DIR}")
run(${CMAKE_COMMAND} -E env "DESTDIR=${WORK_DIR}"
    ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix /usr)

set(expected
    usr/bin/encrypted-vm-backup
    usr/bin/evb-sandbox
    usr/share/applications/${APP_ID}.desktop
    usr/share/metainfo/${APP_ID}.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    usr/share/icons/hicolor/16x16/apps/${APP_ID}.png
    usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    usr/share/icons/hicolor/256x256/apps/${APP_ID}.png)
foreach(f IN LISTS expected)
    if(NOT EXISTS "${WORK_DIR}/${f}")
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
# The installed entry must start what was installed, with the icon that was installed.
file(STRINGS "${WORK_DIR}/usr/share/applications/${APP_ID}.desktop" exec REGEX "^Exec=")
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec "${exec}")
if(NOT EXISTS "${WORK_DIR}/usr/bin/${exec}")
    message(FATAL_ERROR "the .desktop file starts '${exec}', which is not installed")
endif()
file(STRINGS "${WORK_DIR}/usr/share/applications/${APP_ID}.desktop" icon REGEX "^Icon=")
if(NOT icon STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "the .desktop file names the icon '${icon}', expected ${APP_ID}")
endif()
# Validating the installed tree as a whole also checks the metainfo's launchable.
run(${APPSTREAMCLI} validate-tree --no-net "${WORK_DIR}")
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "desktop integration: all files in place")
