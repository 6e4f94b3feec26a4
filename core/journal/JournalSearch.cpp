// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "journal/Journal.h"
#include "journal/detail/SearchText.h"
#include "journal/detail/StatementCache.h"
#include "journal/detail/Utf8.h"
#include "storage/Statement.h"

#include <algorithm>
#include <utility>

// Finding entries: full-text search and the tags in use.
namespace twofold {

namespace {

constexpr int kMaxSearchResults = 1000;

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

constexpr std::string_view kTagsInUse = "SELECT name FROM tags t WHERE EXISTS "
                                        "(SELECT 1 FROM entry_tags et WHERE et.tag_id = t.id) "
                                        "ORDER BY fold_key, name";

} // namespace

Result<std::vector<SearchHit>> Journal::search(std::string_view query, int limit)
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
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
        return propagate(stmt);
    }
    (*stmt)->bindAll(parsed.matchExpression, std::min(limit, kMaxSearchResults));
    auto read = forEachRow(**stmt, [&](const Statement& s) {
        SearchHit hit;
        hit.id = s.columnInt(0);
        hit.title = s.columnText(1);
        detail::Snippet snippet = detail::buildSnippet(s.columnText(2), parsed);
        hit.snippet = std::move(snippet.text);
        hit.highlights = std::move(snippet.highlights);
        hit.createdMs = s.columnInt(3);
        hits.push_back(std::move(hit));
    });
    if (!read) {
        // Error::detail never quotes the query (Database::lastError keeps only
        // the fixed description of generic errors).
        return propagate(read);
    }
    return hits;
}

Result<std::vector<std::string>> Journal::tags()
{
    if (auto st = ensureOpen(); !st) {
        return propagate(st);
    }
    auto stmt = m_statements->get(kTagsInUse);
    if (!stmt) {
        return propagate(stmt);
    }
    return (*stmt)->textColumn();
}

} // namespace twofold
