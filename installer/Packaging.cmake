# CPack: `cpack -G DEB` or `cpack -G TGZ` in the build folder. Desktop integration (menu entry,
# icon, MIME types, AppStream metadata, man page) is added to this folder by the packaging work.
set(CPACK_PACKAGE_NAME "balise")
set(CPACK_PACKAGE_VENDOR "Balise")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench to evaluate and steer urban data services")
set(CPACK_PACKAGE_CONTACT "Balise maintainers <balise@localhost>")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time are not found by shlibdeps: name them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
