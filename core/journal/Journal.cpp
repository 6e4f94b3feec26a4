// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/Journal.h"

#include "crypto/SecretBuffer.h"
#include "journal/detail/EntryText.h"
#include "journal/detail/SearchRank.h"
#include "journal/detail/SearchText.h"
#include "journal/detail/StatementCache.h"
#include "journal/detail/Utf8.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace twofold {

namespace {

using detail::StatementCache;

// The list never hands out more than this many rows at once.
constexpr int kMaxPageSize = 1000;
constexpr int kMaxSearchResults = 1000;

// ---- SQL -------------------------------------------------------------------
// Every statement is a literal: the statement cache keys on it.

constexpr std::string_view kInsertEntry = "INSERT INTO entries (id, created_at, updated_at, mood, kinds, "
                                          "prompt_id, title, first_line, body, word_count) "
                                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
// updated_at never goes before created_at, whatever the clock says.
constexpr std::string_view kUpdateEntry =
    "UPDATE entries SET updated_at = max(?1, created_at), mood = ?2, kinds = ?3, prompt_id = ?4, title = ?5, "
    "first_line = ?6, body = ?7, word_count = ?9 WHERE id = ?8";
constexpr std::string_view kDeleteEntry = "DELETE FROM entries WHERE id = ?1";
constexpr std::string_view kEntryExists = "SELECT 1 FROM entries WHERE id = ?1";
constexpr std::string_view kSelectEntry =
    "SELECT created_at, updated_at, mood, kinds, prompt_id, title, body FROM entries WHERE id = ?1";
constexpr std::string_view kCountEntries = "SELECT count(*) FROM entries";

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
constexpr std::string_view kTagsInUse = "SELECT name FROM tags t WHERE EXISTS "
                                        "(SELECT 1 FROM entry_tags et WHERE et.tag_id = t.id) "
                                        "ORDER BY fold_key, name";

constexpr std::string_view kIndexEntry =
    "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kUnindexEntry = "DELETE FROM entries_fts WHERE rowid = ?1";

// Keyset paging over the entries_newest_first index: no OFFSET, so page 1,000 costs
// what page 1 does, and no body is read.
constexpr std::string_view kFirstPage = "SELECT id, title, first_line, mood, kinds, created_at, updated_at "
                                        "FROM entries ORDER BY created_at DESC, id DESC LIMIT ?1";
constexpr std::string_view kNextPage = "SELECT id, title, first_line, mood, kinds, created_at, updated_at "
                                       "FROM entries WHERE (created_at, id) < (?1, ?2) "
                                       "ORDER BY created_at DESC, id DESC LIMIT ?3";
// The tags of one page in one query: the page is the index range between its first
// and last rows.
constexpr std::string_view kPageTags =
    "SELECT et.entry_id, t.name FROM entries e "
    "JOIN entry_tags et ON et.entry_id = e.id JOIN tags t ON t.id = et.tag_id "
    "WHERE (e.created_at, e.id) <= (?1, ?2) AND (e.created_at, e.id) >= (?3, ?4) "
    "ORDER BY et.entry_id, et.position";

// Ranks every match by BM25 (detail/SearchRank.h: title weighs most, then tags,
// then body), newest first among equals, and keeps the best; only those rows'
// bodies are read, for their snippets.
constexpr std::string_view kSearch =
    "WITH best AS MATERIALIZED ("
    "  SELECT entries_fts.rowid AS id, twofold_rank(entries_fts, e.word_count) AS score, e.created_at AS "
    "created "
    "  FROM entries_fts JOIN entries e INDEXED BY entries_search_rank ON e.id = entries_fts.rowid "
    "  WHERE entries_fts MATCH ?1 "
    "  ORDER BY score, created DESC, id DESC LIMIT ?2) "
    "SELECT e.id, e.title, e.body, e.created_at FROM best JOIN entries e ON e.id = best.id "
    "ORDER BY best.score, best.created DESC, best.id DESC";

constexpr std::string_view kSaveDraft =
    "INSERT INTO drafts (entry_key, title, body, mood, kinds, tags, prompt_id, saved_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (entry_key) DO UPDATE SET title = excluded.title, body = excluded.body, mood = "
    "excluded.mood, "
    "kinds = excluded.kinds, tags = excluded.tags, prompt_id = excluded.prompt_id, saved_at = "
    "excluded.saved_at";
constexpr std::string_view kSelectDraft =
    "SELECT title, body, mood, kinds, tags, prompt_id, saved_at FROM drafts WHERE entry_key = ?1";
constexpr std::string_view kDeleteDraft = "DELETE FROM drafts WHERE entry_key = ?1";

constexpr std::string_view kSelectSetting = "SELECT value FROM settings WHERE key = ?1";
constexpr std::string_view kUpsertSetting = "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT "
                                            "(key) DO UPDATE SET value = excluded.value";

// ---- helpers ----------------------------------------------------------------

std::unexpected<Error> forward(const Error& error)
{
    return std::unexpected(error);
}

Status validateFields(const EntryFields& fields)
{
    if (fields.mood && (*fields.mood < 1 || *fields.mood > 5)) {
        return fail(ErrorCode::InvalidArgument, "mood must be 1..5");
    }
    if ((fields.kinds & ~kAllIntimacyKinds) != 0) {
        return fail(ErrorCode::InvalidArgument, "unknown intimacy kind bits");
    }
    if (!detail::isValidUtf8(fields.title) || !detail::isValidUtf8(fields.body)) {
        return fail(ErrorCode::InvalidArgument, "entry text is not valid UTF-8");
    }
    if (fields.promptId && !detail::isValidUtf8(*fields.promptId)) {
        return fail(ErrorCode::InvalidArgument, "prompt id is not valid UTF-8");
    }
    for (const auto& tag : fields.tags) {
        if (!detail::isValidUtf8(tag)) {
            return fail(ErrorCode::InvalidArgument, "tag is not valid UTF-8");
        }
    }
    return {};
}

std::int64_t draftKey(std::optional<EntryId> entryId)
{
    return entryId.value_or(0);
}

Status validateDraftKey(std::optional<EntryId> entryId)
{
    if (entryId && *entryId <= 0) {
        return fail(ErrorCode::InvalidArgument, "draft entry id must be positive");
    }
    return {};
}

std::optional<int> optionalInt(const Statement& stmt, int column)
{
    if (stmt.isNull(column)) {
        return std::nullopt;
    }
    return static_cast<int>(stmt.columnInt(column));
}

std::optional<std::string> optionalText(const Statement& stmt, int column)
{
    if (stmt.isNull(column)) {
        return std::nullopt;
    }
    return stmt.columnText(column);
}

Result<std::vector<std::string>> readEntryTags(StatementCache& cache, EntryId id)
{
    auto stmt = cache.get(kSelectEntryTags);
    if (!stmt) {
        return forward(stmt.error());
    }
    (*stmt)->bind(1, id);
    return (*stmt)->textColumn();
}

Result<Entry> loadEntry(StatementCache& cache, EntryId id)
{
    Entry entry;
    entry.id = id;
    {
        auto stmt = cache.get(kSelectEntry);
        if (!stmt) {
            return forward(stmt.error());
        }
        Statement& s = **stmt;
        s.bind(1, id);
        auto row = s.step();
        if (!row) {
            return forward(row.error());
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
        return forward(tags.error());
    }
    entry.fields.tags = std::move(*tags);
    return entry;
}

Result<bool> entryExists(StatementCache& cache, EntryId id)
{
    auto stmt = cache.get(kEntryExists);
    if (!stmt) {
        return forward(stmt.error());
    }
    (*stmt)->bind(1, id);
    return (*stmt)->step();
}

// Runs a statement that returns no rows, with the given bindings.
template <typename... Args> Status run(StatementCache& cache, std::string_view sql, const Args&... args)
{
    auto stmt = cache.get(sql);
    if (!stmt) {
        return forward(stmt.error());
    }
    int index = 0;
    ((*stmt)->bind(++index, args), ...);
    return (*stmt)->run();
}

Result<std::int64_t> tagIdFor(StatementCache& cache, Database& db, const std::string& name)
{
    const std::string key = detail::foldCase(name);
    {
        auto find = cache.get(kFindTag);
        if (!find) {
            return forward(find.error());
        }
        (*find)->bind(1, key);
        auto row = (*find)->step();
        if (!row) {
            return forward(row.error());
        }
        if (*row) {
            const std::int64_t id = (*find)->columnInt(0);
            // The latest spelling wins: retyping "love" as "Love" renames the tag.
            if ((*find)->columnText(1) != name) {
                if (auto st = run(cache, kRenameTag, id, name); !st) {
                    return forward(st.error());
                }
            }
            return id;
        }
    }
    if (auto st = run(cache, kInsertTag, name, key); !st) {
        return forward(st.error());
    }
    return db.lastInsertRowId();
}

// Replaces an entry's tags; tags no entry uses any more are deleted.
Status replaceTags(StatementCache& cache, Database& db, EntryId id, const std::vector<std::string>& tags)
{
    std::vector<std::int64_t> oldTagIds;
    {
        auto stmt = cache.get(kSelectEntryTagIds);
        if (!stmt) {
            return forward(stmt.error());
        }
        (*stmt)->bind(1, id);
        while (true) {
            auto row = (*stmt)->step();
            if (!row) {
                return forward(row.error());
            }
            if (!*row) {
                break;
            }
            oldTagIds.push_back((*stmt)->columnInt(0));
        }
    }
    if (!oldTagIds.empty()) {
        if (auto st = run(cache, kDeleteEntryTags, id); !st) {
            return st;
        }
    }
    for (std::size_t position = 0; position < tags.size(); ++position) {
        auto tagId = tagIdFor(cache, db, tags[position]);
        if (!tagId) {
            return forward(tagId.error());
        }
        if (auto st = run(cache, kInsertEntryTag, id, *tagId, static_cast<std::int64_t>(position)); !st) {
            return st;
        }
    }
    for (const std::int64_t tagId : oldTagIds) {
        if (auto st = run(cache, kDeleteTagIfUnused, tagId); !st) {
            return st;
        }
    }
    return {};
}

Status indexEntry(StatementCache& cache, EntryId id, const EntryFields& fields)
{
    return run(cache, kIndexEntry, id, fields.title, fields.body, detail::tagsForIndex(fields.tags));
}

Status unindexEntry(StatementCache& cache, EntryId id)
{
    return run(cache, kUnindexEntry, id);
}

std::int64_t wordCount(const EntryFields& fields)
{
    return static_cast<std::int64_t>(detail::countWords(fields.title) + detail::countWords(fields.body) +
                                     detail::countWords(detail::tagsForIndex(fields.tags)));
}

EntryFields normalized(const EntryFields& fields)
{
    EntryFields out = fields;
    out.tags = detail::normalizeTags(fields.tags);
    return out;
}

// Inserts a whole entry (row, tags, index) inside the caller's transaction. An
// empty id lets SQLite choose one.
Result<EntryId> insertEntry(StatementCache& cache, Database& db, std::optional<EntryId> id,
                            const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs)
{
    {
        auto stmt = cache.get(kInsertEntry);
        if (!stmt) {
            return forward(stmt.error());
        }
        Statement& s = **stmt;
        s.bind(1, id)
            .bind(2, createdMs)
            .bind(3, updatedMs)
            .bind(4, fields.mood)
            .bind(5, static_cast<std::int64_t>(fields.kinds))
            .bind(6, fields.promptId)
            .bind(7, fields.title)
            .bind(8, detail::firstLine(fields.body))
            .bind(9, fields.body)
            .bind(10, wordCount(fields));
        if (auto st = s.run(); !st) {
            return forward(st.error());
        }
    }
    const EntryId newId = db.lastInsertRowId();
    if (auto st = replaceTags(cache, db, newId, fields.tags); !st) {
        return forward(st.error());
    }
    if (auto st = indexEntry(cache, newId, fields); !st) {
        return forward(st.error());
    }
    return newId;
}

} // namespace

// ---- life cycle -----------------------------------------------------------------

Journal::Journal(std::unique_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_statements(std::make_unique<detail::StatementCache>(*m_db)), m_clock(&clock)
{}

Journal::Journal(Journal&&) noexcept = default;

Journal& Journal::operator=(Journal&& other) noexcept
{
    if (this != &other) {
        // Statements go before the connection they belong to.
        m_statements = std::move(other.m_statements);
        m_db = std::move(other.m_db);
        m_clock = other.m_clock;
    }
    return *this;
}

Journal::~Journal()
{
    m_statements.reset();
}

Result<Journal> Journal::open(const std::filesystem::path& path, const SecretBuffer& key, OpenMode mode,
                              const Clock& clock)
{
    auto db = Database::openEncrypted(path, key, mode);
    if (!db) {
        return forward(db.error());
    }
    return fromDatabase(std::move(*db), clock);
}

Result<Journal> Journal::fromDatabase(Database db, const Clock& clock)
{
    if (!db.isOpen()) {
        return fail(ErrorCode::InvalidArgument, "journal database is not open");
    }
    if (auto st = migrate(db, Schema::Journal); !st) {
        return forward(st.error());
    }
    // Search and the list read across the whole file; the default 2 MiB page cache
    // would decrypt the same pages again on every query (DESIGN.md §7 budgets).
    if (auto st = db.exec("PRAGMA cache_size = -32768;"); !st) {
        return forward(st.error());
    }
    if (auto st = detail::registerSearchRank(db); !st) {
        return forward(st.error());
    }
    return Journal(std::make_unique<Database>(std::move(db)), clock);
}

Status Journal::close()
{
    if (m_statements) {
        m_statements->clear();
    }
    if (!m_db) {
        return {};
    }
    return m_db->close();
}

Status Journal::ensureOpen() const
{
    if (!m_db || !m_statements || !m_db->isOpen()) {
        return fail(ErrorCode::Internal, "journal is closed");
    }
    return {};
}

// ---- entries ------------------------------------------------------------------------

Result<EntryId> Journal::create(const EntryFields& fields)
{
    const std::int64_t now = m_clock->nowMs();
    return createAt(fields, now, now);
}

Result<EntryId> Journal::createAt(const EntryFields& fields, std::int64_t createdMs, std::int64_t updatedMs)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    if (auto st = validateFields(fields); !st) {
        return forward(st.error());
    }
    const EntryFields clean = normalized(fields);
    auto tx = m_db->transaction();
    if (!tx) {
        return forward(tx.error());
    }
    auto id =
        insertEntry(*m_statements, *m_db, std::nullopt, clean, createdMs, std::max(createdMs, updatedMs));
    if (!id) {
        return id;
    }
    if (auto st = tx->commit(); !st) {
        return forward(st.error());
    }
    return id;
}

Result<std::vector<EntryId>>
Journal::createAll(std::span<const TimedEntry> entries,
                   const std::function<Status(std::size_t, EntryId)>& alsoInTransaction)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    for (const TimedEntry& entry : entries) {
        if (auto st = validateFields(entry.fields); !st) {
            return forward(st.error());
        }
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return forward(tx.error());
    }
    std::vector<EntryId> ids;
    ids.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TimedEntry& entry = entries[i];
        auto id = insertEntry(*m_statements, *m_db, std::nullopt, normalized(entry.fields), entry.createdMs,
                              std::max(entry.createdMs, entry.updatedMs));
        if (!id) {
            return forward(id.error());
        }
        if (alsoInTransaction) {
            if (auto st = alsoInTransaction(i, *id); !st) {
                return forward(st.error());
            }
        }
        ids.push_back(*id);
    }
    if (auto st = tx->commit(); !st) {
        return forward(st.error());
    }
    return ids;
}

Status Journal::update(EntryId id, const EntryFields& fields)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = validateFields(fields); !st) {
        return st;
    }
    const EntryFields clean = normalized(fields);
    auto tx = m_db->transaction();
    if (!tx) {
        return forward(tx.error());
    }
    auto& cache = *m_statements;
    {
        auto stmt = cache.get(kUpdateEntry);
        if (!stmt) {
            return forward(stmt.error());
        }
        Statement& s = **stmt;
        s.bind(1, m_clock->nowMs())
            .bind(2, clean.mood)
            .bind(3, static_cast<std::int64_t>(clean.kinds))
            .bind(4, clean.promptId)
            .bind(5, clean.title)
            .bind(6, detail::firstLine(clean.body))
            .bind(7, clean.body)
            .bind(8, id)
            .bind(9, wordCount(clean));
        if (auto st = s.run(); !st) {
            return st;
        }
    }
    if (m_db->changes() == 0) {
        return fail(ErrorCode::NotFound, "no entry with id " + std::to_string(id));
    }
    if (auto st = replaceTags(cache, *m_db, id, clean.tags); !st) {
        return st;
    }
    if (auto st = unindexEntry(cache, id); !st) {
        return st;
    }
    if (auto st = indexEntry(cache, id, clean); !st) {
        return st;
    }
    if (auto st = run(cache, kDeleteDraft, id); !st) {
        return st;
    }
    return tx->commit();
}

Result<Entry> Journal::remove(EntryId id)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return forward(tx.error());
    }
    auto& cache = *m_statements;
    auto entry = loadEntry(cache, id);
    if (!entry) {
        return entry;
    }
    if (auto st = unindexEntry(cache, id); !st) {
        return forward(st.error());
    }
    if (auto st = replaceTags(cache, *m_db, id, {}); !st) {
        return forward(st.error());
    }
    if (auto st = run(cache, kDeleteEntry, id); !st) {
        return forward(st.error());
    }
    if (auto st = run(cache, kDeleteDraft, id); !st) {
        return forward(st.error());
    }
    if (auto st = tx->commit(); !st) {
        return forward(st.error());
    }
    return entry;
}

Status Journal::restore(const Entry& entry)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (entry.id <= 0) {
        return fail(ErrorCode::InvalidArgument, "restored entry needs its id");
    }
    if (auto st = validateFields(entry.fields); !st) {
        return st;
    }
    const EntryFields clean = normalized(entry.fields);
    auto tx = m_db->transaction();
    if (!tx) {
        return forward(tx.error());
    }
    auto& cache = *m_statements;
    auto exists = entryExists(cache, entry.id);
    if (!exists) {
        return forward(exists.error());
    }
    if (*exists) {
        return fail(ErrorCode::InvalidArgument, "entry id " + std::to_string(entry.id) + " is in use");
    }
    auto id = insertEntry(cache, *m_db, entry.id, clean, entry.createdMs, entry.updatedMs);
    if (!id) {
        return forward(id.error());
    }
    return tx->commit();
}

Result<Entry> Journal::get(EntryId id)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    return loadEntry(*m_statements, id);
}

Result<std::vector<EntrySummary>> Journal::list(const PageRequest& request)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    if (request.limit < 1) {
        return fail(ErrorCode::InvalidArgument, "page limit must be positive");
    }
    const int limit = std::min(request.limit, kMaxPageSize);
    auto& cache = *m_statements;
    std::vector<EntrySummary> page;
    page.reserve(static_cast<std::size_t>(limit));
    {
        auto stmt = cache.get(request.after ? kNextPage : kFirstPage);
        if (!stmt) {
            return forward(stmt.error());
        }
        Statement& s = **stmt;
        if (request.after) {
            s.bind(1, request.after->createdMs).bind(2, request.after->id).bind(3, limit);
        } else {
            s.bind(1, limit);
        }
        while (true) {
            auto row = s.step();
            if (!row) {
                return forward(row.error());
            }
            if (!*row) {
                break;
            }
            EntrySummary summary;
            summary.id = s.columnInt(0);
            summary.title = s.columnText(1);
            summary.firstLine = s.columnText(2);
            summary.mood = optionalInt(s, 3);
            summary.kinds = static_cast<unsigned>(s.columnInt(4));
            summary.createdMs = s.columnInt(5);
            summary.updatedMs = s.columnInt(6);
            page.push_back(std::move(summary));
        }
    }
    if (page.empty()) {
        return page;
    }
    std::unordered_map<EntryId, std::size_t> rowOf;
    rowOf.reserve(page.size());
    for (std::size_t i = 0; i < page.size(); ++i) {
        rowOf.emplace(page[i].id, i);
    }
    auto stmt = cache.get(kPageTags);
    if (!stmt) {
        return forward(stmt.error());
    }
    Statement& s = **stmt;
    s.bind(1, page.front().createdMs)
        .bind(2, page.front().id)
        .bind(3, page.back().createdMs)
        .bind(4, page.back().id);
    while (true) {
        auto row = s.step();
        if (!row) {
            return forward(row.error());
        }
        if (!*row) {
            break;
        }
        if (auto found = rowOf.find(s.columnInt(0)); found != rowOf.end()) {
            page[found->second].tags.push_back(s.columnText(1));
        }
    }
    return page;
}

Result<std::int64_t> Journal::count()
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    auto stmt = m_statements->get(kCountEntries);
    if (!stmt) {
        return forward(stmt.error());
    }
    auto row = (*stmt)->step();
    if (!row) {
        return forward(row.error());
    }
    return *row ? (*stmt)->columnInt(0) : 0;
}

Result<std::vector<SearchHit>> Journal::search(std::string_view query, int limit)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    if (limit < 1) {
        return fail(ErrorCode::InvalidArgument, "search limit must be positive");
    }
    if (!detail::isValidUtf8(query)) {
        return fail(ErrorCode::InvalidArgument, "search text is not valid UTF-8");
    }
    const detail::SearchQuery parsed = detail::parseSearchQuery(query);
    std::vector<SearchHit> hits;
    if (parsed.empty()) {
        return hits;
    }
    auto stmt = m_statements->get(kSearch);
    if (!stmt) {
        return forward(stmt.error());
    }
    Statement& s = **stmt;
    s.bind(1, parsed.matchExpression).bind(2, std::min(limit, kMaxSearchResults));
    while (true) {
        auto row = s.step();
        if (!row) {
            // Error::detail never quotes the query (Database::lastError keeps only
            // the fixed description of generic errors).
            return forward(row.error());
        }
        if (!*row) {
            break;
        }
        SearchHit hit;
        hit.id = s.columnInt(0);
        hit.title = s.columnText(1);
        detail::Snippet snippet = detail::buildSnippet(s.columnText(2), parsed);
        hit.snippet = std::move(snippet.text);
        hit.highlights = std::move(snippet.highlights);
        hit.createdMs = s.columnInt(3);
        hits.push_back(std::move(hit));
    }
    return hits;
}

Result<std::vector<std::string>> Journal::tags()
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    auto stmt = m_statements->get(kTagsInUse);
    if (!stmt) {
        return forward(stmt.error());
    }
    return (*stmt)->textColumn();
}

// ---- drafts ---------------------------------------------------------------------------

Status Journal::saveDraft(const Draft& draft)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = validateDraftKey(draft.entryId); !st) {
        return st;
    }
    if (auto st = validateFields(draft.fields); !st) {
        return st;
    }
    // One statement in autocommit mode: one durable transaction (WAL, synchronous=FULL).
    auto stmt = m_statements->get(kSaveDraft);
    if (!stmt) {
        return forward(stmt.error());
    }
    const EntryFields& f = draft.fields;
    (*stmt)
        ->bind(1, draftKey(draft.entryId))
        .bind(2, f.title)
        .bind(3, f.body)
        .bind(4, f.mood)
        .bind(5, static_cast<std::int64_t>(f.kinds))
        .bind(6, detail::encodeTagList(f.tags))
        .bind(7, f.promptId)
        .bind(8, m_clock->nowMs());
    return (*stmt)->run();
}

Result<std::optional<Draft>> Journal::draft(std::optional<EntryId> entryId)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    if (auto st = validateDraftKey(entryId); !st) {
        return forward(st.error());
    }
    auto stmt = m_statements->get(kSelectDraft);
    if (!stmt) {
        return forward(stmt.error());
    }
    Statement& s = **stmt;
    s.bind(1, draftKey(entryId));
    auto row = s.step();
    if (!row) {
        return forward(row.error());
    }
    if (!*row) {
        return std::optional<Draft>();
    }
    Draft result;
    result.entryId = entryId;
    result.fields.title = s.columnText(0);
    result.fields.body = s.columnText(1);
    result.fields.mood = optionalInt(s, 2);
    result.fields.kinds = static_cast<unsigned>(s.columnInt(3));
    auto tags = detail::decodeTagList(s.columnText(4));
    if (!tags) {
        return fail(ErrorCode::DamagedDatabase, "draft tags are malformed");
    }
    result.fields.tags = std::move(*tags);
    result.fields.promptId = optionalText(s, 5);
    result.savedMs = s.columnInt(6);
    return std::optional<Draft>(std::move(result));
}

Status Journal::discardDraft(std::optional<EntryId> entryId)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (auto st = validateDraftKey(entryId); !st) {
        return st;
    }
    return run(*m_statements, kDeleteDraft, draftKey(entryId));
}

// ---- settings ---------------------------------------------------------------------------

Result<std::optional<std::string>> Journal::setting(std::string_view key)
{
    if (auto st = ensureOpen(); !st) {
        return forward(st.error());
    }
    auto stmt = m_statements->get(kSelectSetting);
    if (!stmt) {
        return forward(stmt.error());
    }
    (*stmt)->bind(1, key);
    auto row = (*stmt)->step();
    if (!row) {
        return forward(row.error());
    }
    if (!*row) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>((*stmt)->columnText(0));
}

Status Journal::setSetting(std::string_view key, std::string_view value)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (key.empty()) {
        return fail(ErrorCode::InvalidArgument, "setting key is empty");
    }
    if (!detail::isValidUtf8(key) || !detail::isValidUtf8(value)) {
        return fail(ErrorCode::InvalidArgument, "setting is not valid UTF-8");
    }
    return run(*m_statements, kUpsertSetting, key, value);
}

} // namespace twofold
