// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/Backup.h"

#include "backup/detail/BackupFormat.h"
#include "backup/detail/ConsistentCopy.h"
#include "common/AtomicFile.h"
#include "common/Propagate.h"
#include "vault/Keyring.h"

#include <algorithm>

namespace twofold {

namespace {

using detail::backupFileSize;
using detail::checkBackup;
using detail::Hasher;
using detail::hexOf;
using detail::InputFile;
using detail::isVaultFileName;
using detail::kMagic;
using detail::manifestJson;
using detail::readLayout;

// keyring.db first, then journals by name, then couple.db: the order a reader expects.
std::vector<std::string> databasesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> partners;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = item.path().filename().string();
        if (name.starts_with("partner-") && !name.ends_with("-wal") && isVaultFileName(name) &&
            item.is_regular_file(ec)) {
            partners.push_back(name);
        }
    }
    std::ranges::sort(partners);
    std::vector<std::string> names{"keyring.db"};
    names.insert(names.end(), partners.begin(), partners.end());
    if (std::filesystem::exists(dir / "couple.db", ec)) {
        names.push_back("couple.db");
    }
    return names;
}

// An absolute path with links and ".." resolved as far as it exists (lexically when
// that fails), without a trailing separator.
std::filesystem::path resolved(const std::filesystem::path& path)
{
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    if (ec) {
        absolute = path;
    }
    std::filesystem::path out = std::filesystem::weakly_canonical(absolute, ec);
    if (ec) {
        out = absolute.lexically_normal();
    }
    if (!out.has_filename() && out.has_relative_path()) {
        out = out.parent_path();
    }
    return out;
}

} // namespace

std::uint64_t BackupManifest::totalBytes() const
{
    std::uint64_t total = 0;
    for (const BackupEntry& f : files) {
        total += f.size;
    }
    return total;
}

bool isInsideVault(const std::filesystem::path& path, const std::filesystem::path& vaultDir)
{
    if (path.empty() || vaultDir.empty()) {
        return false;
    }
    const std::filesystem::path inner = resolved(path);
    const std::filesystem::path vault = resolved(vaultDir);
    auto [vaultEnd, innerEnd] = std::mismatch(vault.begin(), vault.end(), inner.begin(), inner.end());
    (void)innerEnd;
    return vaultEnd == vault.end();
}

Result<BackupManifest> createBackup(const std::filesystem::path& vaultDir, const std::filesystem::path& out,
                                    const Clock& clock)
{
    if (isInsideVault(out, vaultDir)) {
        return fail(ErrorCode::InsideVault, "the backup file would be inside the vault folder");
    }
    std::error_code ec;
    if (!std::filesystem::exists(vaultDir / "keyring.db", ec)) {
        return fail(ErrorCode::VaultNotFound, "no keyring.db in the folder");
    }
    BackupManifest manifest;
    manifest.createdMs = clock.nowMs();
    {
        // Closed again before the copy starts, so our own connection is not in the way.
        auto keyring = Keyring::open(vaultDir / "keyring.db");
        if (!keyring) {
            return propagate(keyring);
        }
        manifest.vaultId = toHex(keyring->vaultId());
    }

    auto file = AtomicFile::begin(out);
    if (!file) {
        return propagate(file);
    }
    Hasher whole;
    auto emit = [&](std::string_view bytes) -> Status {
        whole.update(bytes);
        return file->write(bytes);
    };
    if (auto st = emit(kMagic); !st) {
        return propagate(st);
    }
    const detail::VaultQuiet quiet(vaultDir);
    for (const std::string& name : databasesIn(vaultDir)) {
        auto snapshot = detail::snapshotDatabase(vaultDir / name, quiet.quiet());
        if (!snapshot) {
            return propagate(snapshot);
        }
        if (auto st = emit(snapshot->main); !st) {
            return propagate(st);
        }
        manifest.files.push_back(BackupEntry{name, snapshot->main.size(), hexOf(snapshot->main)});
        if (snapshot->wal) {
            if (auto st = emit(*snapshot->wal); !st) {
                return propagate(st);
            }
            manifest.files.push_back(
                BackupEntry{name + "-wal", snapshot->wal->size(), hexOf(*snapshot->wal)});
        }
    }
    const std::string json = manifestJson(manifest);
    const auto n = static_cast<std::uint32_t>(json.size());
    const char length[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                            static_cast<char>(n)};
    if (auto st = emit(json); !st) {
        return propagate(st);
    }
    if (auto st = emit(std::string_view(length, 4)); !st) {
        return propagate(st);
    }
    const auto digest = whole.finish();
    if (auto st = file->write(ByteView(digest.data(), digest.size())); !st) {
        return propagate(st);
    }
    if (auto st = file->commit(); !st) {
        return propagate(st);
    }
    return manifest;
}

Result<BackupManifest> verifyBackup(const std::filesystem::path& backup)
{
    const InputFile file(backup);
    auto layout = checkBackup(file);
    if (!layout) {
        return propagate(layout);
    }
    return std::move(layout->manifest);
}

Result<BackupManifest> readBackupManifest(const std::filesystem::path& backup)
{
    const InputFile file(backup);
    auto size = backupFileSize(file);
    if (!size) {
        return propagate(size);
    }
    auto layout = readLayout(file, *size);
    if (!layout) {
        return propagate(layout);
    }
    return std::move(layout->manifest);
}

} // namespace twofold
