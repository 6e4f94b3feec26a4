// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/detail/RestoreFolder.h"

#include "common/Propagate.h"

#include <cerrno>
#include <optional>
#include <stdlib.h>
#include <sys/stat.h>

namespace twofold::detail {

// mkdtemp next to `target`, mode 0700.
Result<std::filesystem::path> siblingTempDir(const std::filesystem::path& target, std::string_view tag)
{
    const auto parent = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::string pattern =
        (parent / ("." + target.filename().string() + "." + std::string(tag) + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        return std::unexpected(ioErrorFromErrno(errno, "make restore folder"));
    }
    return std::filesystem::path(pattern);
}

// A durable copy of a file of the vault (which nobody has open: we hold its lock).
Status copyVaultFile(const std::filesystem::path& from, const std::filesystem::path& to)
{
    const InputFile in(from);
    struct stat st = {};
    if (in.fd() < 0 || ::fstat(in.fd(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return fail(ErrorCode::IoError, "cannot read a file of the vault");
    }
    auto out = AtomicFile::begin(to);
    if (!out) {
        return propagate(out);
    }
    if (auto s = in.read(0, static_cast<std::uint64_t>(st.st_size),
                         [&](std::string_view chunk) -> Status { return out->write(chunk); });
        !s) {
        return s;
    }
    return out->commit();
}

// Moves the finished folder `temp` into `vaultDir` (an old vault there goes aside, then is
// deleted). An error before the second rename means nothing changed (the old vault is put
// back); after it the restore has happened (docs/BACKUP.md, "Restore").
Status installFolder(const std::filesystem::path& temp, const std::filesystem::path& vaultDir,
                     bool targetExists)
{
    std::error_code ec;
    std::optional<std::filesystem::path> old;
    if (targetExists) {
        auto aside = siblingTempDir(vaultDir, "old");
        if (!aside) {
            return propagate(aside);
        }
        std::filesystem::remove(*aside, ec);
        if (::rename(vaultDir.c_str(), aside->c_str()) != 0) {
            return std::unexpected(ioErrorFromErrno(errno, "move old vault aside"));
        }
        old = *aside;
    }
    if (::rename(temp.c_str(), vaultDir.c_str()) != 0) {
        const int error = errno;
        if (old) {
            ::rename(old->c_str(), vaultDir.c_str()); // put the old vault back
        }
        return std::unexpected(ioErrorFromErrno(error, "move restored vault into place"));
    }
    // From here on the restore has happened: the restored vault is in place and is what
    // the next open sees. A failing fsync of the parent folder (the rename's durability
    // against a power cut in the next moments) or an old vault that cannot be deleted
    // does not make it "not restored"; reporting an error now would claim that nothing
    // changed, which would be false (docs/BACKUP.md, "Restore").
    const auto parent = vaultDir.parent_path().empty() ? std::filesystem::path(".") : vaultDir.parent_path();
    (void)syncDirectory(parent);
    if (old) {
        std::filesystem::remove_all(*old, ec);
    }
    return {};
}

} // namespace twofold::detail
