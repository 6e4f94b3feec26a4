// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/FileLock.h"

#include "common/FileModes.h"

#include <cerrno>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace twofold {

namespace {

Error lockOpenError(int err, std::string_view what)
{
    if (err == EACCES || err == EPERM) {
        return Error{ErrorCode::PermissionDenied, "no permission to open the " + std::string(what)};
    }
    return Error{ErrorCode::IoError, "cannot open the " + std::string(what)};
}

struct HeldPartnerLock
{
    int fd = -1;
    int count = 0;
    pid_t pid = 0; // a forked child inherits the table (and the lock's description), not the lock
};

std::mutex& registryMutex()
{
    static std::mutex m;
    return m;
}

std::map<std::string, HeldPartnerLock>& registry()
{
    static std::map<std::string, HeldPartnerLock> held;
    return held;
}

void dropPartnerLock(const std::string& key) noexcept
{
    if (key.empty()) {
        return;
    }
    const std::lock_guard guard(registryMutex());
    auto it = registry().find(key);
    if (it == registry().end() || it->second.pid != ::getpid()) {
        return;
    }
    if (--it->second.count == 0) {
        ::flock(it->second.fd, LOCK_UN);
        ::close(it->second.fd);
        registry().erase(it);
    }
}

} // namespace

Result<FolderLock> FolderLock::take(const std::filesystem::path& folder, Kind kind)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(lockOpenError(errno, "vault folder"));
    }
    if (::flock(fd, (kind == Kind::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK) {
            return fail(ErrorCode::VaultInUse, kind == Kind::Shared ? "the vault is being replaced or moved"
                                                                    : "another process has the vault open");
        }
        return fail(ErrorCode::IoError, "cannot lock the vault folder");
    }
    return FolderLock(fd);
}

FolderLock::FolderLock(FolderLock&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

FolderLock& FolderLock::operator=(FolderLock&& other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

FolderLock::~FolderLock()
{
    release();
}

Status FolderLock::makeExclusive()
{
    if (m_fd < 0) {
        return fail(ErrorCode::Internal, "no folder lock held");
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        return fail(ErrorCode::VaultInUse, "another process has the vault open");
    }
    return {};
}

void FolderLock::release() noexcept
{
    if (m_fd >= 0) {
        ::flock(m_fd, LOCK_UN);
        ::close(m_fd);
        m_fd = -1;
    }
}

Result<PartnerLock> PartnerLock::take(const std::filesystem::path& lockFile)
{
    const std::string key = lockFile.lexically_normal().string();
    const std::lock_guard guard(registryMutex());
    if (auto it = registry().find(key); it != registry().end()) {
        if (it->second.pid == ::getpid()) {
            ++it->second.count;
            return PartnerLock(key);
        }
        // Held by the process this one was forked from: this one is another process and
        // takes the lock on a description of its own (which the parent's lock refuses).
        registry().erase(it);
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd =
            ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, vaultFileMode(lockFile.parent_path()));
        if (fd < 0) {
            return std::unexpected(lockOpenError(errno, "journal's lock file"));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int err = errno;
            ::close(fd);
            if (err == EWOULDBLOCK) {
                return fail(ErrorCode::VaultInUse, "this partner's journal is open in another process");
            }
            return fail(ErrorCode::IoError, "cannot lock the journal");
        }
        // Locked what the name pointed to when we opened it; if the file was deleted or
        // replaced meanwhile, lock the one the name points to now.
        struct stat held = {};
        struct stat named = {};
        if (::fstat(fd, &held) == 0 && ::stat(lockFile.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
            held.st_dev == named.st_dev) {
            registry()[key] = HeldPartnerLock{fd, 1, ::getpid()};
            return PartnerLock(key);
        }
        ::flock(fd, LOCK_UN);
        ::close(fd);
    }
    return fail(ErrorCode::VaultInUse, "the journal's lock file keeps changing");
}

PartnerLock::PartnerLock(PartnerLock&& other) noexcept : m_key(std::exchange(other.m_key, {})) {}

PartnerLock& PartnerLock::operator=(PartnerLock&& other) noexcept
{
    if (this != &other) {
        dropPartnerLock(m_key);
        m_key = std::exchange(other.m_key, {});
    }
    return *this;
}

PartnerLock::~PartnerLock()
{
    dropPartnerLock(m_key);
}

} // namespace twofold
