// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class CoupleSpace;

inline constexpr int kAutoBackupMinKeep = 1;
inline constexpr int kAutoBackupMaxKeep = 100;
inline constexpr int kAutoBackupDefaultKeep = 8;

// Automatic backups after each weekly review (docs/BACKUP.md, "Automatic backups").
// A couple-wide setting: it lives in couple.db's `couple_settings` (keys
// backup.auto.enabled, backup.auto.folder, backup.auto.keep), so either partner may
// change it and it travels with the vault.
struct AutoBackupSettings
{
    bool enabled = false;
    std::filesystem::path folder; // absolute; may be empty while disabled
    int keep = kAutoBackupDefaultKeep;

    bool operator==(const AutoBackupSettings&) const = default;
};

// InvalidArgument when keep is outside 1..100, or enabled without an absolute folder;
// InsideVault when enabled with a folder inside `vaultDir` (a restore would delete it).
Status validateAutoBackupSettings(const AutoBackupSettings& settings, const std::filesystem::path& vaultDir);

// Never fails on bad stored values: each one falls back to its default (an unusable
// folder also turns automatic backups off). Fails only when couple.db cannot be read
// (NotUnlocked, DamagedDatabase, ...).
Result<AutoBackupSettings> loadAutoBackupSettings(CoupleSpace& space);
// Validates first (against the space's vault folder); nothing is written when the
// settings are invalid. The three values are written in one transaction.
Status saveAutoBackupSettings(CoupleSpace& space, const AutoBackupSettings& settings);

// One file that runAutoBackup wrote (recognised by its exact name).
struct AutoBackupFile
{
    std::filesystem::path path;
    std::int64_t createdMs = 0; // from the name: UTC, whole seconds
    int sequence = 1;           // 2, 3, ... when several were made in the same second
};

// "twofold-2026-11-21-154210.twofold-backup": the UTC time of the backup (UTC so the
// names sort in time order across daylight-saving changes and time zones). A second
// backup in the same second gets "-2" before the extension, a third "-3", and so on.
std::string autoBackupFileName(std::int64_t utcMs, int sequence = 1);
// The parsed name, or nullopt for any other name (never guesses).
std::optional<AutoBackupFile> parseAutoBackupFileName(std::string_view fileName);
// The automatic backups in `folder` (regular files with an exact name), newest first.
// An unreadable or missing folder gives an empty list.
std::vector<AutoBackupFile> listAutoBackups(const std::filesystem::path& folder);

struct AutoBackupResult
{
    std::filesystem::path file;
    BackupManifest manifest;
    std::vector<std::filesystem::path> removed; // older automatic backups deleted
};

// Writes one backup of `vaultDir` into `folder` (created 0700 if missing) via
// createBackup, then - only once it succeeded - deletes the oldest automatic backups
// of the same vault so that `keep` remain, counting the new one. Only files with an
// exact automatic backup name whose manifest names the new backup's vaultId are ever
// counted or deleted; another vault's backups, unreadable files and other files in the
// folder are never touched, and the new file is never deleted (even when the clock
// went backwards). Errors: IoError (unwritable folder, folder is a file), DiskFull,
// VaultNotFound, InvalidArgument (keep outside 1..100, empty folder), InsideVault
// (the folder is inside `vaultDir`); older backups stay as they were.
Result<AutoBackupResult> runAutoBackup(const std::filesystem::path& vaultDir,
                                       const std::filesystem::path& folder, int keep, const Clock& clock);

} // namespace twofold
