// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <cstdint>

namespace twofold {

// A fault-injection seam for tests (STYLE.md: KeePassXC's FailDevice, {fmt}'s seams):
// an SQLite VFS named kName that forwards everything to the default unix VFS, except
// that once armed it lets only a budget of bytes through xWrite and fails every later
// write with SQLITE_FULL, exactly as a full disk does; growing a WAL index (-shm) that
// no longer fits fails with SQLITE_IOERR_SHMSIZE (errno ENOSPC), as the unix VFS does on
// a full disk (the budget is checked for the page, not spent). Disarmed it changes nothing.
// Tests install it, to prove DiskFull is clear and loses nothing. It lives here, built only
// into the robustness tests, so neither twofold_core nor the shipped binary contains it.
class FailingVfs
{
public:
    static constexpr const char* kName = "twofold-failing";

    enum class AsDefault
    {
        No,  // used only by connections that name it
        Yes, // every connection opened from now on (Vault, Journal, Keyring) uses it
    };

    // Registers the shim; safe to call again (it then only changes the default).
    static Status install(AsDefault asDefault = AsDefault::No);
    // Makes the unix VFS the default again and disarms. The shim stays registered, so
    // connections opened through it keep working.
    static void uninstall();

    // From now on, writes succeed until `bytes` more bytes have been written; the write
    // that would cross the budget, and every one after it, fails with SQLITE_FULL.
    static void failWritesAfter(std::uint64_t bytes);
    static void disarm();

    // Bytes written through the shim since the last failWritesAfter() or disarm().
    static std::uint64_t bytesWritten();
    // Writes refused since the last failWritesAfter() or disarm().
    static std::uint64_t refusedWrites();
};

} // namespace twofold
