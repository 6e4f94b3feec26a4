#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# InstallRefusesTestHooks, for a build with test hooks (scripts/cmake/TwofoldTestHooks.cmake):
# `cmake --install` and `cpack` refuse it, saying why, before a file is copied; and
# check-no-test-hooks.sh, which InstallTest runs on hook-free binaries, does catch this
# build's binary (so InstallTest's check can fail).
#   install-refused-test.sh BUILD_DIR SCRATCH
set -euo pipefail
build=$1 scratch=$2
here="$(cd "$(dirname "$0")" && pwd)"
rm -rf "$scratch" && mkdir -p "$scratch"
# CMake wraps a FATAL_ERROR message over several lines: look for the reason in joined lines.
says_why() { tr -s ' \n' ' ' <"$1" | grep -q "This build of Twofold contains test hooks"; }

if cmake --install "$build" --prefix "$scratch/usr" >"$scratch/install.out" 2>&1; then
    echo "cmake --install accepted a build with test hooks"
    exit 1
fi
says_why "$scratch/install.out" || { echo "install failed without saying why:"; cat "$scratch/install.out"; exit 1; }
if [[ -n "$(find "$scratch/usr" -type f 2>/dev/null)" ]]; then
    echo "the refused install still copied files:" && find "$scratch/usr" -type f
    exit 1
fi
echo "cmake --install refuses it, saying why, and copies nothing"

if [[ -f "$build/CPackConfig.cmake" ]]; then
    if (cd "$scratch" && cpack --config "$build/CPackConfig.cmake" -B "$scratch/cpack") >"$scratch/cpack.out" 2>&1; then
        echo "cpack packaged a build with test hooks"
        exit 1
    fi
    says_why "$scratch/cpack.out" || { echo "cpack failed without saying why:"; cat "$scratch/cpack.out"; exit 1; }
    if ls "$scratch/cpack"/*.deb >/dev/null 2>&1; then
        echo "cpack refused but left a package behind" && exit 1
    fi
    echo "cpack refuses it too"
fi

if "$here/check-no-test-hooks.sh" "$build/app/twofold" "$scratch" >"$scratch/check.out" 2>&1; then
    echo "check-no-test-hooks.sh passed a binary built with the hook"
    exit 1
fi
grep -q "contains the string TWOFOLD_INSECURE_FAST_KDF" "$scratch/check.out" &&
    grep -q "Argon2id cost is not the production" "$scratch/check.out" ||
    { echo "check-no-test-hooks.sh did not catch both signs of the hook:"; cat "$scratch/check.out"; exit 1; }
if grep -q "TWOFOLD_CRASH_POINTS_HOOK:BOOL=ON" "$build/CMakeCache.txt"; then
    grep -q "contains the string TWOFOLD_CRASH_AT" "$scratch/check.out" ||
        { echo "check-no-test-hooks.sh did not catch the crash-points hook:"; cat "$scratch/check.out"; exit 1; }
fi
echo "check-no-test-hooks.sh catches this build's twofold (its bytes and its demo vault's Argon2id cost)"
