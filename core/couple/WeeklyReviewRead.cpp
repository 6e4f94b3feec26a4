// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// WeeklyReview's saved records: format 1 (signed over date, time and saver) and format 2
// (the guided review, also over its contents' hash and countersigned).
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/ReviewNoteStore.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Session.h"

namespace twofold {

Result<std::vector<WeeklyReview::StoredReview>>
WeeklyReview::stored(std::optional<std::string_view> reviewDate)
{
    auto stmt = m_space->db().prepare(
        "SELECT review_date, saved_at, signed_by, signature, format, contents_hash, countersignature"
        " FROM reviews WHERE ? IS NULL OR review_date = ? ORDER BY review_date DESC;");
    if (!stmt) {
        return propagate(stmt);
    }
    if (reviewDate) {
        stmt->bind(1, *reviewDate).bind(2, *reviewDate);
    } else {
        stmt->bind(1, std::nullopt).bind(2, std::nullopt);
    }
    std::vector<StoredReview> rows;
    auto read = forEachRow(*stmt, [&](const Statement& s) {
        const auto blob = [&](int column) {
            return s.isNull(column) ? Bytes() : s.columnBlob(column);
        };
        rows.push_back(StoredReview{s.columnText(0), s.columnInt(1),
                                    s.isNull(2) ? std::string() : s.columnText(2), blob(3),
                                    static_cast<int>(s.columnInt(4)), blob(5), blob(6)});
    });
    if (!read) {
        return propagate(read);
    }
    return rows;
}

Result<std::optional<ReviewRecord>> WeeklyReview::verified(const StoredReview& row)
{
    // Saved reviews of the first release were signed by the first partner to upgrade.
    detail::SignedRecords records(*m_space->m_session, m_space->m_partnerId);
    const Bytes message = row.format == 2
                              ? detail::reviewMessageV2(row.date, row.savedMs, row.savedBy, row.contentsHash)
                              : detail::reviewMessage(row.date, row.savedMs, row.savedBy);
    auto authentic = records.isAuthentic(row.savedBy, message, row.signature);
    if (!authentic) {
        return propagate(authentic);
    }
    if (!*authentic || (row.format == 2 && row.contentsHash.empty())) {
        return std::optional<ReviewRecord>();
    }
    auto rec = record(row.date, row.savedMs, row.savedBy);
    if (!rec) {
        return propagate(rec);
    }
    rec->format = row.format;
    return std::optional<ReviewRecord>(std::move(*rec));
}

Result<bool> WeeklyReview::changedSince(const StoredReview& row)
{
    if (row.format != 2) {
        // A format 1 record signs no contents: notes beside it were never part of a saved
        // review of this build, unless a format 2 record was replaced by a format 1 one.
        auto notes = detail::ReviewNoteStore(m_space->db()).forDate(row.date);
        if (!notes) {
            return propagate(notes);
        }
        return !notes->empty();
    }
    auto now = ReviewNotes(*m_space).contentsHash(row.date);
    if (!now) {
        return propagate(now);
    }
    if (*now != row.contentsHash) {
        return true;
    }
    // Either partner could re-sign a record alone; not the other's countersignature too.
    const std::string& other = row.savedBy == m_space->m_myId ? m_space->m_partnerId : m_space->m_myId;
    detail::SignedRecords records(*m_space->m_session, m_space->m_partnerId);
    auto countersigned = records.isAuthentic(
        other, detail::reviewMessageV2(row.date, row.savedMs, row.savedBy, row.contentsHash),
        row.countersignature);
    if (!countersigned) {
        return propagate(countersigned);
    }
    return !*countersigned;
}

Result<std::optional<ReviewRecord>> WeeklyReview::review(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto rows = stored(reviewDate);
    if (!rows) {
        return propagate(rows);
    }
    if (rows->empty()) {
        return std::optional<ReviewRecord>();
    }
    return verified(rows->front());
}

Result<std::optional<ReviewRecord>> WeeklyReview::reopen(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto rows = stored(reviewDate);
    if (!rows) {
        return propagate(rows);
    }
    if (rows->empty()) {
        return std::optional<ReviewRecord>();
    }
    auto rec = verified(rows->front());
    if (!rec || !*rec) {
        return rec;
    }
    auto changed = changedSince(rows->front());
    if (!changed) {
        return propagate(changed);
    }
    (*rec)->changedBehindYourBack = *changed;
    return rec;
}

Result<std::vector<ReviewRecord>> WeeklyReview::history()
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto rows = stored(std::nullopt);
    if (!rows) {
        return propagate(rows);
    }
    std::vector<ReviewRecord> records;
    for (const auto& row : *rows) {
        auto rec = verified(row);
        if (!rec) {
            return propagate(rec);
        }
        if (*rec) {
            records.push_back(std::move(**rec));
        }
    }
    return records;
}

} // namespace twofold
