// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/FileModes.h"
#include "vault/SharedVault.h"
#include "vault/detail/SharedAcl.h"

#include <acl/libacl.h>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <string_view>
#include <sys/acl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

// Moving a whole vault, private or shared, to another folder.
namespace twofold::shared {

using detail::errnoError;

namespace {

Status syncFolder(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(errnoError(errno, "open a folder"));
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        return std::unexpected(errnoError(err, "sync a folder"));
    }
    return {};
}

// Copies one file into `to` (created with the folder's vault file mode) and fsyncs it.
Status copyFile(const std::filesystem::path& from, const std::filesystem::path& to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) {
        return std::unexpected(errnoError(errno, "read a vault file"));
    }
    const mode_t mode = vaultFileMode(to.parent_path());
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (out < 0) {
        const int err = errno;
        ::close(in);
        return std::unexpected(errnoError(err, "write a vault file"));
    }
    Status st;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(in, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            st = std::unexpected(errnoError(errno, "read a vault file"));
            break;
        }
        if (n == 0) {
            break;
        }
        ssize_t done = 0;
        while (done < n) {
            const ssize_t w = ::write(out, buffer + done, static_cast<std::size_t>(n - done));
            if (w < 0) {
                if (errno == EINTR) {
                    continue;
                }
                st = std::unexpected(errnoError(errno, "write a vault file"));
                break;
            }
            done += w;
        }
        if (!st) {
            break;
        }
    }
    if (st && (::fchmod(out, mode) != 0 || ::fsync(out) != 0)) {
        st = std::unexpected(errnoError(errno, "write a vault file"));
    }
    ::close(in);
    ::close(out);
    return st;
}

} // namespace

Status moveVault(Vault vault, const std::filesystem::path& destination, Sharing sharing,
                 std::optional<uid_t> partner)
{
    if (sharing == Sharing::WithPartner && !partner) {
        return fail(ErrorCode::InvalidArgument, "sharing needs the partner's account");
    }
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(destination, ec))) {
        return fail(ErrorCode::VaultExists, "something is already at the destination");
    }
    if (auto st = vault.holdExclusively(); !st) {
        return st;
    }
    const std::filesystem::path source = vault.directory();
    const std::filesystem::path parent = destination.parent_path();
    if (sharing == Sharing::Private && !std::filesystem::exists(parent, ec)) {
        std::filesystem::create_directories(parent, ec);
        if (ec) {
            return fail(ErrorCode::IoError, "cannot make the folder above the vault");
        }
    }
    std::string pattern = (parent / ("." + destination.filename().string() + ".moving-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        return std::unexpected(errnoError(errno, "make a folder for the moved vault"));
    }
    const std::filesystem::path temp(pattern);
    auto abandon = [&](Status st) {
        std::error_code ignored;
        std::filesystem::remove_all(temp, ignored);
        return st;
    };
    if (sharing == Sharing::WithPartner) {
        if (auto st = shareFolder(temp, ::geteuid(), *partner); !st) {
            return abandon(st);
        }
    }
    // Nobody else has the vault open (held exclusively): its files, with their -wal, are a
    // consistent whole. Lock files and -shm (rebuilt by SQLite) stay behind.
    for (const auto& file : std::filesystem::directory_iterator(source, ec)) {
        const std::string name = file.path().filename().string();
        struct stat fst = {};
        if (::lstat(file.path().c_str(), &fst) != 0 || !S_ISREG(fst.st_mode) || name.ends_with(".lock") ||
            name.ends_with("-shm") || name.starts_with(".")) {
            continue;
        }
        if (auto st = copyFile(file.path(), temp / name); !st) {
            return abandon(st);
        }
    }
    if (ec) {
        return abandon(fail(ErrorCode::IoError, "cannot list the vault folder"));
    }
    if (auto st = syncFolder(temp); !st) {
        return abandon(st);
    }
    if (::rename(temp.c_str(), destination.c_str()) != 0) {
        return abandon(std::unexpected(errnoError(errno, "move the vault into place")));
    }
    (void)syncFolder(parent);
    // The copy is in place: the old folder goes while we still hold it exclusively (a folder
    // in the shared place that another account made stays behind, empty: only its maker may
    // remove it there).
    for (const auto& file : std::filesystem::directory_iterator(source, ec)) {
        std::error_code ignored;
        std::filesystem::remove_all(file.path(), ignored);
    }
    {
        [[maybe_unused]] Vault closed = std::move(vault);
    }
    ::rmdir(source.c_str());
    return {};
}

} // namespace twofold::shared
