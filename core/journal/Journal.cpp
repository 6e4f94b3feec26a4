// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/Journal.h"

#include "common/Propagate.h"
#include "crypto/SecretBuffer.h"
#include "journal/detail/EntryText.h"
#include "journal/detail/JournalRows.h"
#include "journal/detail/JournalTables.h"
#include "journal/detail/SearchRank.h"
#include "journal/detail/StatementCache.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

// A journal's life cycle and its entries: create, update, remove, restore, read and
// page through them. Search, drafts and settings have files of their own.
namespace twofold {

namespace {

using detail::insertEntry;
using detail::normalized;
using detail::runCached;
using detail::validateFields;

// The list never hands out more than this many rows at once.
constexpr int kMaxPageSize = 1000;

// Every statement is a literal: the statement cache keys on it.
// updated_at never goes before created_at, whatever the clock says.
constexpr std::string_view kUpdateEntry =
    "UPDATE entries SET updated_at = max(?1, created_at), mood = ?2, kinds = ?3, prompt_id = ?4, title = ?5, "
    "first_line = ?6, body = ?7, word_count = ?9 WHERE id = ?8";
constexpr std::string_view kDeleteEntry = "DELETE FROM entries WHERE id = ?1";
constexpr std::string_view kCountEntries = "SELECT count(*) FROM entries";

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
        return propagate(db);
    }
    return fromDatabase(std::move(*db), clock);
}

Result<Journal> Journal::fromDatabase(Database db, const Clock& clock)
{
    if (!db.isOpen()) {
        return fail(ErrorCode::InvalidArgument, "journal database is not open");
    }
    if (auto st = migrate(db, Schema::Journal); !st) {
        return propagate(st);
    }
    // Search and the list read across the whole file; the default 2 MiB page cache
    // would decrypt the same pages again on every query (DESIGN.md §7 budgets).
    if (auto st = db.exec("PRAGMA cache_size = -32768;"); !st) {
        return propagate(st);
    }
    if (auto st = detail::registerSearchRank(db); !st) {
        return propagate(st);
    }
    Journal journal(std::make_unique<Database>(std::move(db)), clock);
    // Photos held for the Undo of a removal made in an earlier session (JournalAttachments.cpp).
    if (auto st = journal.purgeHeldAttachments(); !st) {
        return propagate(st);
    }
    return journal;
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
    return createEntry(fields, createdMs, updatedMs, false);
}

Result<EntryId> Journal::createFromNewDraft(const EntryFields& fields)
{
    const std::int64_t now = m_clock->nowMs();
    return createEntry(fields, now, now, true);
}

Result<EntryId> Journal::createEntry(const EntryFields& fields, std::int64_t createdMs,
                                     std::int64_t updatedMs, bool discardNewDraft)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    if (auto st = validateFields(fields); !st) {
        return propagate(st);
    }
    const EntryFields clean = normalized(fields);
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto id =
        insertEntry(*m_statements, *m_db, std::nullopt, clean, createdMs, std::max(createdMs, updatedMs));
    if (!id) {
        return id;
    }
    if (discardNewDraft) {
        if (auto st = detail::kJournalDrafts.erase(*m_db, std::int64_t{0}); !st) {
            return propagate(st);
        }
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
    }
    return id;
}

Result<std::vector<EntryId>>
Journal::createAll(std::span<const TimedEntry> entries,
                   const std::function<Status(std::size_t, EntryId)>& alsoInTransaction)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    for (const TimedEntry& entry : entries) {
        if (auto st = validateFields(entry.fields); !st) {
            return propagate(st);
        }
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    std::vector<EntryId> ids;
    ids.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const TimedEntry& entry = entries[i];
        auto id = insertEntry(*m_statements, *m_db, std::nullopt, normalized(entry.fields), entry.createdMs,
                              std::max(entry.createdMs, entry.updatedMs));
        if (!id) {
            return propagate(id);
        }
        if (alsoInTransaction) {
            if (auto st = alsoInTransaction(i, *id); !st) {
                return propagate(st);
            }
        }
        ids.push_back(*id);
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
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
        return propagate(tx);
    }
    auto& cache = *m_statements;
    {
        auto stmt = cache.get(kUpdateEntry);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bindAll(m_clock->nowMs(), clean.mood, static_cast<std::int64_t>(clean.kinds), clean.promptId,
                         clean.title, detail::firstLine(clean.body), clean.body, id,
                         detail::wordCount(clean));
        if (auto st = (*stmt)->run(); !st) {
            return st;
        }
    }
    if (m_db->changes() == 0) {
        return fail(ErrorCode::NotFound, "no entry with id " + std::to_string(id));
    }
    if (auto st = detail::replaceTags(cache, *m_db, id, clean.tags); !st) {
        return st;
    }
    if (auto st = detail::unindexEntry(cache, id); !st) {
        return st;
    }
    if (auto st = detail::indexEntry(cache, id, clean); !st) {
        return st;
    }
    if (auto st = detail::kJournalDrafts.erase(*m_db, id); !st) {
        return st;
    }
    return tx->commit();
}

Result<Entry> Journal::remove(EntryId id)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    auto& cache = *m_statements;
    auto entry = detail::loadEntry(cache, id);
    if (!entry) {
        return entry;
    }
    if (auto st = detail::unindexEntry(cache, id); !st) {
        return propagate(st);
    }
    if (auto st = detail::replaceTags(cache, *m_db, id, {}); !st) {
        return propagate(st);
    }
    if (auto st = holdAttachmentsOf(id); !st) {
        return propagate(st);
    }
    if (auto st = runCached(cache, kDeleteEntry, id); !st) {
        return propagate(st);
    }
    if (auto st = detail::kJournalDrafts.erase(*m_db, id); !st) {
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        return propagate(st);
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
        return propagate(tx);
    }
    auto& cache = *m_statements;
    auto exists = detail::entryExists(cache, entry.id);
    if (!exists) {
        return propagate(exists);
    }
    if (*exists) {
        return fail(ErrorCode::InvalidArgument, "entry id " + std::to_string(entry.id) + " is in use");
    }
    auto id = insertEntry(cache, *m_db, entry.id, clean, entry.createdMs, entry.updatedMs);
    if (!id) {
        return propagate(id);
    }
    if (auto st = bringBackAttachmentsOf(entry.id); !st) {
        return st;
    }
    return tx->commit();
}

Result<Entry> Journal::get(EntryId id)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    return detail::loadEntry(*m_statements, id);
}

Result<std::vector<EntrySummary>> Journal::list(const PageRequest& request)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
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
            return propagate(stmt);
        }
        Statement& s = **stmt;
        if (request.after) {
            s.bindAll(request.after->createdMs, request.after->id, limit);
        } else {
            s.bind(1, limit);
        }
        auto read = forEachRow(s, [&](const Statement& row) { page.push_back(detail::readSummary(row)); });
        if (!read) {
            return propagate(read);
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
        return propagate(stmt);
    }
    (*stmt)->bindAll(page.front().createdMs, page.front().id, page.back().createdMs, page.back().id);
    auto read = forEachRow(**stmt, [&](const Statement& s) {
        if (auto found = rowOf.find(s.columnInt(0)); found != rowOf.end()) {
            page[found->second].tags.push_back(s.columnText(1));
        }
    });
    if (!read) {
        return propagate(read);
    }
    return page;
}

Result<std::int64_t> Journal::count()
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    return detail::countOf(*m_statements, kCountEntries);
}

} // namespace twofold
