# How Balise installs, and the packages CPack makes of that installation (installer/README.md says how
# to build and install them). `cpack -G DEB` and `cpack -G TGZ` in the build folder are tested on
# Debian 12 (tests/packaging); the NSIS and DragNDrop configurations are kept for Windows and macOS
# builds but have never been run: they are not claimed to work.
include(GNUInstallDirs)

# BALISE_APP_ID (the top CMakeLists.txt) names the desktop entry, the icon, the AppStream component
# and the MIME package.
set(BALISE_INSTALLER_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(BALISE_INSTALLER_BINARY_DIR "${CMAKE_BINARY_DIR}/installer")

# --- Desktop integration (freedesktop.org: GNU/Linux and the BSDs) -------------------------------
if(UNIX AND NOT APPLE)
    install(FILES "${BALISE_INSTALLER_DIR}/linux/${BALISE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${BALISE_INSTALLER_DIR}/linux/${BALISE_APP_ID}.mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME "${BALISE_APP_ID}.xml")
    configure_file("${BALISE_INSTALLER_DIR}/linux/${BALISE_APP_ID}.metainfo.xml.in"
        "${BALISE_INSTALLER_BINARY_DIR}/${BALISE_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${BALISE_INSTALLER_BINARY_DIR}/${BALISE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    # The manual page, compressed as Debian wants it (-n: no time stamp, so builds are reproducible).
    configure_file("${BALISE_INSTALLER_DIR}/man/balise.1.in" "${BALISE_INSTALLER_BINARY_DIR}/balise.1" @ONLY)
    find_program(BALISE_GZIP gzip REQUIRED)
    add_custom_command(OUTPUT "${BALISE_INSTALLER_BINARY_DIR}/balise.1.gz"
        COMMAND "${BALISE_GZIP}" -9 -n -f -k "${BALISE_INSTALLER_BINARY_DIR}/balise.1"
        DEPENDS "${BALISE_INSTALLER_BINARY_DIR}/balise.1"
        COMMENT "Compressing the manual page balise(1)")
    add_custom_target(balise_manual ALL DEPENDS "${BALISE_INSTALLER_BINARY_DIR}/balise.1.gz")
    install(FILES "${BALISE_INSTALLER_BINARY_DIR}/balise.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")

    # The icon: the drawing itself, and PNGs rendered from it at build time.
    install(FILES "${BALISE_INSTALLER_DIR}/icons/balise.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${BALISE_APP_ID}.svg")
    if(BALISE_BUILD_GUI)
        set(BALISE_ICON_SIZES 16 22 24 32 48 64 128 256 512)
        set(BALISE_ICON_DIR "${BALISE_INSTALLER_BINARY_DIR}/hicolor")
        # A build tool, not part of Balise: without balise_compile_options, so that a sanitizer build
        # does not run it instrumented (LeakSanitizer would fail the build on Qt's own allocations).
        add_executable(balise_render_icons "${BALISE_INSTALLER_DIR}/icons/render_icons.cpp")
        target_link_libraries(balise_render_icons PRIVATE Qt6::Gui Qt6::Svg)
        set(BALISE_ICON_PNGS)
        foreach(size IN LISTS BALISE_ICON_SIZES)
            list(APPEND BALISE_ICON_PNGS "${BALISE_ICON_DIR}/${size}x${size}/apps/${BALISE_APP_ID}.png")
        endforeach()
        add_custom_command(OUTPUT ${BALISE_ICON_PNGS}
            COMMAND balise_render_icons "${BALISE_INSTALLER_DIR}/icons/balise.svg" "${BALISE_ICON_DIR}"
                "${BALISE_APP_ID}" ${BALISE_ICON_SIZES}
            DEPENDS balise_render_icons "${BALISE_INSTALLER_DIR}/icons/balise.svg"
            COMMENT "Rendering the Balise icon to PNG")
        add_custom_target(balise_icons ALL DEPENDS ${BALISE_ICON_PNGS})
        install(DIRECTORY "${BALISE_ICON_DIR}/" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
    endif()

    # Debian keeps the licence under this name, beside the package's other documentation.
    install(FILES "${CMAKE_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/balise" RENAME copyright)
    install(FILES "${CMAKE_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/balise")
endif()

# --- Packages -------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME "balise")
set(CPACK_PACKAGE_VENDOR "The Balise developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Workbench to evaluate and steer urban data services")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "The Balise developers <balise@balise.example.org>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Balise")
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_SOURCE_DIR}/LICENSE")
set(CPACK_RESOURCE_FILE_README "${CMAKE_SOURCE_DIR}/README.md")
# The build keeps its debugging information; the packages do not.
set(CPACK_STRIP_FILES ON)
# A source package (cpack --config CPackSourceConfig.cmake) leaves out builds and the repository.
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/" "/out/")

# Debian: below the summary line (CPACK_PACKAGE_DESCRIPTION_SUMMARY), an English and a French paragraph.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Balise is a workbench for the people who steer urban data services in local
authorities. Write the territory's vade-mecum, build an evaluation framework of
objectives, criteria and weighted indicators, enter or import measurements per
period for several data services, and see scores, traffic lights, trends and
rankings. Test how robust the verdict is to the weights, account for costs and
benefits, and print PDF scorecards. One file per project, fully offline.
.
Français : Balise est un atelier pour piloter les services de données urbaines
des collectivités. Rédigez le vade-mecum du territoire, construisez le
référentiel d'évaluation (objectifs, critères, indicateurs pondérés), saisissez
ou importez les mesures de chaque période, et voyez scores, feux, tendances et
classements ; éprouvez la solidité du verdict, chiffrez coûts et bénéfices et
imprimez des tableaux de bord PDF. Un fichier par projet, sans réseau.")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins Qt loads at run time are invisible to dpkg-shlibdeps: the window system's (xcb) come in
# qt6-qpa-plugins. The SVG image and icon engines are in libqt6svg6, which the program links anyway.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, fonts-dejavu-core")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

# Windows (NSIS) and macOS (DragNDrop): configured, never built here — untested.
if(WIN32)
    include("${BALISE_INSTALLER_DIR}/windows/NSIS.cmake")
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    include("${BALISE_INSTALLER_DIR}/macos/DragNDrop.cmake")
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()
include(CPack)
