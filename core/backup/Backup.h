// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "vault/PartnerConsent.h"

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
                                    const Clock& clock);

// Checks a backup without writing anything: the whole-file checksum, the manifest, and
// every file's checksum. Any flipped bit is DamagedDatabase.
Result<BackupManifest> verifyBackup(const std::filesystem::path& backup);

// Reads only the manifest (magic, length, JSON), without the checksums: cheap, for
// telling which vault a backup belongs to. DamagedDatabase when it is not readable as
// a Twofold backup. Never use it to trust the contents; verifyBackup does that.
Result<BackupManifest> readBackupManifest(const std::filesystem::path& backup);

// What a restore replaces (docs/BACKUP.md, "Who must agree").
enum class RestoreScope
{
    Everything, // the whole vault folder: both journals, couple.db, keyring.db
    MyJournal,  // one partner's journal; keyring.db, couple.db and the other journal stay
};

struct RestoreRequest
{
    std::filesystem::path backup;
    std::filesystem::path vaultDir;
    RestoreScope scope = RestoreScope::Everything;
    // Everything: a folder that is not empty is refused (VaultExists) unless Yes.
    Overwrite overwrite = Overwrite::No;
    // MyJournal: whose journal (a partner of the vault in vaultDir, and of the backup).
    std::string partnerId;
    // Vault::confirmPartner of the vault in vaultDir, for every partner whose data is replaced:
    // Everything over a vault, each partner in its keyring; MyJournal, that partner.
    std::vector<PartnerConsent> consents;
};

// Restores a backup. Onto an empty or missing folder it needs no password (nothing is
// replaced). Over a vault it replaces someone's data, so it needs their consent: each one is
// checked again here, under the vault's lock, against the keyring.db being replaced (its
// vault id, and the row's MAC under the key the consent unwrapped), so a password that only
// the backup (or an older keyring) knows never counts; a missing or stale one is
// PasswordRequired. Refuses a folder that is not empty and holds no vault (InvalidArgument),
// a vault open in another process (VaultInUse), a backup file inside `vaultDir`
// (InsideVault). MyJournal needs a backup of this same vault holding that partner's journal
// (UnknownPartner), whose journal opens with the partner's key of today (WrongKey: the keys
// changed since, restore everything instead); it records the restored journal as seen
// (so it is not reported as an older copy put back) and has that partner's next unlock take
// back, silently, what they shared after the backup was made.
// Everything is checked first; the files are written into a new folder next to `vaultDir`,
// fsynced, and only then renamed into place, so a refused or damaged restore or a crash
// changes nothing (folders this call created are removed again). Once the new folder is
// renamed into place the restore has happened and succeeds: a failing fsync of the parent
// folder after that is not reported, and neither is an old vault that could not be deleted.
Result<BackupManifest> restoreBackup(const RestoreRequest& request);

// The same into an empty or missing folder: a new computer (no password needed).
Result<BackupManifest> restoreBackup(const std::filesystem::path& backup,
                                     const std::filesystem::path& vaultDir);

} // namespace twofold
