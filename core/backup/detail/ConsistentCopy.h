// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/FileLock.h"
#include "common/Result.h"

#include <filesystem>
#include <optional>
#include <string>

// Consistent copies of SQLite/SQLCipher files without their keys. Private to core.
namespace twofold::detail {

// Holds the vault folder's lock exclusively when no Twofold process has the vault open
// (so none can open it until released); otherwise only notes that the vault is live.
class VaultQuiet
{
public:
    explicit VaultQuiet(const std::filesystem::path& vaultDir);
    VaultQuiet(const VaultQuiet&) = delete;
    VaultQuiet& operator=(const VaultQuiet&) = delete;
    ~VaultQuiet();

    // True when we hold the lock: nobody writes while we copy.
    bool quiet() const noexcept { return m_lock.held(); }

private:
    FolderLock m_lock;
};

// A database file and its write-ahead log as of one moment.
struct DatabaseSnapshot
{
    std::string main;
    std::optional<std::string> wal; // absent when there is no -wal file
};

// Reads `db` and, when present, `db`-wal as one consistent snapshot. `quiet`: nobody
// else has the vault open. Otherwise another process may be writing: while it holds
// the database open, shared locks on the wal-index (`db`-shm) hold off its checkpoints
// and WAL restarts, so the main file does not change and no committed WAL frame is
// overwritten while we read (new commits only append, and SQLite's recovery ignores a
// torn tail); while nobody holds it open, the copy is retried until the files did not
// change during it.
Result<DatabaseSnapshot> snapshotDatabase(const std::filesystem::path& db, bool quiet);

} // namespace twofold::detail
