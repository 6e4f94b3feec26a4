// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/FileModes.h"
#include "common/Propagate.h"
#include "crypto/SecretBuffer.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <sodium.h>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

// Opening a database: the encryption check, the key, the locking fallback for a
// full disk and the pragmas every connection gets (DESIGN.md §3).
namespace twofold {

namespace {

constexpr std::string_view kPlainHeader{"SQLite format 3\0", 16};
// Two accounts' processes may write couple.db and keyring.db at the same moment: the
// loser waits (transactions are short) rather than fail.
constexpr int kBusyTimeoutMs = 5000;

// The first 16 bytes of a plaintext SQLite file are a fixed magic string; an
// encrypted SQLCipher file starts with its random salt instead.
Result<bool> fileIsPlainSqlite(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return fail(ErrorCode::IoError, "cannot read database header");
    }
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    if (in.gcount() < static_cast<std::streamsize>(header.size())) {
        return false; // empty or truncated: not a plaintext database either
    }
    return std::string_view(header.data(), header.size()) == kPlainHeader;
}

// 0600, or 0660 in a shared vault (common/FileModes.h). SQLite gives -wal, -shm and
// -journal files the main file's mode, so this decides theirs too.
Status ensureFileMode(const std::filesystem::path& path)
{
    if (::chmod(path.c_str(), vaultFileMode(path.parent_path())) != 0 && errno != ENOENT && errno != EPERM) {
        return fail(ErrorCode::IoError, "cannot set database file mode");
    }
    return {};
}

Result<sqlite3*> openHandle(const std::filesystem::path& path, OpenMode mode)
{
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (mode == OpenMode::Existing && !exists) {
        return fail(ErrorCode::NotFound, "database file missing: " + path.filename().string());
    }
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX;
    if (mode == OpenMode::CreateIfMissing) {
        flags |= SQLITE_OPEN_CREATE;
    }
    if (!exists) {
        // Create the file ourselves so it has its mode from its first byte (0600; 0660 in
        // a shared vault, where the folder's default ACL, not the umask, decides the rest).
        const int fd =
            ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, vaultFileMode(path.parent_path()));
        if (fd < 0) {
            return fail(errno == EACCES ? ErrorCode::PermissionDenied : ErrorCode::IoError,
                        "cannot create database file");
        }
        ::close(fd);
    }
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close_v2(db);
        return fail(errorCodeForSqlite(rc), std::string("sqlite3_open_v2: ") + sqlite3_errstr(rc));
    }
    sqlite3_extended_result_codes(db, 1);
    // SQLCipher logs failed decryptions to stderr; our callers report errors themselves.
    sqlite3_exec(db, "PRAGMA cipher_log_level = NONE;", nullptr, nullptr, nullptr);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    if (auto st = ensureFileMode(path); !st) {
        sqlite3_close_v2(db);
        return propagate(st);
    }
    return db;
}

} // namespace

Result<Database> Database::openEncrypted(const std::filesystem::path& path, const SecretBuffer& key,
                                         OpenMode mode)
{
    auto db = openEncryptedOnce(path, key, mode, Locking::Normal);
    if (!db && db.error().code == ErrorCode::DiskFull) {
        return openEncryptedOnce(path, key, mode, Locking::Exclusive);
    }
    return db;
}

Result<Database> Database::openPlain(const std::filesystem::path& path, OpenMode mode)
{
    auto db = openPlainOnce(path, mode, Locking::Normal);
    if (!db && db.error().code == ErrorCode::DiskFull) {
        return openPlainOnce(path, mode, Locking::Exclusive);
    }
    return db;
}

Result<Database> Database::openEncryptedOnce(const std::filesystem::path& path, const SecretBuffer& key,
                                             OpenMode mode, Locking locking)
{
    if (key.size() != 32) {
        return fail(ErrorCode::InvalidArgument, "database key must be 32 bytes");
    }
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && std::filesystem::file_size(path, ec) > 0) {
        auto plain = fileIsPlainSqlite(path);
        if (!plain) {
            return propagate(plain);
        }
        if (*plain) {
            return fail(ErrorCode::NotEncrypted, "database is not encrypted: " + path.filename().string());
        }
    }
    auto handle = openHandle(path, mode);
    if (!handle) {
        return propagate(handle);
    }
    Database db(*handle, path, true);

    // Raw key form x'<64 hex digits>' skips SQLCipher's PBKDF2. Built in secure memory.
    SecretBuffer keySpec(3 + 64);
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(keySpec.data() + 2), 65, key.data(), key.size());
    keySpec.data()[66] = '\'';
    int rc = sqlite3_key(db.m_db, keySpec.data(), static_cast<int>(keySpec.size()));
    keySpec.wipe();
    if (rc != SQLITE_OK) {
        return std::unexpected(db.lastError(rc, "sqlite3_key"));
    }
    // cipher_memory_security must be set before the first page is read.
    if (auto st = db.exec("PRAGMA cipher_memory_security = ON;"); !st) {
        return propagate(st);
    }
    // And the locking mode before the first WAL access, or SQLite maps the -shm file.
    if (locking == Locking::Exclusive) {
        if (auto st = db.exec("PRAGMA locking_mode = EXCLUSIVE;"); !st) {
            return propagate(st);
        }
    }
    // Reading the schema is the first decryption: a key that does not fit fails here.
    int schemaObjects = 0;
    rc = sqlite3_exec(
        db.m_db, "SELECT count(*) FROM sqlite_schema;",
        [](void* out, int, char** values, char**) {
            *static_cast<int*>(out) = values[0] != nullptr ? std::atoi(values[0]) : 0;
            return 0;
        },
        &schemaObjects, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB) {
            return fail(ErrorCode::WrongKey,
                        "database did not open with its key: " + path.filename().string());
        }
        return std::unexpected(db.lastError(rc, "first read"));
    }
    // A database that must exist but holds nothing was truncated to zero (SQLite reads
    // an empty file as a valid empty database): damage, never a fresh empty journal.
    if (mode == OpenMode::Existing && schemaObjects == 0) {
        return fail(ErrorCode::DamagedDatabase, "database is empty: " + path.filename().string());
    }
    if (auto st = db.applyPragmas(); !st) {
        return propagate(st);
    }
    return db;
}

Result<Database> Database::openPlainOnce(const std::filesystem::path& path, OpenMode mode, Locking locking)
{
    auto handle = openHandle(path, mode);
    if (!handle) {
        return propagate(handle);
    }
    Database db(*handle, path, false);
    if (locking == Locking::Exclusive) {
        if (auto st = db.exec("PRAGMA locking_mode = EXCLUSIVE;"); !st) {
            return propagate(st);
        }
    }
    const int rc = sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return std::unexpected(db.lastError(rc, "first read"));
    }
    if (auto st = db.applyPragmas(); !st) {
        return propagate(st);
    }
    return db;
}

Status Database::applyPragmas()
{
    // DESIGN.md §3: temp files would be plaintext, so temp tables live in memory;
    // WAL + synchronous=FULL make an acknowledged commit survive a power cut.
    if (auto st = exec("PRAGMA temp_store = MEMORY;"
                       "PRAGMA foreign_keys = ON;"
                       "PRAGMA synchronous = FULL;");
        !st) {
        return st;
    }
    auto stmt = prepare("PRAGMA journal_mode = WAL;");
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row || stmt->columnText(0) != "wal") {
        return fail(ErrorCode::IoError, "cannot switch database to WAL mode");
    }
    return {};
}

} // namespace twofold
