# Installing Twofold like any desktop app (issue 5): the binary, a .desktop file, AppStream
# metainfo, SVG and PNG icons, the prompt packs, the man page; and a .deb through CPack
# (scripts/package). Included from the top-level CMakeLists.txt once app/ is configured.
include(GNUInstallDirs)

set(TWOFOLD_APP_ID io.github.twofold.Twofold)

# PNG icons rendered from the SVG at build time (Qt only, no image tools).
add_executable(twofold_render_icon ${PROJECT_SOURCE_DIR}/app/tools/RenderIcon.cpp)
target_link_libraries(twofold_render_icon PRIVATE Qt6::Gui Qt6::Svg)
twofold_harden(twofold_render_icon)
set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/twofold.svg)
set(icon_pngs)
foreach(size 48 128 256)
    set(png ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}/${TWOFOLD_APP_ID}.png)
    add_custom_command(
        OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}
        COMMAND twofold_render_icon ${icon_svg} ${png} ${size}
        DEPENDS twofold_render_icon ${icon_svg}
        COMMENT "Rendering ${size}x${size} icon")
    list(APPEND icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(twofold_icons ALL DEPENDS ${icon_pngs})

install(FILES ${icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TWOFOLD_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${TWOFOLD_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${TWOFOLD_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
file(GLOB installed_packs ${PROJECT_SOURCE_DIR}/resources/prompts/*.json)
install(FILES ${installed_packs} DESTINATION ${CMAKE_INSTALL_DATADIR}/twofold/prompts)
install(FILES ${PROJECT_SOURCE_DIR}/docs/twofold.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/docs/EXPORT_FORMAT.md ${PROJECT_SOURCE_DIR}/docs/BACKUP.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# CPack: a .deb for Debian 12. SQLCipher 4 comes from bookworm-backports (libsqlcipher1
# 4.x); libsodium23 and the Qt 6 libraries from bookworm itself.
set(CPACK_PACKAGE_NAME twofold)
set(CPACK_PACKAGE_VENDOR "The Twofold developers")
set(CPACK_PACKAGE_CONTACT "The Twofold developers <twofold@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private journal for two partners who share one computer")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/twofold/twofold")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libsqlcipher1 (>= 4.5), libsodium23 (>= 1.0.18), libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), qt6-qpa-plugins, libc6, libstdc++6 (>= 12)")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Each partner keeps a private, encrypted journal; shared answers to reflection\n prompts are revealed only when both partners agree. Local only: no account,\n no network.")
set(CPACK_STRIP_FILES ON)
if(TWOFOLD_HOOKS_ON)
    # cmake/TwofoldTestHooks.cmake: a build with test hooks is never packaged. CPack reads
    # this file first, so it stops with the reason before staging anything (the install
    # rule would stop it too, with the reason only in CPack's log).
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/CPackRefuseTestHooks.cmake
         CONTENT "message(FATAL_ERROR [==[@TWOFOLD_HOOKS_REFUSAL@]==])\n" @ONLY)
    set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackRefuseTestHooks.cmake)
endif()
include(CPack)
