#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
#
# DebDependsTest (issue 12, item 1): packages a hook-free build with CPack, as scripts/package
# does, and checks its Depends against the binary: every NEEDED library of the packaged
# usr/bin/twofold belongs (on this machine, dpkg -S) to a package that Depends names, and the
# hand-kept part is there: SQLCipher 4's floor and Qt's platform plugins. Then the same for
# scripts/package's own .deb, if one was built.
#   deb-depends-test.sh BUILD_DIR SOURCE_DIR SCRATCH
set -euo pipefail
build=$(readlink -f "$1") source=$(readlink -f "$2") scratch=$3
rm -rf "$scratch" && mkdir -p "$scratch"

# Depends as one package name a line (alternatives split, versions dropped).
depends_names() { dpkg-deb --field "$1" Depends | tr ',|' '\n\n' | sed 's/(.*)//; s/[[:space:]]//g; /^$/d'; }

check_deb() {
    local deb=$1 root=$2 failed=0
    local depends
    depends=$(dpkg-deb --field "$deb" Depends)
    echo "$(basename "$deb"): Depends: $depends"
    dpkg-deb -x "$deb" "$root"
    local names
    names=$(depends_names "$deb")
    grep -Eq 'libsqlcipher1 \(>= 4\.5\)' <<<"$depends" || { echo "Depends lacks libsqlcipher1 (>= 4.5)"; failed=1; }
    grep -qx qt6-qpa-plugins <<<"$names" || { echo "Depends lacks qt6-qpa-plugins (Qt's xcb and offscreen plugins)"; failed=1; }
    local needed lib path pkg
    needed=$(readelf -d "$root/usr/bin/twofold" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    [[ -n "$needed" ]] || { echo "no NEEDED entry read from usr/bin/twofold"; return 1; }
    for lib in $needed; do
        # Where this machine's loader finds it, then the package that ships that file.
        path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib && /x86-64|x86_64/ {print $NF; exit}')
        [[ -n "$path" ]] || path=$(ldconfig -p | awk -v lib="$lib" '$1 == lib {print $NF; exit}')
        [[ -n "$path" ]] || { echo "NEEDED $lib: not found on this machine"; failed=1; continue; }
        pkg=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -1 | cut -d: -f1) ||
            pkg=$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1) || true
        [[ -n "$pkg" ]] || { echo "NEEDED $lib ($path): no package ships it"; failed=1; continue; }
        if grep -qx "$pkg" <<<"$names"; then
            echo "  NEEDED $lib -> $pkg: in Depends"
        else
            echo "  NEEDED $lib -> $pkg: NOT in Depends"
            failed=1
        fi
    done
    # The maintainer scripts (issue 14): postinst makes the shared place, postrm leaves a
    # non-empty one alone. What they do in a real root is scripts/check-package's part.
    dpkg-deb -e "$deb" "$root-control"
    [[ -x "$root-control/postinst" ]] && grep -q '^ *if ! twofold setup-shared' "$root-control/postinst" ||
        { echo "postinst does not run twofold setup-shared"; failed=1; }
    [[ -x "$root-control/postrm" ]] && grep -q 'rmdir /var/lib/twofold' "$root-control/postrm" &&
        ! grep -q 'rm -r' "$root-control/postrm" || { echo "postrm may delete a vault in /var/lib/twofold"; failed=1; }
    return $failed
}

[[ -f "$build/CPackConfig.cmake" ]] || { echo "no CPackConfig.cmake in $build (was it configured?)"; exit 1; }
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/cpack") >"$scratch/cpack.out" 2>&1 ||
    { echo "cpack failed:"; cat "$scratch/cpack.out"; exit 1; }
deb=$(ls "$scratch"/cpack/twofold_*.deb)
status=0
check_deb "$deb" "$scratch/root" || status=1

packaged=$(ls -t "$source"/build-package/twofold_*.deb 2>/dev/null | head -1 || true)
if [[ -n "$packaged" ]]; then
    check_deb "$packaged" "$scratch/package-root" || status=1
else
    echo "(no build-package/*.deb: scripts/package's own .deb not checked)"
fi
[[ $status -eq 0 ]] && echo "every NEEDED library's package is in Depends"
exit $status
