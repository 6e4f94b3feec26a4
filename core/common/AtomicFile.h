// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"

#include <filesystem>
#include <string_view>

namespace twofold {

// Writes a file so that PATH holds either its old content or the whole new content:
// the bytes go to a new file `PATH.partial-XXXXXX` (a random suffix, created
// exclusively) in the destination folder (never $TMPDIR: a rename cannot cross file
// systems, and a shared temp folder is the wrong place for a journal), are fsynced,
// renamed over PATH, and the folder is fsynced. Created 0600. Destroying an
// uncommitted AtomicFile removes that partial file, and nothing else: a `PATH.partial`
// it did not create is left alone.
class AtomicFile
{
public:
    static Result<AtomicFile> begin(const std::filesystem::path& path);

    AtomicFile(AtomicFile&& other) noexcept;
    AtomicFile& operator=(AtomicFile&& other) noexcept;
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile();

    Status write(ByteView bytes);
    Status write(std::string_view text) { return write(asBytes(text)); }
    // fsync, rename over the target, fsync the folder.
    Status commit();

    const std::filesystem::path& partialPath() const noexcept { return m_partial; }

private:
    AtomicFile(int fd, std::filesystem::path target, std::filesystem::path partial) noexcept;
    void abandon() noexcept;

    int m_fd = -1;
    std::filesystem::path m_target;
    std::filesystem::path m_partial;
};

// Writes a whole file atomically (AtomicFile).
Status writeFileAtomically(const std::filesystem::path& path, std::string_view content);
// fsync of a folder, so a rename or a new file in it survives a power cut.
Status syncDirectory(const std::filesystem::path& dir);
// errno of a failed write/open as our error code (ENOSPC/EDQUOT: DiskFull).
Error ioErrorFromErrno(int error, std::string_view what);

} // namespace twofold
