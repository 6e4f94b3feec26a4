// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "storage/Statement.h"

#include <memory>
#include <string_view>
#include <unordered_map>

namespace twofold {
class Database;
}

namespace twofold::detail {

// Prepared statements kept for the life of a connection, so hot paths (saving an
// entry, paging the list, searching) do not re-parse SQL. The Database must not
// move while the cache exists (Journal holds it behind a unique_ptr).
class StatementCache
{
public:
    // A statement borrowed from the cache; reset (bindings cleared, read snapshot
    // released) when the lease ends.
    class Lease
    {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        Statement& operator*() const noexcept { return *m_stmt; }
        Statement* operator->() const noexcept { return m_stmt; }

    private:
        friend class StatementCache;
        Lease(Statement* stmt, bool* inUse) noexcept : m_stmt(stmt), m_inUse(inUse) {}
        explicit Lease(std::unique_ptr<Statement> owned) noexcept;

        Statement* m_stmt = nullptr;
        bool* m_inUse = nullptr;
        std::unique_ptr<Statement> m_owned; // a one-off copy when the cached one is busy
    };

    explicit StatementCache(Database& db) noexcept : m_db(&db) {}
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // `sql` is the cache key and must outlive the cache: pass a string literal.
    Result<Lease> get(std::string_view sql);
    // Finalizes every cached statement (before the connection closes).
    void clear() noexcept;

private:
    struct Slot
    {
        Statement stmt;
        bool inUse = false;
    };

    Database* m_db;
    std::unordered_map<std::string_view, Slot> m_slots;
};

} // namespace twofold::detail
