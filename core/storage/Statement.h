// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Propagate.h"
#include "common/Result.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace twofold {

class Database;

// A prepared statement. Parameters are 1-based like SQLite's; columns 0-based.
// A failed bind is remembered and reported by the next step()/run().
class Statement
{
public:
    Statement() noexcept = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, ByteView blob);
    Statement& bind(int index, const Bytes& blob) { return bind(index, ByteView(blob)); }
    Statement& bind(int index, std::nullopt_t);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bind(index, std::nullopt);
    }
    // Binds every argument in order, from parameter 1: bindAll(id, title) is
    // bind(1, id).bind(2, title).
    template <typename... Args> Statement& bindAll(const Args&... args)
    {
        int index = 0;
        (bind(++index, args), ...);
        return *this;
    }

    // true: a row is ready to read; false: done.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Status run();
    // Steps to completion and collects one text column of every row.
    Result<std::vector<std::string>> textColumn(int column = 0);
    // Clears bindings and rewinds, so the statement can run again.
    void reset();

    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const;
    Bytes columnBlob(int column) const;
    std::optional<std::int64_t> columnOptionalInt(int column) const;

private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, const Database* db, bool cached = false) noexcept
        : m_stmt(stmt), m_db(db), m_cached(cached)
    {}
    // Finalizes the statement, or rewinds it and hands it back to its Database's cache.
    void release() noexcept;

    sqlite3_stmt* m_stmt = nullptr;
    const Database* m_db = nullptr;
    bool m_cached = false; // from Database::prepareCached: goes back there, rewound
    int m_bindError = 0;
};

// Steps `stmt` to its end and calls fn(const Statement&) on every row. fn returns
// nothing, or a Status whose error stops the walk and is returned.
template <typename Fn> Status forEachRow(Statement& stmt, Fn&& fn)
{
    while (true) {
        auto row = stmt.step();
        if (!row) {
            return propagate(row);
        }
        if (!*row) {
            return {};
        }
        if constexpr (std::is_void_v<std::invoke_result_t<Fn&, const Statement&>>) {
            std::invoke(fn, std::as_const(stmt));
        } else if (auto st = std::invoke(fn, std::as_const(stmt)); !st) {
            return st;
        }
    }
}

} // namespace twofold
