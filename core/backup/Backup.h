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

// True when `path` is `vaultDir` or anywhere below it, compared as weakly_canonical
// paths (so links and "..", and a file that does not exist yet, are judged by where
// they really lead). A backup there would be deleted by the next restore, which
// replaces the whole vault folder: every backup function refuses it (InsideVault).
bool isInsideVault(const std::filesystem::path& path, const std::filesystem::path& vaultDir);

// Writes the whole vault, as it is on disk and still encrypted, into one file (written
// atomically: `out`.partial, fsync, rename). Needs no password. Safe while the app has
// the vault open: each database and its WAL are copied as one consistent snapshot
// (see docs/BACKUP.md, "Consistency without a key"). InsideVault when `out` is inside
// `vaultDir`; nothing is written then.
Result<BackupManifest> createBackup(const std::filesystem::path& vaultDir, const std::filesystem::path& out,
                                    const Clock& clock = SystemClock::instance());

// Checks a backup without writing anything: the whole-file checksum, the manifest, and
// every file's checksum. Any flipped bit is DamagedDatabase.
Result<BackupManifest> verifyBackup(const std::filesystem::path& backup);

// Reads only the manifest (magic, length, JSON), without the checksums: cheap, for
// telling which vault a backup belongs to. DamagedDatabase when it is not readable as
// a Twofold backup. Never use it to trust the contents; verifyBackup does that.
Result<BackupManifest> readBackupManifest(const std::filesystem::path& backup);

// Restores a backup into `vaultDir`. Refuses a folder that is not empty (VaultExists)
// unless `overwrite`; a vault open in another process is VaultInUse; a backup file
// inside `vaultDir` is InsideVault (the restore would delete it). Missing parent
// folders of `vaultDir` are created (0700), as on a fresh computer. Everything is
// checked first; the files are written into a new folder next to `vaultDir`, fsynced,
// and only then renamed into place, so a damaged backup or a crash restores nothing.
// Any error means nothing was changed (folders this call created are removed again).
// Once the new folder is renamed into place the restore has happened and succeeds: a
// failing fsync of the parent folder after that is not reported (the restored vault is
// in place and in use; only the rename's durability against a power cut in the next
// moments is unconfirmed), and neither is an old vault that could not be deleted.
Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultDir, Overwrite overwrite);

} // namespace twofold
