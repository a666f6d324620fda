# CPack NSIS configuration of the Windows installer. UNTESTED: Balise is built and tested on Debian
# only; nobody has run this on Windows. It is kept so that a Windows build starts from the right
# names and file associations, and must be checked there (windeployqt for the Qt DLLs and plugins,
# an .ico made from installer/icons/balise.svg) before anyone calls it working.
set(CPACK_NSIS_PACKAGE_NAME "Balise ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Balise")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\balise.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "balise" "Balise")
# Double-clicking a project or a template opens it in Balise.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "
  WriteRegStr HKCR '.balise' '' 'Balise.Project'
  WriteRegStr HKCR 'Balise.Project' '' 'Balise project'
  WriteRegStr HKCR 'Balise.Project\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\balise.exe\\\" \\\"%1\\\"'
  WriteRegStr HKCR '.balise-template' '' 'Balise.Template'
  WriteRegStr HKCR 'Balise.Template' '' 'Balise template'
  WriteRegStr HKCR 'Balise.Template\\\\shell\\\\open\\\\command' '' '\\\"$INSTDIR\\\\bin\\\\balise.exe\\\" \\\"%1\\\"'
")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "
  DeleteRegKey HKCR '.balise'
  DeleteRegKey HKCR 'Balise.Project'
  DeleteRegKey HKCR '.balise-template'
  DeleteRegKey HKCR 'Balise.Template'
")
