// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The guided weekly review's save (issue 15): one couple.db transaction, and both
// partners' journals keep what it saved (WeeklyReviewLedger.h).
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "couple/WeeklyReviewLedger.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Session.h"

namespace twofold {

Result<ReviewRecord> WeeklyReview::saveTogetherV2(CoupleSpace& partner, const TogetherSave& save)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    if (auto st = partner.checkUnlocked(); !st) {
        return propagate(st);
    }
    if (m_space->m_together != &partner || partner.m_myId != m_space->m_partnerId) {
        return fail(ErrorCode::InvalidArgument, "saving a review together needs both partners unlocked");
    }
    const std::string_view date = save.reviewDate;
    if (!isValidDate(date)) {
        return fail(ErrorCode::InvalidArgument, "a review date is YYYY-MM-DD");
    }
    for (std::string_view text :
         {std::string_view(save.myIntention), std::string_view(save.partnersIntention)}) {
        if (auto st = text.empty() ? Status() : checkIntention(date, text); !st) {
            return propagate(st);
        }
    }
    for (const ReviewNoteDraft& note : save.notes) {
        if (note.author == nullptr) {
            return fail(ErrorCode::InvalidArgument, "a note has an author");
        }
    }
    const std::int64_t now = m_space->m_options.clock->nowMs();
    // One transaction: the notes, both intentions and the record, or nothing.
    auto tx = m_space->db().transaction();
    if (!tx) {
        return propagate(tx);
    }
    ReviewNotes notes(*m_space);
    for (const ReviewNoteDraft& note : save.notes) {
        if (auto id = notes.write(date, note.kind, *note.author, note.text, note.id, note.about); !id) {
            return propagate(id);
        }
    }
    const std::pair<const CoupleSpace*, std::string_view> intentions[] = {{m_space, save.myIntention},
                                                                          {&partner, save.partnersIntention}};
    for (const auto& [author, text] : intentions) {
        if (text.empty()) {
            continue;
        }
        if (auto st = writeIntention(*author, date, text, now); !st) {
            return propagate(st);
        }
    }
    // The contents as this transaction leaves them.
    auto hash = notes.contentsHash(date);
    if (!hash) {
        return propagate(hash);
    }
    const std::string& me = m_space->m_myId;
    const Bytes message = detail::reviewMessageV2(date, now, me, *hash);
    auto signature = m_space->m_session->sign(message);
    if (!signature) {
        return propagate(signature);
    }
    auto countersignature = partner.m_session->sign(message);
    if (!countersignature) {
        return propagate(countersignature);
    }
    auto stmt = m_space->db().prepare(
        "INSERT OR REPLACE INTO reviews (review_date, saved_at, signed_by, signature, format, contents_hash,"
        " countersignature) VALUES (?, ?, ?, ?, 2, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bindAll(date, now, me, *signature, *hash, *countersignature);
    // Three files cannot commit as one. Both journals first note the save as pending;
    // couple.db's record is written last; then both journals confirm it. A failure before
    // couple.db commits forgets the pending save (the review stays unsaved, as before);
    // a crash between leaves it pending, and a pending save counts only once couple.db
    // holds exactly that record (WeeklyReviewRead.cpp), so neither way is a false alarm.
    detail::ReviewLedger ledgers[] = {detail::ReviewLedger(m_space->journalDb()),
                                      detail::ReviewLedger(partner.journalDb())};
    const detail::ReviewLedger::Save kept{now, *hash};
    const auto abandon = [&] {
        for (detail::ReviewLedger& ledger : ledgers) {
            (void)ledger.abandon(date); // best effort: a pending save never matches otherwise
        }
    };
    for (detail::ReviewLedger& ledger : ledgers) {
        if (auto st = ledger.begin(date, kept); !st) {
            abandon();
            return propagate(st);
        }
    }
    if (auto st = stmt->run(); !st) {
        abandon();
        return propagate(st);
    }
    if (auto st = tx->commit(); !st) {
        abandon();
        return propagate(st);
    }
    for (detail::ReviewLedger& ledger : ledgers) {
        // Saved either way: a pending save couple.db holds exactly counts as this one, and the
        // next reading confirms it (WeeklyReviewRead.cpp).
        (void)ledger.confirm(date);
    }
    auto rec = record(date, now, me);
    if (!rec) {
        return propagate(rec);
    }
    rec->format = 2;
    return rec;
}

} // namespace twofold
