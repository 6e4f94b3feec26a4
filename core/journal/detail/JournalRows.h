// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Propagate.h"
#include "common/Result.h"
#include "journal/Entry.h"
#include "journal/detail/StatementCache.h"
#include "storage/Statement.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {
class Database;
}

// The rows behind one entry (entries, its tags, its search index row), read and
// written inside the caller's transaction; shared by Journal's operations.
namespace twofold::detail {

// Runs a cached statement that returns no rows, with the given bindings.
template <typename... Args> Status runCached(StatementCache& cache, std::string_view sql, const Args&... args)
{
    auto stmt = cache.get(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    return (*stmt)->bindAll(args...).run();
}

Status validateFields(const EntryFields& fields);
// The fields as stored: tags normalized.
EntryFields normalized(const EntryFields& fields);
std::int64_t wordCount(const EntryFields& fields);

std::optional<int> optionalInt(const Statement& stmt, int column);
// A list row: id, title, first line, mood, kinds, created_at, updated_at (tags not read).
EntrySummary readSummary(const Statement& row);
// The first column of a cached one-row statement (0 when it returns no row).
Result<std::int64_t> countOf(StatementCache& cache, std::string_view sql);
std::optional<std::string> optionalText(const Statement& stmt, int column);

Result<Entry> loadEntry(StatementCache& cache, EntryId id);
Result<bool> entryExists(StatementCache& cache, EntryId id);
// Replaces an entry's tags; tags no entry uses any more are deleted.
Status replaceTags(StatementCache& cache, Database& db, EntryId id, const std::vector<std::string>& tags,
                   bool newEntry = false);
Status indexEntry(StatementCache& cache, EntryId id, const EntryFields& fields);
Status unindexEntry(StatementCache& cache, EntryId id);
// Inserts a whole entry (row, tags, index). An empty id lets SQLite choose one.
Result<EntryId> insertEntry(StatementCache& cache, Database& db, std::optional<EntryId> id,
                            const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs);

} // namespace twofold::detail
