// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "storage/KeyedTable.h"

namespace twofold::detail {

// Drafts: one row per entry being edited, under the entry's id (0: a new entry).
inline constexpr KeyedTable kJournalDrafts{
    .selectSql =
        "SELECT title, body, mood, kinds, tags, prompt_id, saved_at FROM drafts WHERE entry_key = ?1",
    .upsertSql = "INSERT INTO drafts (entry_key, title, body, mood, kinds, tags, prompt_id, saved_at) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                 "ON CONFLICT (entry_key) DO UPDATE SET title = excluded.title, body = excluded.body, mood = "
                 "excluded.mood, "
                 "kinds = excluded.kinds, tags = excluded.tags, prompt_id = excluded.prompt_id, saved_at = "
                 "excluded.saved_at",
    .deleteSql = "DELETE FROM drafts WHERE entry_key = ?1",
};

// The partner's own small preferences (key -> value), encrypted with the journal.
inline constexpr KeyedTable kJournalSettings{
    .selectSql = "SELECT value FROM settings WHERE key = ?1",
    .upsertSql = "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT "
                 "(key) DO UPDATE SET value = excluded.value",
    .deleteSql = "DELETE FROM settings WHERE key = ?1",
};

} // namespace twofold::detail
