// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace twofold {

class SecretBuffer;
class Statement;
class Transaction;

enum class OpenMode
{
    Existing,        // the file must exist
    CreateIfMissing, // create it (mode 0600) when absent
};

// Whether a database changed since a reader last looked: commits by any other
// connection (another process too) move dataVersion (PRAGMA data_version), this
// connection's own inserts, updates and deletes move ownChanges.
struct ChangeStamp
{
    std::int64_t dataVersion = 0;
    std::int64_t ownChanges = 0;

    bool operator==(const ChangeStamp&) const = default;
};

// One connection to a SQLCipher (or plain) database. Move-only RAII; every
// connection gets the pragmas of DESIGN.md §3 before it is handed out.
class Database
{
public:
    // Opens a SQLCipher 4 database with a raw 256-bit key (SQLCipher's own PBKDF2 is
    // skipped). An existing file is first proven to be encrypted: a plaintext SQLite
    // file gives ErrorCode::NotEncrypted; a key that does not open it, WrongKey.
    static Result<Database> openEncrypted(const std::filesystem::path& path, const SecretBuffer& key,
                                          OpenMode mode);
    // Opens an unencrypted SQLite database (keyring.db, which holds no secret in clear,
    // and the plain-SQLite baseline of the benchmarks).
    static Result<Database> openPlain(const std::filesystem::path& path, OpenMode mode);
    // Both opens need no free byte for an existing database: when the first read fails
    // because the disk is full (a WAL database whose -shm index is missing needs room
    // to create it), the database is opened again in `locking_mode = EXCLUSIVE`, where
    // SQLite keeps the WAL index in memory and needs no -shm file. That connection
    // then holds the file's lock until it closes (docs/SECURITY.md, "Disk full").

    Database() noexcept = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    bool isOpen() const noexcept { return m_db != nullptr; }
    const std::filesystem::path& path() const noexcept { return m_path; }

    // Runs one or more statements that return no rows.
    Status exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql);
    // The same, kept prepared for the next call with the same text (rewound and its
    // bindings cleared in between): for the hot queries of listing and resolving, where
    // preparing costs more than running (§7). Only for fixed SQL text: a statement whose
    // text holds a value (a key, user text) must use prepare(). A statement still in use
    // when the same text is asked for again is prepared afresh.
    Result<Statement> prepareCached(std::string_view sql);
    // BEGIN IMMEDIATE; rolled back when the Transaction is destroyed uncommitted.
    Result<Transaction> transaction();

    Result<ChangeStamp> changeStamp();
    std::int64_t lastInsertRowId() const;
    int changes() const;
    Result<int> userVersion();
    Status setUserVersion(int version);
    // PRAGMA integrity_check (and cipher_integrity_check on encrypted databases).
    Status checkIntegrity();
    // Copies the whole database into `target` with SQLite's online backup API.
    Status backupTo(Database& target);
    // Merges the WAL into the main file.
    Status checkpoint();
    Status close();

    // Turns the connection's last SQLite result into an Error (DiskFull, DamagedDatabase, ...).
    Error lastError(int rc, std::string_view what) const;

    // SQLCipher hands a page that fails authentication to the statement reading it as
    // zeros and fails only the page reads after it, so a row can come back with part of
    // its text blanked and no error. Statement::step calls this after every row: one
    // cached statement that reads a page, which fails (DamagedDatabase) while that
    // failure is pending; skipped while no page was read from the file since the last
    // check (SQLITE_DBSTATUS_CACHE_MISS). A no-op on plain databases.
    Status checkReadsAuthenticated() const;

    sqlite3* handle() const noexcept { return m_db; }

private:
    friend class Statement;
    Database(sqlite3* db, std::filesystem::path path, bool encrypted) noexcept;
    void returnToCache(sqlite3_stmt* stmt) const noexcept;
    void finalizeCache() noexcept;
    enum class Locking
    {
        Normal,
        Exclusive, // WAL index in memory: no -shm file is needed
    };
    static Result<Database> openEncryptedOnce(const std::filesystem::path& path, const SecretBuffer& key,
                                              OpenMode mode, Locking locking);
    static Result<Database> openPlainOnce(const std::filesystem::path& path, OpenMode mode, Locking locking);
    Status applyPragmas();

    sqlite3* m_db = nullptr;
    mutable sqlite3_stmt* m_probe = nullptr; // checkReadsAuthenticated(), prepared on first use
    mutable int m_checkedMisses = -1;        // page cache misses when it last found nothing
    mutable std::unordered_map<std::string, sqlite3_stmt*> m_cache; // idle prepareCached() statements
    std::filesystem::path m_path;
    bool m_encrypted = false;
};

// Maps a SQLite result code to our error codes.
ErrorCode errorCodeForSqlite(int rc);

} // namespace twofold
