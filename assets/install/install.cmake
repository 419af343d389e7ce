# `cmake --install BUILD --prefix P`: the game as a Debian program lays it out, and
# `cpack -G DEB` (scripts/package) packs the same files into a .deb.
#   P/bin/securebase                       the game and its tools
#   P/share/securebase/{scenarios,lang}    its data; the game finds it from its own path
#   P/share/applications, metainfo, icons  desktop entry, AppStream metadata, icon
#   P/share/man/man6/securebase.6.gz       the manual page
#   P/share/doc/securebase/copyright       the licence
include(GNUInstallDirs)
set(SB_INSTALL_DIR ${CMAKE_CURRENT_LIST_DIR})
set(SB_APP_ID org.securebase.SecureBase)

install(TARGETS securebase RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Data: scenarios (with their schema and format guide) and string tables; the README's
# screenshots stay in the source tree. The loader looks in <exe>/../share/securebase.
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/scenarios ${CMAKE_SOURCE_DIR}/assets/lang
        DESTINATION ${CMAKE_INSTALL_DATADIR}/securebase)
install(FILES ${SB_INSTALL_DIR}/${SB_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${SB_INSTALL_DIR}/${SB_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SB_INSTALL_DIR}/${SB_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/securebase RENAME copyright)
# Debian keeps manual pages compressed.
find_program(SB_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/securebase.6.gz
  COMMAND ${SB_GZIP} -9 -n -c ${SB_INSTALL_DIR}/securebase.6 > ${CMAKE_BINARY_DIR}/securebase.6.gz
  DEPENDS ${SB_INSTALL_DIR}/securebase.6 VERBATIM)
add_custom_target(securebase_manpage ALL DEPENDS ${CMAKE_BINARY_DIR}/securebase.6.gz)
install(FILES ${CMAKE_BINARY_DIR}/securebase.6.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man6)

# The .deb: shared-library dependencies come from dpkg-shlibdeps; what the game opens
# by path (fonts, the speech data) is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME securebase)
set(CPACK_PACKAGE_VENDOR "The Secure Base authors")
set(CPACK_PACKAGE_CONTACT "The Secure Base authors <securebase@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "gentle game that teaches attachment theory by play")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "gentle game that teaches attachment theory by play
 You are a small child; how safe your world feels depends on how a caregiver
 answers your needs. Seven scenarios show how secure, avoidant, anxious and
 disorganized patterns grow, and a debrief explains them. It teaches; it does
 not assess.")
set(CPACK_DEBIAN_PACKAGE_SECTION games)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-sil-andika | fonts-dejavu-core, espeak-ng-data")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-opendyslexic, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "graphviz")
set(CPACK_STRIP_FILES ON)
include(CPack)
