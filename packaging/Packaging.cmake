# Installing Eventwatch as a desktop application, and the packages made from that (CPack):
# a .deb on Debian, an installer and a ZIP on Windows, a disk image on macOS. Included from the
# top-level CMakeLists.txt, whose scope CPack needs for the `package` target.

set(EVENTWATCH_RELEASE_DATE "2026-11-27")
set(EVENTWATCH_PACKAGE_MAINTAINER "The Eventwatch developers <maintainers@eventwatch.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

if(UNIX AND NOT APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/linux/LinuxDesktop.cmake)
endif()

set(CPACK_PACKAGE_NAME eventwatch)
set(CPACK_PACKAGE_VENDOR "The Eventwatch developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines as the Debian control file shows them; an empty line separates paragraphs.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Eventwatch receives the webhooks a Mighty Networks community sends when an"
    "event is scheduled or changed or a member answers an invitation, keeps"
    "every delivery in an SQLite database on this machine, and shows the"
    "scheduled events with their creators and spaces."
    ""
    "It answers a delivery only after it is written to disk, so Mighty Networks"
    "retries whatever could not be kept. It also runs without a window and"
    "exports the events as CSV, JSON or NDJSON.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Eventwatch)
set(CPACK_PACKAGE_EXECUTABLES eventwatch Eventwatch)
set(CPACK_STRIP_FILES TRUE)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/")

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_DISPLAY_NAME Eventwatch)
    set(CPACK_NSIS_PACKAGE_NAME Eventwatch)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Eventwatch)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EVENTWATCH_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # dpkg-shlibdeps computes the libraries the binary links; these are what it loads at run
    # time, which no linker sees: Qt's SQLite driver plugin, and libsecret, which QtKeychain
    # opens only when it reaches the Secret Service. Debian's libqt6gui6 carries the xcb
    # platform plugin and libqt6network6 the TLS plugin, and both are linked.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
    # A native Wayland window, avatars in WebP or TIFF, and Qt's own texts (buttons, --help) in
    # the user's language.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
        "qt6-wayland, qt6-image-formats-plugins, qt6-translations-l10n")
endif()

include(CPack)
