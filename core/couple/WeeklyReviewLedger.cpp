// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/WeeklyReviewLedger.h"

#include "common/Propagate.h"
#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::detail {

Status ReviewLedger::begin(std::string_view reviewDate, const Save& save)
{
    auto stmt =
        m_db->prepare("INSERT INTO review_ledger (review_date, pending_saved_at, pending_hash)"
                      " VALUES (?, ?, ?) ON CONFLICT (review_date) DO UPDATE SET"
                      " pending_saved_at = excluded.pending_saved_at, pending_hash = excluded.pending_hash;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bindAll(reviewDate, save.savedMs, save.contentsHash);
    return stmt->run();
}

Status ReviewLedger::confirm(std::string_view reviewDate)
{
    auto stmt =
        m_db->prepare("UPDATE review_ledger SET saved_at = pending_saved_at, contents_hash = pending_hash,"
                      " pending_saved_at = NULL, pending_hash = NULL"
                      " WHERE review_date = ? AND pending_saved_at IS NOT NULL;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, reviewDate);
    return stmt->run();
}

Status ReviewLedger::abandon(std::string_view reviewDate)
{
    auto clear = m_db->prepare(
        "UPDATE review_ledger SET pending_saved_at = NULL, pending_hash = NULL WHERE review_date = ?;");
    if (!clear) {
        return propagate(clear);
    }
    clear->bind(1, reviewDate);
    if (auto st = clear->run(); !st) {
        return st;
    }
    auto drop = m_db->prepare("DELETE FROM review_ledger WHERE review_date = ? AND saved_at IS NULL;");
    if (!drop) {
        return propagate(drop);
    }
    drop->bind(1, reviewDate);
    return drop->run();
}

Result<std::map<std::string, ReviewLedger::Entry>>
ReviewLedger::entries(std::optional<std::string_view> reviewDate)
{
    auto stmt = m_db->prepare("SELECT review_date, saved_at, contents_hash, pending_saved_at, pending_hash"
                              " FROM review_ledger WHERE ? IS NULL OR review_date = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bindAll(reviewDate, reviewDate); // NULL: every date
    std::map<std::string, Entry> entries;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        const auto save = [&](int at, int hash) -> std::optional<Save> {
            if (s.isNull(at) || s.isNull(hash)) {
                return std::nullopt;
            }
            return Save{s.columnInt(at), s.columnBlob(hash)};
        };
        entries[s.columnText(0)] = Entry{save(1, 2), save(3, 4)};
    });
    if (!read) {
        return propagate(read);
    }
    return entries;
}

Result<std::optional<std::string>> ReviewLedger::since()
{
    auto stmt = m_db->prepare("SELECT value FROM settings WHERE key = 'review_ledger_since';");
    if (!stmt) {
        return propagate(stmt);
    }
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row || stmt->isNull(0)) {
        return std::optional<std::string>();
    }
    return std::optional<std::string>(stmt->columnText(0));
}

} // namespace twofold::detail
