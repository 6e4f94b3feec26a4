// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Database.h"

#include "common/FileModes.h"
#include "crypto/SecretBuffer.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <sodium.h>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

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
        return std::unexpected(st.error());
    }
    return db;
}

// PRAGMA cipher_integrity_check lists every page whose HMAC does not verify.
bool pagesFailAuthentication(sqlite3* db)
{
    int damagedPages = 0;
    const int rc = sqlite3_exec(
        db, "PRAGMA cipher_integrity_check;",
        [](void* count, int, char**, char**) {
            ++*static_cast<int*>(count);
            return 0;
        },
        &damagedPages, nullptr);
    return rc == SQLITE_OK && damagedPages > 0;
}

} // namespace

ErrorCode errorCodeForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_IOERR:
        return ErrorCode::IoError;
    case SQLITE_CANTOPEN:
        return ErrorCode::IoError;
    case SQLITE_READONLY:
        return ErrorCode::IoError;
    case SQLITE_PERM:
        return ErrorCode::IoError;
    case SQLITE_CORRUPT:
        return ErrorCode::DamagedDatabase;
    case SQLITE_NOTADB:
        return ErrorCode::DamagedDatabase;
    case SQLITE_BUSY:
        return ErrorCode::VaultInUse;
    case SQLITE_LOCKED:
        return ErrorCode::VaultInUse;
    case SQLITE_CONSTRAINT:
        return ErrorCode::InvalidArgument;
    case SQLITE_TOOBIG:
        return ErrorCode::InvalidArgument;
    case SQLITE_NOMEM:
        return ErrorCode::Internal;
    default:
        return ErrorCode::Internal;
    }
}

Database::Database(sqlite3* db, std::filesystem::path path, bool encrypted) noexcept
    : m_db(db), m_path(std::move(path)), m_encrypted(encrypted)
{}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_probe(std::exchange(other.m_probe, nullptr)),
      m_checkedMisses(std::exchange(other.m_checkedMisses, -1)), m_cache(std::exchange(other.m_cache, {})),
      m_path(std::move(other.m_path)), m_encrypted(other.m_encrypted)
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        (void)close();
        m_db = std::exchange(other.m_db, nullptr);
        m_probe = std::exchange(other.m_probe, nullptr);
        m_checkedMisses = std::exchange(other.m_checkedMisses, -1);
        m_cache = std::exchange(other.m_cache, {});
        m_path = std::move(other.m_path);
        m_encrypted = other.m_encrypted;
    }
    return *this;
}

Database::~Database()
{
    (void)close();
}

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
            return std::unexpected(plain.error());
        }
        if (*plain) {
            return fail(ErrorCode::NotEncrypted, "database is not encrypted: " + path.filename().string());
        }
    }
    auto handle = openHandle(path, mode);
    if (!handle) {
        return std::unexpected(handle.error());
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
        return std::unexpected(st.error());
    }
    // And the locking mode before the first WAL access, or SQLite maps the -shm file.
    if (locking == Locking::Exclusive) {
        if (auto st = db.exec("PRAGMA locking_mode = EXCLUSIVE;"); !st) {
            return std::unexpected(st.error());
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
        return std::unexpected(st.error());
    }
    return db;
}

Result<Database> Database::openPlainOnce(const std::filesystem::path& path, OpenMode mode, Locking locking)
{
    auto handle = openHandle(path, mode);
    if (!handle) {
        return std::unexpected(handle.error());
    }
    Database db(*handle, path, false);
    if (locking == Locking::Exclusive) {
        if (auto st = db.exec("PRAGMA locking_mode = EXCLUSIVE;"); !st) {
            return std::unexpected(st.error());
        }
    }
    const int rc = sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return std::unexpected(db.lastError(rc, "first read"));
    }
    if (auto st = db.applyPragmas(); !st) {
        return std::unexpected(st.error());
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
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row || stmt->columnText(0) != "wal") {
        return fail(ErrorCode::IoError, "cannot switch database to WAL mode");
    }
    return {};
}

Status Database::exec(std::string_view sql)
{
    if (m_db == nullptr) {
        return fail(ErrorCode::Internal, "database is closed");
    }
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return std::unexpected(lastError(rc, "exec"));
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (m_db == nullptr) {
        return fail(ErrorCode::Internal, "database is closed");
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(lastError(rc, "prepare"));
    }
    return Statement(stmt, this);
}

Result<Statement> Database::prepareCached(std::string_view sql)
{
    if (m_db == nullptr) {
        return fail(ErrorCode::Internal, "database is closed");
    }
    if (const auto it = m_cache.find(std::string(sql)); it != m_cache.end()) {
        sqlite3_stmt* stmt = it->second;
        m_cache.erase(it);
        return Statement(stmt, this, true);
    }
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(lastError(rc, "prepare"));
    }
    return Statement(stmt, this, true);
}

void Database::returnToCache(sqlite3_stmt* stmt) const noexcept
{
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const char* sql = sqlite3_sql(stmt);
    if (m_db == nullptr || sql == nullptr || !m_cache.try_emplace(sql, stmt).second) {
        sqlite3_finalize(stmt);
    }
}

void Database::finalizeCache() noexcept
{
    for (auto& [sql, stmt] : m_cache) {
        sqlite3_finalize(stmt);
    }
    m_cache.clear();
}

Result<Transaction> Database::transaction()
{
    if (auto st = exec("BEGIN IMMEDIATE;"); !st) {
        return std::unexpected(st.error());
    }
    return Transaction(this);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Result<int> Database::userVersion()
{
    auto stmt = prepare("PRAGMA user_version;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    return *row ? static_cast<int>(stmt->columnInt(0)) : 0;
}

Status Database::setUserVersion(int version)
{
    return exec("PRAGMA user_version = " + std::to_string(version) + ";");
}

Status Database::checkIntegrity()
{
    auto runCheck = [this](std::string_view sql, bool okMeansOneRowOk) -> Status {
        auto stmt = prepare(sql);
        if (!stmt) {
            return std::unexpected(stmt.error());
        }
        int rows = 0;
        while (true) {
            auto row = stmt->step();
            if (!row) {
                return std::unexpected(row.error());
            }
            if (!*row) {
                break;
            }
            ++rows;
            if (okMeansOneRowOk && stmt->columnText(0) != "ok") {
                return fail(ErrorCode::DamagedDatabase, std::string(sql) + " reported damage");
            }
        }
        // cipher_integrity_check returns no rows when every page authenticates.
        if (!okMeansOneRowOk && rows > 0) {
            return fail(ErrorCode::DamagedDatabase, std::string(sql) + " reported damage");
        }
        return {};
    };
    if (m_encrypted) {
        if (auto st = runCheck("PRAGMA cipher_integrity_check;", false); !st) {
            return st;
        }
    }
    return runCheck("PRAGMA integrity_check;", true);
}

Status Database::backupTo(Database& target)
{
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (backup == nullptr) {
        return std::unexpected(target.lastError(sqlite3_errcode(target.m_db), "backup_init"));
    }
    int rc = sqlite3_backup_step(backup, -1);
    const int finishRc = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return std::unexpected(target.lastError(rc, "backup_step"));
    }
    if (finishRc != SQLITE_OK) {
        return std::unexpected(target.lastError(finishRc, "backup_finish"));
    }
    return {};
}

Status Database::checkpoint()
{
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return std::unexpected(lastError(rc, "checkpoint"));
    }
    return {};
}

Status Database::close()
{
    if (m_db == nullptr) {
        return {};
    }
    sqlite3_finalize(std::exchange(m_probe, nullptr));
    finalizeCache();
    sqlite3* db = std::exchange(m_db, nullptr);
    const int rc = sqlite3_close_v2(db);
    if (rc != SQLITE_OK) {
        return fail(errorCodeForSqlite(rc), "close");
    }
    return {};
}

Result<ChangeStamp> Database::changeStamp()
{
    auto stmt = prepareCached("PRAGMA data_version;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
    }
    if (!*row) {
        return fail(ErrorCode::IoError, "PRAGMA data_version returned nothing");
    }
    return ChangeStamp{stmt->columnInt(0), sqlite3_total_changes64(m_db)};
}

Status Database::checkReadsAuthenticated() const
{
    if (!m_encrypted || m_db == nullptr) {
        return {};
    }
    // Only a page read from the file can fail authentication: while every page came from
    // the cache since the last check, there is nothing new to check (and no allocation,
    // which cipher_memory_security makes cost two system calls).
    int misses = 0;
    int highwater = 0;
    if (sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highwater, 0) == SQLITE_OK &&
        misses == m_checkedMisses) {
        return {};
    }
    if (m_probe == nullptr) {
        constexpr std::string_view kProbe = "SELECT 1 FROM sqlite_schema LIMIT 1;";
        const int rc = sqlite3_prepare_v3(m_db, kProbe.data(), static_cast<int>(kProbe.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_probe, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(std::exchange(m_probe, nullptr));
            return std::unexpected(lastError(rc, "read check"));
        }
    }
    const int rc = sqlite3_step(m_probe);
    if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
        sqlite3_reset(m_probe);
        if (sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highwater, 0) == SQLITE_OK) {
            m_checkedMisses = misses;
        }
        return {};
    }
    Error error = lastError(rc, "read check");
    sqlite3_reset(m_probe);
    return std::unexpected(std::move(error));
}

Error Database::lastError(int rc, std::string_view what) const
{
    // A generic SQLITE_ERROR message can quote user text (an FTS5 query "near ..."),
    // so only the fixed description of the code is kept for those.
    std::string detail(what);
    detail += ": ";
    const bool mayQuoteUserText = (rc & 0xff) == SQLITE_ERROR;
    detail += (m_db != nullptr && !mayQuoteUserText) ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    ErrorCode code = errorCodeForSqlite(rc);
    // SQLite reports ENOSPC as SQLITE_FULL only for short writes; a full disk met by
    // fsync, ftruncate or the WAL index, a quota (EDQUOT) or a file size limit (EFBIG)
    // arrive as SQLITE_IOERR_*. The user's remedy is the same: make room.
    if ((rc & 0xff) == SQLITE_IOERR && m_db != nullptr) {
        const int err = sqlite3_system_errno(m_db);
        // Growing the WAL index (-shm) fails only for want of room.
        if (err == ENOSPC || err == EDQUOT || err == EFBIG || rc == SQLITE_IOERR_SHMSIZE) {
            code = ErrorCode::DiskFull;
        }
    }
    // SQLCipher reports a page that fails authentication in the middle of a query as a
    // bare SQLITE_ERROR with no message of its own. On an encrypted database such an
    // error is checked against every page's HMAC: damage is DamagedDatabase, not a bug.
    if (code == ErrorCode::Internal && m_encrypted && m_db != nullptr && (rc & 0xff) == SQLITE_ERROR &&
        std::string_view(sqlite3_errmsg(m_db)) == sqlite3_errstr(SQLITE_ERROR) &&
        pagesFailAuthentication(m_db)) {
        code = ErrorCode::DamagedDatabase;
        detail += " (a page failed authentication)";
    }
    return Error{code, std::move(detail)};
}

} // namespace twofold
