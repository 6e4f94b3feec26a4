#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# InstallTest: `cmake --install` into a scratch prefix puts every file where desktops look
# for it, the metainfo validates, the installed binary runs and has no test hook
# (check-no-test-hooks.sh). Then, if scripts/package has built a .deb, it is unpacked with
# `dpkg -x` into a scratch root, its twofold runs and has no test hook; so does scripts/run's
# release build, if there is one.
#   install-test.sh BUILD_DIR SOURCE_DIR SCRATCH                       # BUILD_DIR is hook-free
#   install-test.sh BUILD_DIR SOURCE_DIR SCRATCH --configure ARGS...   # configure BUILD_DIR with
#       ARGS (a hook-free twin of a build with test hooks, which refuses to install) and build
#       what install needs first
set -euo pipefail
build=$1 source=$2 scratch=$3
shift 3
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$scratch" && mkdir -p "$scratch"

if [[ "${1:-}" == "--configure" ]]; then
    shift
    started=$SECONDS
    cmake -S "$source" -B "$build" "$@" >/dev/null
    cmake --build "$build" --target twofold twofold_icons twofold_compressed_docs -j "$(nproc)" >/dev/null
    echo "hook-free build $build: configured and built in $((SECONDS - started)) s"
fi

cmake --install "$build" --prefix "$scratch/usr" >/dev/null
for f in bin/twofold \
    share/applications/io.github.twofold.Twofold.desktop \
    share/metainfo/io.github.twofold.Twofold.metainfo.xml \
    share/icons/hicolor/scalable/apps/io.github.twofold.Twofold.svg \
    share/icons/hicolor/48x48/apps/io.github.twofold.Twofold.png \
    share/icons/hicolor/128x128/apps/io.github.twofold.Twofold.png \
    share/icons/hicolor/256x256/apps/io.github.twofold.Twofold.png \
    share/twofold/prompts/foundations.json \
    share/man/man1/twofold.1.gz \
    share/doc/twofold/copyright \
    share/doc/twofold/changelog.Debian.gz; do
    [[ -s "$scratch/usr/$f" ]] || { echo "missing after install: $f"; exit 1; }
done
head -c 8 "$scratch/usr/share/icons/hicolor/48x48/apps/io.github.twofold.Twofold.png" | grep -q PNG \
    || { echo "the 48x48 icon is not a PNG"; exit 1; }
"$scratch/usr/bin/twofold" --version | grep -q '^twofold ' || { echo "installed twofold --version failed"; exit 1; }
"$scratch/usr/bin/twofold" --help | grep -q 'backup' || { echo "installed twofold --help lacks backup"; exit 1; }
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$scratch/usr/share/metainfo/io.github.twofold.Twofold.metainfo.xml" >/dev/null
fi
if command -v man >/dev/null; then
    man -l "$scratch/usr/share/man/man1/twofold.1.gz" 2>/dev/null | grep -q 'restore' || { echo "man page does not render"; exit 1; }
fi
grep -q '^License: GPL-3+' "$scratch/usr/share/doc/twofold/copyright" || { echo "the copyright file names no licence"; exit 1; }
[[ ! -e "$scratch/usr/share/doc/Twofold" ]] || { echo "docs went to share/doc/Twofold, not share/doc/twofold"; exit 1; }
echo "cmake --install: every file in place, twofold runs"
"$here/check-no-test-hooks.sh" "$scratch/usr/bin/twofold" "$scratch"

release="$source/build-release/app/twofold"
if [[ -x "$release" ]]; then
    "$here/check-no-test-hooks.sh" "$release" "$scratch"
fi

deb=$(ls -t "$source"/build-package/twofold_*.deb 2>/dev/null | head -1 || true)
if [[ -z "$deb" ]]; then
    echo "SKIP the .deb part: no package built (run scripts/package)"
    exit 0
fi
dpkg-deb --field "$deb" Depends | grep -q libsqlcipher1 || { echo "the .deb does not depend on libsqlcipher1"; exit 1; }
dpkg -x "$deb" "$scratch/deb-root"
"$scratch/deb-root/usr/bin/twofold" --version | grep -q '^twofold ' || { echo "twofold from the .deb does not run"; exit 1; }
[[ -s "$scratch/deb-root/usr/share/applications/io.github.twofold.Twofold.desktop" ]] || { echo ".deb lacks the .desktop file"; exit 1; }
"$here/check-no-test-hooks.sh" "$scratch/deb-root/usr/bin/twofold" "$scratch"
echo "$(basename "$deb"): unpacked with dpkg -x, twofold --version runs"
