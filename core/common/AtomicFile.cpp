// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/AtomicFile.h"

#include "common/FileModes.h"
#include "common/Propagate.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace twofold {

Error ioErrorFromErrno(int error, std::string_view what)
{
    if (error == ENOSPC || error == EDQUOT) {
        return Error{ErrorCode::DiskFull, std::string(what) + ": disk full"};
    }
    return Error{ErrorCode::IoError, std::string(what) + ": errno " + std::to_string(error)};
}

Status syncDirectory(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(ioErrorFromErrno(errno, "open folder"));
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0) {
        return std::unexpected(ioErrorFromErrno(error, "fsync folder"));
    }
    return {};
}

AtomicFile::AtomicFile(int fd, std::filesystem::path target, std::filesystem::path partial) noexcept
    : m_fd(fd), m_target(std::move(target)), m_partial(std::move(partial))
{}

Result<AtomicFile> AtomicFile::begin(const std::filesystem::path& path)
{
    if (path.empty() || !path.has_filename()) {
        return fail(ErrorCode::InvalidArgument, "output path has no file name");
    }
    // A fresh name made exclusively (mkostemp: O_EXCL, 0600), so the only file this
    // object ever removes is one it created: a `PATH.partial` that was already there
    // (someone else's file or folder) is never touched.
    std::string pattern = path.string() + ".partial-XXXXXX";
    const int fd = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (fd < 0) {
        return std::unexpected(ioErrorFromErrno(errno, "create output"));
    }
    // 0600; 0660 inside a shared vault folder, whose default ACL names the two accounts.
    ::fchmod(fd, vaultFileMode(path.parent_path()));
    return AtomicFile(fd, path, std::filesystem::path(std::move(pattern)));
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_target(std::move(other.m_target)),
      m_partial(std::move(other.m_partial))
{}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept
{
    if (this != &other) {
        abandon();
        m_fd = std::exchange(other.m_fd, -1);
        m_target = std::move(other.m_target);
        m_partial = std::move(other.m_partial);
    }
    return *this;
}

AtomicFile::~AtomicFile()
{
    abandon();
}

void AtomicFile::abandon() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
        ::unlink(m_partial.c_str());
    }
}

Status AtomicFile::write(ByteView bytes)
{
    if (m_fd < 0) {
        return fail(ErrorCode::Internal, "atomic file is closed");
    }
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return std::unexpected(ioErrorFromErrno(errno, "write output"));
        }
        done += static_cast<std::size_t>(n);
    }
    return {};
}

Status AtomicFile::commit()
{
    if (m_fd < 0) {
        return fail(ErrorCode::Internal, "atomic file is closed");
    }
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        abandon();
        return std::unexpected(ioErrorFromErrno(error, "fsync output"));
    }
    if (::close(std::exchange(m_fd, -1)) != 0) {
        const int error = errno;
        ::unlink(m_partial.c_str());
        return std::unexpected(ioErrorFromErrno(error, "close output"));
    }
    if (::rename(m_partial.c_str(), m_target.c_str()) != 0) {
        const int error = errno;
        ::unlink(m_partial.c_str());
        return std::unexpected(ioErrorFromErrno(error, "rename output"));
    }
    const auto parent = m_target.parent_path().empty() ? std::filesystem::path(".") : m_target.parent_path();
    return syncDirectory(parent);
}

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content)
{
    auto file = AtomicFile::begin(path);
    if (!file) {
        return propagate(file);
    }
    if (auto st = file->write(content); !st) {
        return st;
    }
    return file->commit();
}

} // namespace twofold
