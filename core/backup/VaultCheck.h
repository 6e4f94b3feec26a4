// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace twofold {

class Session;

// One thing `verify` looked at, and what it found.
struct CheckedItem
{
    std::string what; // "keyring.db", "partner-<id>.db", "envelopes readable by Alex", ...
    bool ok = true;
    std::string detail; // what was checked, or what is wrong; never user text
};

struct VaultCheckReport
{
    std::vector<CheckedItem> items;
    bool damaged() const;
};

// Without any key: the keyring opens, has a sound shape and passes integrity_check;
// every database it names exists and is an encrypted database (no plaintext SQLite
// header, whole pages), and so is couple.db; every -wal file has a WAL header.
// Needs no lock: safe while the app runs. I/O failures are errors; damage is reported.
Result<VaultCheckReport> checkVaultFiles(const std::filesystem::path& vaultDir);

// With one partner unlocked: cipher_integrity_check and integrity_check of their journal
// and of couple.db, and every envelope that partner may read (their own, and those
// sealed to them) is opened and authenticated. Adds to `report`.
Status checkUnlockedPartner(Session& session, VaultCheckReport& report);

} // namespace twofold
