// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "storage/Database.h"

#include "common/Propagate.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <cerrno>
#include <string>
#include <utility>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

namespace twofold {

namespace {

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
        return propagate(st);
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
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
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
            return propagate(stmt);
        }
        int rows = 0;
        auto read = forEachRow(*stmt, [&](const Statement& row) -> Status {
            ++rows;
            if (okMeansOneRowOk && row.columnText(0) != "ok") {
                return fail(ErrorCode::DamagedDatabase, std::string(sql) + " reported damage");
            }
            return {};
        });
        if (!read) {
            return read;
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
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
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
