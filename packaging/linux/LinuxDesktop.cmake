# The desktop integration on Linux: the .desktop file, the AppStream metainfo, the icons, the
# man page, and the Debian package's copyright and changelog, all named after the app id.
include(GNUInstallDirs)

set(_eventwatch_linux "${CMAKE_CURRENT_LIST_DIR}")
set(_eventwatch_out "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_eventwatch_out}")

configure_file("${_eventwatch_linux}/${EVENTWATCH_APP_ID}.metainfo.xml.in"
    "${_eventwatch_out}/${EVENTWATCH_APP_ID}.metainfo.xml" @ONLY)
configure_file("${_eventwatch_linux}/eventwatch.1.in" "${_eventwatch_out}/eventwatch.1" @ONLY)
execute_process(COMMAND date --utc --rfc-email --date "${EVENTWATCH_RELEASE_DATE}"
    OUTPUT_VARIABLE EVENTWATCH_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
set(EVENTWATCH_MAINTAINER "${EVENTWATCH_PACKAGE_MAINTAINER}")
configure_file("${_eventwatch_linux}/changelog.in" "${_eventwatch_out}/changelog" @ONLY)

# Debian policy wants the man page and the changelog compressed, without a time stamp.
set(_eventwatch_compressed)
foreach(_file IN ITEMS eventwatch.1 changelog)
    add_custom_command(OUTPUT "${_eventwatch_out}/${_file}.gz"
        COMMAND gzip --best --no-name --stdout "${_eventwatch_out}/${_file}" > "${_file}.gz"
        DEPENDS "${_eventwatch_out}/${_file}"
        WORKING_DIRECTORY "${_eventwatch_out}"
        COMMENT "Compressing ${_file}"
        VERBATIM)
    list(APPEND _eventwatch_compressed "${_eventwatch_out}/${_file}.gz")
endforeach()
add_custom_target(eventwatch_packaging_files ALL DEPENDS ${_eventwatch_compressed})

install(FILES "${_eventwatch_linux}/${EVENTWATCH_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${_eventwatch_out}/${EVENTWATCH_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
# The index.theme beside the icons is only for the embedded copy; the system's hicolor theme has its own.
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons"
    PATTERN index.theme EXCLUDE)
install(FILES "${_eventwatch_out}/eventwatch.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${_eventwatch_linux}/copyright" "${_eventwatch_out}/changelog.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/eventwatch")

# The files a desktop reads must pass their validators; run where the validators are installed.
if(EVENTWATCH_BUILD_TESTS)
    find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
    find_program(APPSTREAMCLI appstreamcli)
    if(DESKTOP_FILE_VALIDATE)
        add_test(NAME packaging_desktop_file
            COMMAND "${DESKTOP_FILE_VALIDATE}" "${_eventwatch_linux}/${EVENTWATCH_APP_ID}.desktop")
        set_tests_properties(packaging_desktop_file PROPERTIES FAIL_REGULAR_EXPRESSION "warning|error")
    endif()
    if(APPSTREAMCLI)
        add_test(NAME packaging_metainfo
            COMMAND "${APPSTREAMCLI}" validate --no-net --pedantic
                "${_eventwatch_out}/${EVENTWATCH_APP_ID}.metainfo.xml")
        set_tests_properties(packaging_metainfo PROPERTIES FAIL_REGULAR_EXPRESSION "(^|\n)[WE]: ")
    endif()
    find_program(GROFF groff)
    if(GROFF)
        add_test(NAME packaging_man_page
            COMMAND "${GROFF}" -man -ww -z "${_eventwatch_out}/eventwatch.1")
        set_tests_properties(packaging_man_page PROPERTIES FAIL_REGULAR_EXPRESSION "warning|error")
    endif()
endif()
