# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
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
# Debian's layout (issue 12): the man page and the Debian changelog gzip-compressed with
# no name or time stamp in them (gzip -n, so two builds give the same bytes), the docs in
# /usr/share/doc/twofold (GNUInstallDirs would say .../Twofold, after the project name) with
# the DEP-5 copyright file.
set(TWOFOLD_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/twofold)
set(gz_dir ${CMAKE_CURRENT_BINARY_DIR}/gz)
set(man_gz ${gz_dir}/twofold.1.gz)
set(changelog_gz ${gz_dir}/changelog.Debian.gz)
add_custom_command(
    OUTPUT ${man_gz} ${changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${gz_dir}
    COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" gzip ${PROJECT_SOURCE_DIR}/docs/twofold.1 ${man_gz}
    COMMAND sh -c "gzip -9nc \"$1\" > \"$2\"" gzip ${PROJECT_SOURCE_DIR}/resources/packaging/changelog ${changelog_gz}
    DEPENDS ${PROJECT_SOURCE_DIR}/docs/twofold.1 ${PROJECT_SOURCE_DIR}/resources/packaging/changelog
    COMMENT "Compressing the man page and the changelog"
    VERBATIM)
add_custom_target(twofold_compressed_docs ALL DEPENDS ${man_gz} ${changelog_gz})
install(FILES ${man_gz} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/resources/packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME twofold)
# The copyright file's first line, DEP-5's "Format:" URL, is the one this machine's own
# Debian packages use: read from libsodium's copyright file (a build dependency), so no
# address is kept in the tree. Without it the file is still a plain copyright file.
set(copyright_in ${PROJECT_SOURCE_DIR}/resources/packaging/copyright)
set(copyright_out ${CMAKE_CURRENT_BINARY_DIR}/copyright)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${copyright_in})
file(GLOB sodium_copyright LIST_DIRECTORIES false /usr/share/doc/libsodium*/copyright)
set(dep5_format "")
foreach(candidate IN LISTS sodium_copyright)
    file(STRINGS ${candidate} first_lines LIMIT_COUNT 1 REGEX "^Format: .*copyright-format/1\\.0/?$")
    if(first_lines)
        set(dep5_format "${first_lines}\n")
        break()
    endif()
endforeach()
file(READ ${copyright_in} copyright_body)
file(CONFIGURE OUTPUT ${copyright_out} CONTENT "${dep5_format}${copyright_body}" @ONLY)
install(FILES ${changelog_gz} ${copyright_out}
              ${PROJECT_SOURCE_DIR}/docs/EXPORT_FORMAT.md ${PROJECT_SOURCE_DIR}/docs/BACKUP.md
        DESTINATION ${TWOFOLD_DOCDIR})

# CPack: a .deb for Debian 12. Depends comes from the binary (dpkg-shlibdeps), plus what it
# loads at run time and links no library for: SQLCipher's floor (4.x is in bookworm-backports;
# bookworm's own libsqlcipher0 is 3.4, another soname) and Qt's platform plugins (xcb,
# offscreen, ...). Wayland's plugin is recommended: without it Qt runs through XWayland.
# DebDependsTest compares every NEEDED library of the packaged binary with Depends.
set(CPACK_PACKAGE_NAME twofold)
set(CPACK_PACKAGE_VENDOR "The Twofold developers")
set(CPACK_PACKAGE_CONTACT "The Twofold developers <twofold@users.noreply.github.com>")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private journal for two partners who share one computer")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEBIAN_PACKAGE_RELEASE 1) # Debian revision: resources/packaging/changelog's 0.1.0-1
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/twofold/twofold")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsqlcipher1 (>= 4.5), qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
# CPack puts the summary first, as the synopsis line, and indents the rest.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Twofold is a journal for two people who share one computer. Each partner
keeps a private journal, encrypted with their own password, that the other
cannot read. Together they answer reflection prompts; an answer reaches the
other partner only when both have answered and both have agreed. Once a week
they can review together what they chose to share.
.
Everything stays on the computer: no account, no network, no telemetry. The
journals are SQLCipher databases keyed through libsodium's Argon2id; exports
go to JSON, Markdown or PDF, and one-file backups carry checksums.")
# Reproducible bytes: directories 0755 whatever the umask, strict control-file modes, and
# every time stamp from SOURCE_DATE_EPOCH (scripts/package sets it from the commit).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
                                                GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# postinst makes the shared place for two logins (twofold setup-shared); postrm removes it on
# purge only when it is empty (a vault there holds two people's journals).
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${PROJECT_SOURCE_DIR}/resources/packaging/postinst"
                                       "${PROJECT_SOURCE_DIR}/resources/packaging/postrm")
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
if(TWOFOLD_HOOKS_ON)
    # scripts/cmake/TwofoldTestHooks.cmake: a build with test hooks is never packaged. CPack reads
    # this file first, so it stops with the reason before staging anything (the install
    # rule would stop it too, with the reason only in CPack's log).
    file(CONFIGURE OUTPUT ${PROJECT_BINARY_DIR}/CPackRefuseTestHooks.cmake
         CONTENT "message(FATAL_ERROR [==[@TWOFOLD_HOOKS_REFUSAL@]==])\n" @ONLY)
    set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_BINARY_DIR}/CPackRefuseTestHooks.cmake)
endif()
include(CPack)
