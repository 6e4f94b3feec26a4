// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/detail/JournalRows.h"

#include "common/Propagate.h"
#include "journal/detail/EntryText.h"
#include "journal/detail/SearchText.h"
#include "journal/detail/Utf8.h"
#include "storage/Database.h"

#include <utility>

namespace twofold::detail {

namespace {

// Every statement is a literal: the statement cache keys on it.
constexpr std::string_view kInsertEntry = "INSERT INTO entries (id, created_at, updated_at, mood, kinds, "
                                          "prompt_id, title, first_line, body, word_count) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr std::string_view kEntryExists = "SELECT 1 FROM entries WHERE id = ?1";
constexpr std::string_view kSelectEntry =
    "SELECT created_at, updated_at, mood, kinds, prompt_id, title, body FROM entries WHERE id = ?1";

constexpr std::string_view kSelectEntryTags =
    "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
    "WHERE et.entry_id = ?1 ORDER BY et.position";
constexpr std::string_view kSelectEntryTagIds = "SELECT tag_id FROM entry_tags WHERE entry_id = ?1";
constexpr std::string_view kDeleteEntryTags = "DELETE FROM entry_tags WHERE entry_id = ?1";
constexpr std::string_view kFindTag = "SELECT id, name FROM tags WHERE fold_key = ?1";
constexpr std::string_view kInsertTag = "INSERT INTO tags (name, fold_key) VALUES (?1, ?2)";
constexpr std::string_view kRenameTag = "UPDATE tags SET name = ?2 WHERE id = ?1";
constexpr std::string_view kInsertEntryTag =
    "INSERT INTO entry_tags (entry_id, tag_id, position) VALUES (?1, ?2, ?3)";
constexpr std::string_view kDeleteTagIfUnused =
    "DELETE FROM tags WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM entry_tags WHERE tag_id = ?1)";

constexpr std::string_view kIndexEntry =
    "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kUnindexEntry = "DELETE FROM entries_fts WHERE rowid = ?1";

Result<std::vector<std::string>> readEntryTags(StatementCache& cache, EntryId id)
{
    auto stmt = cache.get(kSelectEntryTags);
    if (!stmt) {
        return propagate(stmt);
    }
    (*stmt)->bind(1, id);
    return (*stmt)->textColumn();
}

Result<std::int64_t> tagIdFor(StatementCache& cache, Database& db, const std::string& name)
{
    const std::string key = foldCase(name);
    {
        auto find = cache.get(kFindTag);
        if (!find) {
            return propagate(find);
        }
        (*find)->bind(1, key);
        auto row = (*find)->step();
        if (!row) {
            return propagate(row);
        }
        if (*row) {
            const std::int64_t id = (*find)->columnInt(0);
            // The latest spelling wins: retyping "love" as "Love" renames the tag.
            if ((*find)->columnText(1) != name) {
                if (auto st = runCached(cache, kRenameTag, id, name); !st) {
                    return propagate(st);
                }
            }
            return id;
        }
    }
    if (auto st = runCached(cache, kInsertTag, name, key); !st) {
        return propagate(st);
    }
    return db.lastInsertRowId();
}

} // namespace

Status validateFields(const EntryFields& fields)
{
    if (fields.mood && (*fields.mood < 1 || *fields.mood > 5)) {
        return fail(ErrorCode::InvalidArgument, "mood must be 1..5");
    }
    if ((fields.kinds & ~kAllIntimacyKinds) != 0) {
        return fail(ErrorCode::InvalidArgument, "unknown intimacy kind bits");
    }
    if (!isValidUtf8(fields.title) || !isValidUtf8(fields.body)) {
        return fail(ErrorCode::InvalidArgument, "entry text is not valid UTF-8");
    }
    if (fields.promptId && !isValidUtf8(*fields.promptId)) {
        return fail(ErrorCode::InvalidArgument, "prompt id is not valid UTF-8");
    }
    for (const auto& tag : fields.tags) {
        if (!isValidUtf8(tag)) {
            return fail(ErrorCode::InvalidArgument, "tag is not valid UTF-8");
        }
    }
    return {};
}

EntryFields normalized(const EntryFields& fields)
{
    EntryFields out = fields;
    out.tags = normalizeTags(fields.tags);
    return out;
}

std::int64_t wordCount(const EntryFields& fields)
{
    return static_cast<std::int64_t>(countWords(fields.title) + countWords(fields.body) +
                                     countWords(tagsForIndex(fields.tags)));
}

std::optional<int> optionalInt(const Statement& stmt, int column)
{
    if (stmt.isNull(column)) {
        return std::nullopt;
    }
    return static_cast<int>(stmt.columnInt(column));
}

EntrySummary readSummary(const Statement& row)
{
    EntrySummary summary;
    summary.id = row.columnInt(0);
    summary.title = row.columnText(1);
    summary.firstLine = row.columnText(2);
    summary.mood = optionalInt(row, 3);
    summary.kinds = static_cast<unsigned>(row.columnInt(4));
    summary.createdMs = row.columnInt(5);
    summary.updatedMs = row.columnInt(6);
    return summary;
}

Result<std::int64_t> countOf(StatementCache& cache, std::string_view sql)
{
    auto stmt = cache.get(sql);
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = (*stmt)->step();
    if (!row) {
        return propagate(row);
    }
    return *row ? (*stmt)->columnInt(0) : 0;
}

std::optional<std::string> optionalText(const Statement& stmt, int column)
{
    if (stmt.isNull(column)) {
        return std::nullopt;
    }
    return stmt.columnText(column);
}

Result<Entry> loadEntry(StatementCache& cache, EntryId id)
{
    Entry entry;
    entry.id = id;
    {
        auto stmt = cache.get(kSelectEntry);
        if (!stmt) {
            return propagate(stmt);
        }
        Statement& s = **stmt;
        s.bind(1, id);
        auto row = s.step();
        if (!row) {
            return propagate(row);
        }
        if (!*row) {
            return fail(ErrorCode::NotFound, "no entry with id " + std::to_string(id));
        }
        entry.createdMs = s.columnInt(0);
        entry.updatedMs = s.columnInt(1);
        entry.fields.mood = optionalInt(s, 2);
        entry.fields.kinds = static_cast<unsigned>(s.columnInt(3));
        entry.fields.promptId = optionalText(s, 4);
        entry.fields.title = s.columnText(5);
        entry.fields.body = s.columnText(6);
    }
    auto tags = readEntryTags(cache, id);
    if (!tags) {
        return propagate(tags);
    }
    entry.fields.tags = std::move(*tags);
    return entry;
}

Result<bool> entryExists(StatementCache& cache, EntryId id)
{
    auto stmt = cache.get(kEntryExists);
    if (!stmt) {
        return propagate(stmt);
    }
    (*stmt)->bind(1, id);
    return (*stmt)->step();
}

Status replaceTags(StatementCache& cache, Database& db, EntryId id, const std::vector<std::string>& tags,
                   bool newEntry)
{
    std::vector<std::int64_t> oldTagIds;
    if (!newEntry) { // a row just inserted has no tags yet: nothing to read (imports: a statement less per
                     // entry)
        auto stmt = cache.get(kSelectEntryTagIds);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bind(1, id);
        if (auto st = forEachRow(**stmt, [&](const Statement& s) { oldTagIds.push_back(s.columnInt(0)); });
            !st) {
            return st;
        }
    }
    if (!oldTagIds.empty()) {
        if (auto st = runCached(cache, kDeleteEntryTags, id); !st) {
            return st;
        }
    }
    for (std::size_t position = 0; position < tags.size(); ++position) {
        auto tagId = tagIdFor(cache, db, tags[position]);
        if (!tagId) {
            return propagate(tagId);
        }
        if (auto st = runCached(cache, kInsertEntryTag, id, *tagId, static_cast<std::int64_t>(position));
            !st) {
            return st;
        }
    }
    for (const std::int64_t tagId : oldTagIds) {
        if (auto st = runCached(cache, kDeleteTagIfUnused, tagId); !st) {
            return st;
        }
    }
    return {};
}

Status indexEntry(StatementCache& cache, EntryId id, const EntryFields& fields)
{
    return runCached(cache, kIndexEntry, id, fields.title, fields.body, tagsForIndex(fields.tags));
}

Status unindexEntry(StatementCache& cache, EntryId id)
{
    return runCached(cache, kUnindexEntry, id);
}

Result<EntryId> insertEntry(StatementCache& cache, Database& db, std::optional<EntryId> id,
                            const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs)
{
    if (auto st = runCached(cache, kInsertEntry, id, createdMs, updatedMs, fields.mood,
                            static_cast<std::int64_t>(fields.kinds), fields.promptId, fields.title,
                            firstLine(fields.body), fields.body, wordCount(fields));
        !st) {
        return propagate(st);
    }
    const EntryId newId = db.lastInsertRowId();
    if (auto st = replaceTags(cache, db, newId, fields.tags, true); !st) {
        return propagate(st);
    }
    if (auto st = indexEntry(cache, newId, fields); !st) {
        return propagate(st);
    }
    return newId;
}

} // namespace twofold::detail
