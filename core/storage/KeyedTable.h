// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Propagate.h"
#include "common/Result.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace twofold {

namespace detail {
// What a row reader gives: T, from a reader returning T or Result<T>.
template <typename T> struct RowValue
{
    using type = T;
    static constexpr bool fallible = false;
};
template <typename T> struct RowValue<Result<T>>
{
    using type = T;
    static constexpr bool fallible = true;
};
} // namespace detail

// A table read and written one row at a time by its primary key: a settings table
// (key -> value) or the journal's drafts (entry -> draft). Each table names its own
// three statements; their text is fixed, so they stay prepared between calls
// (Database::prepareCached).
struct KeyedTable
{
    std::string_view selectSql; // ?1 = the key; returns the row's columns
    std::string_view upsertSql; // ?1 = the key, then the row's values in order
    std::string_view deleteSql; // ?1 = the key

    // The row under `key`, read by readRow(const Statement&) (which returns the value,
    // or a Result of it), or nothing when there is none.
    template <typename Key, typename ReadRow> auto find(Database& db, const Key& key, ReadRow&& readRow) const
    {
        using Read = detail::RowValue<std::invoke_result_t<ReadRow&, const Statement&>>;
        using Value = typename Read::type;
        using Found = Result<std::optional<Value>>;
        auto stmt = db.prepareCached(selectSql);
        if (!stmt) {
            return Found(propagate(stmt));
        }
        stmt->bind(1, key);
        auto row = stmt->step();
        if (!row) {
            return Found(propagate(row));
        }
        if (!*row) {
            return Found(std::optional<Value>());
        }
        if constexpr (Read::fallible) {
            auto value = readRow(std::as_const(*stmt));
            if (!value) {
                return Found(propagate(value));
            }
            return Found(std::optional<Value>(std::move(*value)));
        } else {
            return Found(std::optional<Value>(readRow(std::as_const(*stmt))));
        }
    }

    // Writes (inserts or replaces) the row under `key`.
    template <typename Key, typename... Values>
    Status put(Database& db, const Key& key, const Values&... values) const
    {
        auto stmt = db.prepareCached(upsertSql);
        if (!stmt) {
            return propagate(stmt);
        }
        return stmt->bindAll(key, values...).run();
    }

    // Deletes the row under `key`; no row is no error.
    template <typename Key> Status erase(Database& db, const Key& key) const
    {
        auto stmt = db.prepareCached(deleteSql);
        if (!stmt) {
            return propagate(stmt);
        }
        return stmt->bind(1, key).run();
    }

    // For a key/value table: the text value under `key`, or nothing.
    Result<std::optional<std::string>> text(Database& db, std::string_view key) const
    {
        return find(db, key, [](const Statement& s) { return s.columnText(0); });
    }
};

} // namespace twofold
