// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "backup/detail/BackupFormat.h"
#include "common/AtomicFile.h"
#include "common/Propagate.h"

#include <filesystem>
#include <string_view>

// Building a restored vault folder next to the vault and putting it in place. Private to core.
namespace twofold::detail {

// mkdtemp next to `target`, mode 0700.
Result<std::filesystem::path> siblingTempDir(const std::filesystem::path& target, std::string_view tag);

// Writes the backup's files that `wanted` names into `dir`, each checked again as written
// (the backup may have changed since it was verified) and fsynced.
template <typename Wanted>
Status writeBackupFiles(const InputFile& file, const Layout& layout, const std::filesystem::path& dir,
                        Wanted&& wanted)
{
    std::uint64_t offset = layout.dataOffset;
    for (const BackupEntry& entry : layout.manifest.files) {
        if (!wanted(entry.name)) {
            offset += entry.size;
            continue;
        }
        auto out = AtomicFile::begin(dir / entry.name);
        if (!out) {
            return propagate(out);
        }
        Hasher h;
        auto st = file.read(offset, entry.size, [&](std::string_view chunk) -> Status {
            h.update(chunk);
            return out->write(chunk);
        });
        if (st && h.finishHex() != entry.blake2b256) {
            st = std::unexpected(damaged("checksum of " + entry.name + " changed while restoring"));
        }
        if (st) {
            st = out->commit();
        }
        if (!st) {
            return st;
        }
        offset += entry.size;
    }
    return {};
}

// A durable copy of a file of the vault (which nobody has open: we hold its lock).
Status copyVaultFile(const std::filesystem::path& from, const std::filesystem::path& to);

// Moves the finished folder `temp` into `vaultDir` (an old vault there goes aside, then is
// deleted). An error before the second rename means nothing changed (the old vault is put
// back); after it the restore has happened (docs/BACKUP.md, "Restore").
Status installFolder(const std::filesystem::path& temp, const std::filesystem::path& vaultDir,
                     bool targetExists);

} // namespace twofold::detail
