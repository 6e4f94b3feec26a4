#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# Screenshots of two logins sharing one vault (docs/screenshots/first-run-own-logins*,
# shared-login-discovered*): as root, makes a scratch shared place and two accounts, runs
# the first run in the first account picking the second's login, then the window in the
# second account, which finds the vault by itself. Removes the accounts afterwards.
#   tests/ui/shared-login-screenshots.sh BUILD_DIR OUT_DIR
set -euo pipefail
build=$1 out=$2
if [[ $(id -u) -ne 0 ]]; then
    echo "shared-login-screenshots: needs root (useradd)" >&2
    exit 77
fi
tool="$build/tests/ui/twofold_ui_screenshots"
scratch=$(mktemp -d /tmp/twofold-shots.XXXXXX)
chmod 0755 "$scratch"
first=tfshot1$$ second=tfshot2$$
cleanup() {
    userdel -r "$first" >/dev/null 2>&1 || true
    userdel -r "$second" >/dev/null 2>&1 || true
    rm -rf "$scratch"
}
trap cleanup EXIT
useradd -m -s /bin/bash -c "Alex" "$first"
useradd -m -s /bin/bash -c "Sam" "$second"
cp "$tool" "$scratch/tool" && chmod 0755 "$scratch/tool"
mkdir -p "$scratch/out" && chmod 0777 "$scratch/out"
for u in "$first" "$second"; do
    install -d -m 0700 -o "$u" "$scratch/runtime-$u"
done
export TWOFOLD_SHARED_PLACE="$scratch/place"
TWOFOLD_INSECURE_FAST_KDF=1 "$(dirname "$0")/../../build/app/twofold" setup-shared >/dev/null 2>&1 ||
    { mkdir -p "$TWOFOLD_SHARED_PLACE" && chmod 1733 "$TWOFOLD_SHARED_PLACE"; }
for step in "$first:own-logins" "$second:discovered"; do
    user=${step%%:*} only=${step#*:}
    runuser -u "$user" -- env -i PATH=/usr/bin:/bin HOME="/home/$user" QT_QPA_PLATFORM=offscreen \
        TWOFOLD_SHARED_PLACE="$TWOFOLD_SHARED_PLACE" TWOFOLD_SCREENSHOTS_ONLY="$only" \
        TWOFOLD_SCREENSHOTS_PARTNER="$second" XDG_RUNTIME_DIR="$scratch/runtime-$user" \
        "$scratch/tool" "$scratch/out"
done
mkdir -p "$out"
cp "$scratch"/out/*.png "$out/"
ls "$scratch/out"
