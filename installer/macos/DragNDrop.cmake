# CPack DragNDrop configuration of the macOS disk image. UNTESTED: Balise is built and tested on
# Debian only; nobody has run this on macOS. A macOS build must make `balise` a bundle
# (MACOSX_BUNDLE with installer/macos/Info.plist.in), run macdeployqt on it and turn
# installer/icons/balise.svg into an .icns before anyone calls it working.
set(CPACK_DMG_VOLUME_NAME "Balise ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")
set(BALISE_MACOS_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in")
