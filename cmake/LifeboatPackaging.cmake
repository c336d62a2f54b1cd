# What `cmake --install` lays down and what CPack packs into lifeboat_VERSION_amd64.deb:
# both executables, desktop integration (desktop file, AppStream metainfo, hicolor icons), the
# systemd units and cron.d file, the sample config, monitoring files, man pages and the docs.
# `cmake --build build --target package` (or tests/installer/check_package.sh) builds the .deb.
include(GNUInstallDirs)
set(CMAKE_INSTALL_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/lifeboat) # Debian's name, not the project's "Lifeboat"

set(LIFEBOAT_APP_ID io.github.lifeboat.Lifeboat)
set(icon_sizes 16 24 32 48 64 128 256)

# PNG icons rendered from the SVG with Qt's renderer, and gzip'd man pages (Debian policy).
find_package(Qt6 REQUIRED COMPONENTS Svg)
add_executable(lifeboat_render_icon installer/tools/render_icon.cpp)
target_link_libraries(lifeboat_render_icon PRIVATE Qt6::Gui Qt6::Svg)
set(icon_dir ${CMAKE_CURRENT_BINARY_DIR}/icons)
set(icon_pngs)
foreach(size IN LISTS icon_sizes)
    list(APPEND icon_pngs ${icon_dir}/${size}x${size}/apps/${LIFEBOAT_APP_ID}.png)
endforeach()
add_custom_command(OUTPUT ${icon_pngs}
    COMMAND lifeboat_render_icon ${CMAKE_CURRENT_SOURCE_DIR}/resources/icons/lifeboat.svg ${icon_dir} ${icon_sizes}
    DEPENDS lifeboat_render_icon ${CMAKE_CURRENT_SOURCE_DIR}/resources/icons/lifeboat.svg
    COMMENT "Rendering the icon's PNG sizes")
set(man_pages)
foreach(page lifeboat-cli.1 lifeboat.1)
    add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
        COMMAND gzip -9 -n -c ${CMAKE_CURRENT_SOURCE_DIR}/installer/man/${page} > ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz
        DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/installer/man/${page})
    list(APPEND man_pages ${CMAKE_CURRENT_BINARY_DIR}/man/${page}.gz)
endforeach()
add_custom_target(lifeboat_package_files ALL DEPENDS ${icon_pngs} ${man_pages})

set(inst ${CMAKE_CURRENT_SOURCE_DIR}/installer)
install(FILES ${inst}/desktop/${LIFEBOAT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${inst}/desktop/${LIFEBOAT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES resources/icons/lifeboat.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${LIFEBOAT_APP_ID}.svg)
foreach(size IN LISTS icon_sizes)
    install(FILES ${icon_dir}/${size}x${size}/apps/${LIFEBOAT_APP_ID}.png DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Units under /usr/lib/systemd/system (Debian 12 is merged-/usr); the cron file under /etc.
install(FILES ${inst}/systemd/lifeboat-schedule.service ${inst}/systemd/lifeboat-schedule.timer ${inst}/systemd/lifeboat-daemon.service
        DESTINATION lib/systemd/system)
install(FILES ${inst}/cron/lifeboat DESTINATION /etc/cron.d)
install(FILES resources/lifeboat.sample.toml ${inst}/kubernetes/lifeboat-cronjob.yaml DESTINATION ${CMAKE_INSTALL_DATADIR}/lifeboat)
install(FILES resources/drills/quarterly.toml DESTINATION ${CMAKE_INSTALL_DATADIR}/lifeboat/drills)
install(DIRECTORY resources/monitoring/ DESTINATION ${CMAKE_INSTALL_DATADIR}/lifeboat/monitoring)
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md" PATTERN "*.png")
install(FILES README.md ${inst}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lifeboat)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Lifeboat developers")
set(CPACK_PACKAGE_CONTACT "The Lifeboat developers <lifeboat@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "backups, point-in-time restores and disaster-recovery drills for PostgreSQL and SQLite")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Lifeboat backs up PostgreSQL and SQLite databases, folders and application
 configuration, keeps a catalog of every backup, verifies and restores them -
 PostgreSQL to any point in time - and runs disaster-recovery drills that
 measure RTO and RPO and end in a report an auditor can file. It ships a Qt
 desktop application and lifeboat-cli for cron, systemd timers and Kubernetes.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE gzip) # seconds instead of xz's minute on CI's two cores
# Shared libraries from dpkg-shlibdeps; plugins Qt loads at run time, the PostgreSQL tools
# Lifeboat starts and adduser (postinst) named by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, postgresql-client-15")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-15, qt6-translations-l10n, gnupg, zstd")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "prometheus, qtkeychain-qt6")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${inst}/packaging/postinst ${inst}/packaging/prerm ${inst}/packaging/postrm ${inst}/packaging/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
