// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <filesystem>
#include <string>

namespace twofold {

// flock on a vault's folder itself (an open descriptor of the directory), not on a file
// inside it: deleting or replacing a lock file cannot let a restore in under a process
// that has the vault open (docs/ARCHITECTURE.md, "Locks").
//   Shared    every Twofold process that has the vault open, of either account
//   Exclusive a restore, a move, a backup that wants the vault quiet: nobody has it open
class FolderLock
{
public:
    enum class Kind
    {
        Shared,
        Exclusive,
    };
    FolderLock() = default;
    // VaultInUse when the other kind is held elsewhere; PermissionDenied, IoError otherwise.
    static Result<FolderLock> take(const std::filesystem::path& folder, Kind kind);
    FolderLock(FolderLock&& other) noexcept;
    FolderLock& operator=(FolderLock&& other) noexcept;
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    ~FolderLock();

    bool held() const noexcept { return m_fd >= 0; }
    // Shared to exclusive on the same descriptor: VaultInUse while another process holds it.
    Status makeExclusive();
    void release() noexcept;

private:
    explicit FolderLock(int fd) noexcept : m_fd(fd) {}
    int m_fd = -1;
};

// One partner's journal is open in one process at a time: `partner-<id>.lock`, held with
// flock for as long as any session of this process has that partner unlocked (a process
// may unlock the same partner more than once: together mode, tests). Created with the
// vault's file mode. A lock file replaced while held is noticed by the next taker (it
// re-checks the inode after locking).
class PartnerLock
{
public:
    PartnerLock() = default;
    static Result<PartnerLock> take(const std::filesystem::path& lockFile);
    PartnerLock(PartnerLock&& other) noexcept;
    PartnerLock& operator=(PartnerLock&& other) noexcept;
    PartnerLock(const PartnerLock&) = delete;
    PartnerLock& operator=(const PartnerLock&) = delete;
    ~PartnerLock();

private:
    explicit PartnerLock(std::string key) noexcept : m_key(std::move(key)) {}
    std::string m_key; // empty: holds nothing
};

} // namespace twofold
