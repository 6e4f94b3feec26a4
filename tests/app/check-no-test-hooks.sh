#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The Twofold developers
# Checks that a twofold binary has no test hook (scripts/cmake/TwofoldTestHooks.cmake):
#  1. its bytes do not contain the name TWOFOLD_INSECURE_FAST_KDF (a hook-free build
#     compiles that code out, name included);
#  2. nor the name TWOFOLD_CRASH_AT (TWOFOLD_CRASH_POINTS_HOOK, likewise compiled out),
#     nor TWOFOLD_QUIT_WHEN_SHOWN (TWOFOLD_QUIT_WHEN_SHOWN_HOOK, the start-up bench's);
#  3. run with TWOFOLD_INSECURE_FAST_KDF=1, `twofold demo` makes a vault whose keyring
#     holds the production Argon2id cost for both partners, password and recovery slots.
# Reports every failure, then exits 1 if there was one (InstallRefusesTestHooks runs it
# on a hooked binary to prove that both checks can fail).
#   check-no-test-hooks.sh BINARY SCRATCH
set -euo pipefail
binary=$1 scratch=$2
failed=0

if grep -qaF TWOFOLD_INSECURE_FAST_KDF "$binary"; then
    echo "test hook: $binary contains the string TWOFOLD_INSECURE_FAST_KDF"
    failed=1
fi

for name in TWOFOLD_CRASH_AT TWOFOLD_QUIT_WHEN_SHOWN; do
    if grep -qaF "$name" "$binary"; then
        echo "test hook: $binary contains the string $name"
        failed=1
    fi
done

work="$scratch/hook-check"
rm -rf "$work" && mkdir -p "$work/home"
# A clean environment of its own: no display, no default vault, per-account state in scratch.
if ! env -u DISPLAY -u WAYLAND_DISPLAY -u TWOFOLD_VAULT HOME="$work/home" XDG_DATA_HOME="$work/home/data" \
    XDG_STATE_HOME="$work/home/state" XDG_CONFIG_HOME="$work/home/config" TWOFOLD_INSECURE_FAST_KDF=1 \
    "$binary" --vault "$work/vault" demo >"$work/demo.out" 2>&1; then
    echo "test hook check: '$binary demo' failed:" && cat "$work/demo.out"
    exit 1
fi
# keyring.db is plain SQLite. The production cost is KdfParams::production()
# (core/crypto/Kdf.cpp): libsodium's argon2id MODERATE, 3 passes and 256 MiB.
if ! python3 - "$work/vault/keyring.db" <<'PY'
import sqlite3, sys
production = (3, 268435456)
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT name, pw_ops, pw_mem, rc_ops, rc_mem FROM partners ORDER BY slot").fetchall()
db.close()
bad = [r for r in rows if (r[1], r[2]) != production or (r[3], r[4]) != production]
if len(rows) != 2 or bad:
    print("test hook: with TWOFOLD_INSECURE_FAST_KDF=1 the keyring's Argon2id cost is not the production "
          f"{production} (ops, mem): " + ", ".join(f"{r[0]} password {r[1]}/{r[2]}, recovery {r[3]}/{r[4]}" for r in rows))
    sys.exit(1)
PY
then
    failed=1
fi

if [[ $failed -ne 0 ]]; then
    exit 1
fi
echo "$binary: no test hook (no TWOFOLD_INSECURE_FAST_KDF, TWOFOLD_CRASH_AT or TWOFOLD_QUIT_WHEN_SHOWN in it; demo vault has production Argon2id)"
