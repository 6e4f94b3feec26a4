// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/VaultLocation.h"

#include "common/FileLock.h"
#include "vault/Vault.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

namespace {

// Nothing there, or an empty folder (which rename(2) replaces).
bool freeForTheVault(const std::filesystem::path& dir)
{
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(dir, ec);
    if (ec || !std::filesystem::exists(status)) {
        return !ec || ec == std::errc::no_such_file_or_directory;
    }
    return std::filesystem::is_directory(status) && std::filesystem::is_empty(dir, ec) && !ec;
}

// The old place's folders, once empty: .../Twofold/twofold and .../Twofold.
void removeIfEmpty(const std::filesystem::path& dir)
{
    (void)::rmdir(dir.c_str()); // fails, harmlessly, unless empty
}

} // namespace

VaultMoveOutcome moveVaultFromOldDefault(const std::filesystem::path& oldDir,
                                         const std::filesystem::path& newDir)
{
    if (!Vault::exists(oldDir)) {
        return {VaultMove::NothingToMove, newDir};
    }
    if (!freeForTheVault(newDir)) {
        return {VaultMove::BothExist, newDir};
    }
    // The lock Vault::open takes (on the folder itself): a Twofold running on the old vault
    // keeps it there.
    auto folderLock = FolderLock::take(oldDir, FolderLock::Kind::Exclusive);
    if (!folderLock) {
        return {folderLock.error().code == ErrorCode::VaultInUse ? VaultMove::InUse : VaultMove::CannotMove,
                oldDir};
    }
    // And the lock file Twofold 0.1 took, for a window of the old version still running.
    const std::filesystem::path lockPath = oldDir / "vault.lock";
    const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock < 0) {
        return {VaultMove::CannotMove, oldDir};
    }
    if (::flock(lock, LOCK_EX | LOCK_NB) != 0) {
        ::close(lock);
        return {VaultMove::InUse, oldDir};
    }
    const std::filesystem::path parent = newDir.parent_path();
    std::error_code ec;
    if (!std::filesystem::exists(parent, ec)) {
        std::filesystem::create_directories(parent, ec);
        (void)::chmod(parent.c_str(), S_IRWXU);
    }
    const bool moved = !ec && std::rename(oldDir.c_str(), newDir.c_str()) == 0;
    ::close(lock); // the lock file moved with the folder; closing releases it
    if (!moved) {
        return {VaultMove::CannotMove, oldDir};
    }
    removeIfEmpty(oldDir.parent_path());
    removeIfEmpty(oldDir.parent_path().parent_path());
    return {VaultMove::Moved, newDir};
}

} // namespace twofold
