// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "journal/Journal.h"
#include "journal/detail/JournalRows.h"
#include "journal/detail/StatementCache.h"
#include "journal/detail/Utf8.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <algorithm>
#include <limits>
#include <utility>

// Going back in time: the calendar's days, "On this day", the filtered list and moving
// an entry to another date. Every query walks the entries_newest_first index
// (created_at DESC, id DESC); no schema change was needed.
namespace twofold {

namespace {

constexpr int kMaxRows = 1000;
// Years 1000 to 9999, UTC: what a date control can show and a person can mean.
constexpr std::int64_t kEarliestMs = -30'610'224'000'000;
constexpr std::int64_t kLatestMs = 253'402'300'799'999;
constexpr std::int64_t kNoBound = std::numeric_limits<std::int64_t>::max();

// Every statement is a literal: the statement cache keys on it.
constexpr std::string_view kCreatedTimes =
    "SELECT created_at FROM entries WHERE created_at >= ?1 AND created_at < ?2 ORDER BY created_at";
constexpr std::string_view kWithin = "SELECT id, title, first_line, mood, kinds, created_at, updated_at "
                                     "FROM entries WHERE created_at >= ?1 AND created_at < ?2 "
                                     "ORDER BY created_at DESC, id DESC LIMIT ?3";
// One statement for every filter: an unset part binds NULL (or 0 kinds) and holds for
// every row. The order is the index's, so a page costs the rows it skips, never a sort.
constexpr std::string_view kFiltered =
    "SELECT id, title, first_line, mood, kinds, created_at, updated_at FROM entries e "
    "WHERE (created_at, id) < (?1, ?2) AND created_at >= ?3 "
    "AND (?4 IS NULL OR mood = ?4) AND (kinds & ?5) = ?5 "
    "AND (?6 IS NULL OR EXISTS (SELECT 1 FROM entry_tags et WHERE et.entry_id = e.id AND et.tag_id = ?6)) "
    "ORDER BY created_at DESC, id DESC LIMIT ?7";
constexpr std::string_view kFindTagId = "SELECT id FROM tags WHERE fold_key = ?1";
constexpr std::string_view kEntryTags = "SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id "
                                        "WHERE et.entry_id = ?1 ORDER BY et.position";
// updated_at never goes before created_at.
constexpr std::string_view kSetCreated =
    "UPDATE entries SET created_at = ?2, updated_at = max(?3, ?2) WHERE id = ?1";

// The tags of a few rows, one indexed lookup each: filtered pages are not one index
// range, so list()'s single range query does not fit them.
Status addTags(detail::StatementCache& cache, std::vector<EntrySummary>& rows)
{
    for (EntrySummary& row : rows) {
        auto stmt = cache.get(kEntryTags);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bind(1, row.id);
        auto tags = (*stmt)->textColumn();
        if (!tags) {
            return propagate(tags);
        }
        row.tags = std::move(*tags);
    }
    return {};
}

} // namespace

Result<std::vector<std::int64_t>> Journal::createdTimes(const TimeRange& range)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    std::vector<std::int64_t> times;
    if (range.toMs <= range.fromMs) {
        return times;
    }
    auto stmt = m_statements->get(kCreatedTimes);
    if (!stmt) {
        return propagate(stmt);
    }
    (*stmt)->bindAll(range.fromMs, range.toMs);
    auto read = forEachRow(**stmt, [&](const Statement& row) { times.push_back(row.columnInt(0)); });
    if (!read) {
        return propagate(read);
    }
    return times;
}

Result<std::vector<EntrySummary>> Journal::listWithin(std::span<const TimeRange> ranges, int limit)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    if (limit < 1) {
        return fail(ErrorCode::InvalidArgument, "limit must be positive");
    }
    limit = std::min(limit, kMaxRows);
    std::vector<EntrySummary> rows;
    for (const TimeRange& range : ranges) {
        if (range.toMs <= range.fromMs) {
            continue;
        }
        auto stmt = m_statements->get(kWithin);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bindAll(range.fromMs, range.toMs, limit);
        auto read =
            forEachRow(**stmt, [&](const Statement& row) { rows.push_back(detail::readSummary(row)); });
        if (!read) {
            return propagate(read);
        }
    }
    // Ranges may come in any order and may overlap: newest first, each entry once.
    std::ranges::sort(rows, [](const EntrySummary& a, const EntrySummary& b) {
        return std::pair(a.createdMs, a.id) > std::pair(b.createdMs, b.id);
    });
    const auto dup = std::ranges::unique(rows, {}, &EntrySummary::id);
    rows.erase(dup.begin(), dup.end());
    if (rows.size() > static_cast<std::size_t>(limit)) {
        rows.resize(static_cast<std::size_t>(limit));
    }
    if (auto st = addTags(*m_statements, rows); !st) {
        return propagate(st);
    }
    return rows;
}

Result<std::vector<EntrySummary>> Journal::list(const PageRequest& request, const EntryFilter& filter)
{
    if (filter.isEmpty()) {
        return list(request);
    }
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    if (request.limit < 1) {
        return fail(ErrorCode::InvalidArgument, "page limit must be positive");
    }
    if (filter.mood && (*filter.mood < 1 || *filter.mood > 5)) {
        return fail(ErrorCode::InvalidArgument, "mood must be 1 to 5");
    }
    std::vector<EntrySummary> page;
    auto& cache = *m_statements;
    std::optional<std::int64_t> tagId;
    if (filter.tag) {
        auto find = cache.get(kFindTagId);
        if (!find) {
            return propagate(find);
        }
        (*find)->bind(1, detail::foldCase(*filter.tag));
        auto row = (*find)->step();
        if (!row) {
            return propagate(row);
        }
        if (!*row) {
            return page; // no entry has this tag
        }
        tagId = (*find)->columnInt(0);
    }
    // The first page starts just before the range's end (or at the newest entry).
    std::int64_t beforeCreated = filter.within ? filter.within->toMs : kNoBound;
    std::int64_t beforeId = std::numeric_limits<std::int64_t>::min();
    if (request.after) {
        if (std::pair(request.after->createdMs, request.after->id) < std::pair(beforeCreated, beforeId)) {
            beforeCreated = request.after->createdMs;
            beforeId = request.after->id;
        }
    }
    const std::int64_t from =
        filter.within ? filter.within->fromMs : std::numeric_limits<std::int64_t>::min();
    const int limit = std::min(request.limit, kMaxRows);
    page.reserve(static_cast<std::size_t>(limit));
    {
        auto stmt = cache.get(kFiltered);
        if (!stmt) {
            return propagate(stmt);
        }
        (*stmt)->bindAll(beforeCreated, beforeId, from, filter.mood, static_cast<std::int64_t>(filter.kinds),
                         tagId, limit);
        auto read =
            forEachRow(**stmt, [&](const Statement& row) { page.push_back(detail::readSummary(row)); });
        if (!read) {
            return propagate(read);
        }
    }
    if (auto st = addTags(cache, page); !st) {
        return propagate(st);
    }
    return page;
}

Status Journal::setCreatedMs(EntryId id, std::int64_t createdMs)
{
    if (auto st = ensureOpen(); !st) {
        return st;
    }
    if (createdMs < kEarliestMs || createdMs > kLatestMs) {
        return fail(ErrorCode::InvalidArgument, "the date must be between the years 1000 and 9999");
    }
    auto tx = m_db->transaction();
    if (!tx) {
        return propagate(tx);
    }
    if (auto st = detail::runCached(*m_statements, kSetCreated, id, createdMs, m_clock->nowMs()); !st) {
        return st;
    }
    if (m_db->changes() == 0) {
        return fail(ErrorCode::NotFound, "no entry with id " + std::to_string(id));
    }
    return tx->commit();
}

} // namespace twofold
