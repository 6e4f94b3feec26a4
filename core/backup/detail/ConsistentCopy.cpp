// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/detail/ConsistentCopy.h"

#include "common/AtomicFile.h"
#include "common/Propagate.h"

#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace twofold::detail {

namespace {

// SQLite's unix VFS keeps the wal-index locks as byte-range locks in the -shm file:
// UNIX_SHM_BASE = (22 + SQLITE_SHM_NLOCK) * 4 = 120, then WAL_WRITE_LOCK (0),
// WAL_CKPT_LOCK (1), WAL_RECOVER_LOCK (2), WAL_READ_LOCK(i) (3 + i), and the "dead man
// switch" at 120 + 8 = 128 that every open connection holds shared.
constexpr off_t kShmCheckpointLock = 120 + 1;
constexpr off_t kShmReadLock1 = 120 + 3 + 1;
constexpr off_t kShmDeadManSwitch = 128;

constexpr int kAttempts = 400;
constexpr auto kRetryDelay = std::chrono::milliseconds(5);

Result<std::optional<std::string>> readWholeFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT) {
            return std::optional<std::string>();
        }
        return std::unexpected(ioErrorFromErrno(errno, "open " + path.filename().string()));
    }
    std::string data;
    char buffer[1 << 16];
    while (true) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            ::close(fd);
            return std::unexpected(ioErrorFromErrno(error, "read " + path.filename().string()));
        }
        if (n == 0) {
            break;
        }
        data.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return std::optional<std::string>(std::move(data));
}

// Open-file-description locks: they conflict with SQLite's own fcntl locks, also in
// this process, and closing our descriptor releases only ours.
bool sharedLockByte(int fd, off_t offset)
{
    struct flock lock = {};
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = offset;
    lock.l_len = 1;
    return ::fcntl(fd, F_OFD_SETLK, &lock) == 0;
}

struct FileStamp
{
    bool exists = false;
    off_t size = 0;
    std::int64_t mtimeNs = 0;
    ino_t inode = 0;
    bool operator==(const FileStamp&) const = default;
};

FileStamp stamp(const std::filesystem::path& path)
{
    struct stat st = {};
    if (::stat(path.c_str(), &st) != 0) {
        return {};
    }
    return {true, st.st_size,
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec, st.st_ino};
}

std::filesystem::path withSuffix(const std::filesystem::path& db, const char* suffix)
{
    std::filesystem::path p = db;
    p += suffix;
    return p;
}

Result<DatabaseSnapshot> readPair(const std::filesystem::path& db)
{
    auto main = readWholeFile(db);
    if (!main) {
        return propagate(main);
    }
    if (!*main) {
        return fail(ErrorCode::DamagedDatabase, "missing " + db.filename().string());
    }
    auto wal = readWholeFile(withSuffix(db, "-wal"));
    if (!wal) {
        return propagate(wal);
    }
    return DatabaseSnapshot{std::move(**main), std::move(*wal)};
}

} // namespace

VaultQuiet::VaultQuiet(const std::filesystem::path& vaultDir)
{
    // Every Vault holds the folder's lock shared for as long as it lives: if we get it
    // exclusively, no Twofold process of either account has the vault open, and none can
    // open it until we let go.
    if (auto lock = FolderLock::take(vaultDir, FolderLock::Kind::Exclusive)) {
        m_lock = std::move(*lock);
    }
}

VaultQuiet::~VaultQuiet() = default;

Result<DatabaseSnapshot> snapshotDatabase(const std::filesystem::path& db, bool quiet)
{
    if (quiet) {
        return readPair(db);
    }
    const auto shmPath = withSuffix(db, "-shm");
    const auto walPath = withSuffix(db, "-wal");
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        if (attempt > 0) {
            std::this_thread::sleep_for(kRetryDelay);
        }
        const int shm = ::open(shmPath.c_str(), O_RDONLY | O_CLOEXEC);
        if (shm >= 0) {
            // A connection has the database open (or had, and left its wal-index). Hold
            // off checkpoints (which write the main file) and WAL restarts (which
            // overwrite frames from the start; they need every read-mark slot 1..N
            // exclusively), and keep the wal-index from being reset by a new opener.
            const bool locked = sharedLockByte(shm, kShmDeadManSwitch) &&
                                sharedLockByte(shm, kShmCheckpointLock) && sharedLockByte(shm, kShmReadLock1);
            if (!locked) {
                ::close(shm); // a checkpoint is running right now: try again shortly
                continue;
            }
            auto pair = readPair(db);
            ::close(shm); // releases our locks
            return pair;
        }
        if (errno != ENOENT) {
            return std::unexpected(ioErrorFromErrno(errno, "open " + shmPath.filename().string()));
        }
        // Nobody has it open right now; somebody may open it while we read. Accept the
        // copy only if neither file changed and no wal-index appeared meanwhile.
        const FileStamp mainBefore = stamp(db);
        const FileStamp walBefore = stamp(walPath);
        auto pair = readPair(db);
        if (!pair) {
            return pair;
        }
        if (stamp(db) == mainBefore && stamp(walPath) == walBefore && !stamp(shmPath).exists) {
            return pair;
        }
    }
    return fail(ErrorCode::VaultInUse, "the database kept changing while being copied");
}

} // namespace twofold::detail
