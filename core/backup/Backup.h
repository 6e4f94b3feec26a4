#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace twofold {

// One file of the vault inside a backup.
struct BackupEntry
{
    std::string name; // keyring.db, couple.db, partner-<id>.db, or one of them + "-wal"
    std::uint64_t size = 0;
    std::string blake2b256; // 64 lowercase hex digits
};

// What a backup holds (docs/BACKUP.md describes the file byte by byte).
struct BackupManifest
{
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    std::string vaultId; // hex, from keyring.db
    std::int64_t createdMs = 0;
    std::vector<BackupEntry> files;

    std::uint64_t totalBytes() const;
};

enum class Overwrite
{
    No,
    Yes,
};

// Writes the whole vault, as it is on disk and still encrypted, into one file (written
// atomically: `out`.partial, fsync, rename). Needs no password. Safe while the app has
// the vault open: each database and its WAL are copied as one consistent snapshot
// (see docs/BACKUP.md, "Consistency without a key").
Result<BackupManifest> createBackup(const std::filesystem::path& vaultDir, const std::filesystem::path& out,
                                    const Clock& clock = SystemClock::instance());

// Checks a backup without writing anything: the whole-file checksum, the manifest, and
// every file's checksum. Any flipped bit is DamagedDatabase.
Result<BackupManifest> verifyBackup(const std::filesystem::path& backup);

// Restores a backup into `vaultDir`. Refuses a folder that is not empty (VaultExists)
// unless `overwrite`; a vault open in another process is VaultInUse. Everything is
// checked first; the files are written into a new folder next to `vaultDir`, fsynced,
// and only then renamed into place, so a damaged backup or a crash restores nothing.
Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultDir, Overwrite overwrite);

} // namespace twofold
