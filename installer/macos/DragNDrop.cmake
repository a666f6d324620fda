# CPack DragNDrop configuration of the macOS disk image. UNTESTED: Balise is built and tested on
# Debian only; nobody has run this on macOS. app/CMakeLists.txt makes `balise` a bundle described by
# installer/macos/Info.plist.in; macdeployqt must still be run on it, and installer/icons/balise.svg
# turned into an .icns, before anyone calls it working.
set(CPACK_DMG_VOLUME_NAME "Balise ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
