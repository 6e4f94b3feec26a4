// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// WeeklyReview's saved records: format 1 (signed over date, time and saver) and format 2
// (the guided review, also over its contents' hash and countersigned), each checked
// against what the reader's own journal kept (WeeklyReviewLedger.h).
#include "common/Propagate.h"
#include "couple/CoupleSpace.h"
#include "couple/WeeklyReview.h"
#include "couple/WeeklyReviewLedger.h"
#include "couple/detail/ReviewNoteStore.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "vault/Session.h"

#include <algorithm>
#include <map>
#include <set>

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
    stmt->bindAll(reviewDate, reviewDate); // NULL: every date
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
    if (row.format == 2) {
        // Either partner could re-sign a record alone; not the other's countersignature too.
        const std::string& other = row.savedBy == m_space->m_myId ? m_space->m_partnerId : m_space->m_myId;
        auto countersigned = records.isAuthentic(other, message, row.countersignature);
        if (!countersigned) {
            return propagate(countersigned);
        }
        if (!*countersigned) {
            return std::optional<ReviewRecord>();
        }
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
    return *now != row.contentsHash;
}

// The rule (docs/ARCHITECTURE.md, "What the shared file cannot undo"), per date:
// - my journal kept a save of it: couple.db's record must be exactly that save (format 2,
//   same time and contents hash, signed and countersigned), else the review is listed as
//   changed; no record at all is "removed". A save still pending in my journal (a crash
//   between the files) counts only when couple.db holds exactly it.
// - my journal kept nothing: a record is listed only when it checks (format 2: also the
//   countersignature) and is older than this journal's reviews: its date no later than the
//   day the journal began keeping them (so never a future one) and earlier than the first
//   review it kept. So a forged record of a later or future date is never listed.
// - in Together, both partners' journals are asked, and a date either reports as removed or
//   changed is reported so: the screen both look at cannot be the view of the one journal
//   its first partner could edit (DESIGN.md §1, the partner at the keyboard).
// - a save still pending that couple.db holds exactly is confirmed in the journal then: a
//   crash after couple.db's commit would otherwise leave it unkept, and its later removal
//   would go unreported.
Result<std::vector<ReviewRecord>> WeeklyReview::checked(std::optional<std::string_view> reviewDate,
                                                        bool withChanges)
{
    if (withChanges) {
        // Reading envelopes may write a pending grant: first, so the hash sees the result.
        if (auto st = m_space->resolveIfChanged(); !st) {
            return propagate(st);
        }
    }
    auto rows = stored(reviewDate);
    if (!rows) {
        return propagate(rows);
    }
    auto mine = checkedAgainst(m_space->journalDb(), *rows, reviewDate, withChanges);
    if (!mine) {
        return propagate(mine);
    }
    std::vector<ReviewRecord> records;
    if (!m_space->isTogether()) {
        for (Checked& c : *mine) {
            records.push_back(std::move(c.record));
        }
        return records;
    }
    auto theirs = checkedAgainst(m_space->m_together->journalDb(), *rows, reviewDate, withChanges);
    if (!theirs) {
        return propagate(theirs);
    }
    // Per date: what either journal reports is reported; a record is listed as saved when a
    // journal kept exactly it (countersigned by both, so neither could forge it), or when
    // both accept it as from before their ledgers. Each partner can edit only their own.
    std::map<std::string, std::pair<std::optional<Checked>, std::optional<Checked>>, std::greater<>> byDate;
    for (Checked& c : *mine) {
        byDate[c.record.reviewDate].first = std::move(c);
    }
    for (Checked& c : *theirs) {
        byDate[c.record.reviewDate].second = std::move(c);
    }
    const auto reports = [](const std::optional<Checked>& c) {
        return c && (c->record.removed || c->record.changedBehindYourBack);
    };
    for (auto& [date, pair] : byDate) {
        auto& [first, second] = pair;
        if (reports(first) || reports(second)) {
            const bool removed = (first && first->record.removed) || (second && second->record.removed);
            ReviewRecord rec = reports(first) ? std::move(first->record) : std::move(second->record);
            rec.changedBehindYourBack = true;
            rec.removed = removed;
            records.push_back(std::move(rec));
        } else if ((first && second) || (first && first->kept)) {
            records.push_back(std::move(first->record));
        } else if (second && second->kept) {
            records.push_back(std::move(second->record));
        }
    }
    return records;
}

Result<std::vector<WeeklyReview::Checked>>
WeeklyReview::checkedAgainst(Database& journal, const std::vector<StoredReview>& rows,
                             std::optional<std::string_view> reviewDate, bool withChanges)
{
    detail::ReviewLedger ledger(journal);
    auto entries = ledger.entries(std::nullopt);
    if (!entries) {
        return propagate(entries);
    }
    auto since = ledger.since();
    if (!since) {
        return propagate(since);
    }
    std::optional<std::string> firstKept;
    std::set<std::string, std::greater<>> dates;
    for (const auto& [date, entry] : *entries) {
        if (entry.saved) {
            firstKept = firstKept ? std::min(*firstKept, date) : date;
            if (!reviewDate || date == *reviewDate) {
                dates.insert(date);
            }
        }
    }
    for (const StoredReview& row : rows) {
        dates.insert(row.date);
    }
    std::vector<Checked> records;
    for (const std::string& date : dates) {
        const auto row = std::ranges::find(rows, date, &StoredReview::date);
        const StoredReview* r = row == rows.end() ? nullptr : &*row;
        const auto e = entries->find(date);
        const detail::ReviewLedger::Entry* entry = e == entries->end() ? nullptr : &e->second;
        const auto isThis = [&](const std::optional<detail::ReviewLedger::Save>& save) {
            return r && save && r->format == 2 && r->savedMs == save->savedMs &&
                   r->contentsHash == save->contentsHash;
        };
        const bool kept = entry && entry->saved;
        const bool asKept = entry && (isThis(entry->saved) || isThis(entry->pending));
        if (kept && !r) {
            ReviewRecord removed{date, entry->saved->savedMs};
            removed.format = 2;
            removed.changedBehindYourBack = true;
            removed.removed = true;
            records.push_back({std::move(removed), true});
            continue;
        }
        if (!r) {
            continue; // a save begun whose record couple.db never got
        }
        auto rec = verified(*r);
        if (!rec) {
            return propagate(rec);
        }
        if (kept && (!asKept || !*rec)) {
            // Not the save my journal kept: listed, never as it was saved.
            if (!*rec) {
                auto fallback = record(date, entry->saved->savedMs, std::string());
                if (!fallback) {
                    return propagate(fallback);
                }
                fallback->format = 2;
                *rec = std::move(*fallback);
            }
            (*rec)->changedBehindYourBack = true;
            records.push_back({std::move(**rec), true});
            continue;
        }
        const bool older = since->has_value() && date <= **since && (!firstKept || date < *firstKept);
        if (!*rec || (!asKept && !older)) {
            continue; // forged, or not one this journal knows: as if never saved
        }
        if (entry && isThis(entry->pending) && !isThis(entry->saved)) {
            // Best effort: until it is written, the pending save still counts as this one.
            (void)ledger.confirm(date);
        }
        if (withChanges) {
            auto changed = changedSince(*r);
            if (!changed) {
                return propagate(changed);
            }
            (*rec)->changedBehindYourBack = *changed;
        }
        records.push_back({std::move(**rec), asKept});
    }
    return records;
}

Result<std::optional<ReviewRecord>> WeeklyReview::review(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto records = checked(reviewDate, false);
    if (!records) {
        return propagate(records);
    }
    if (records->empty()) {
        return std::optional<ReviewRecord>();
    }
    return std::optional<ReviewRecord>(std::move(records->front()));
}

Result<std::optional<ReviewRecord>> WeeklyReview::reopen(std::string_view reviewDate)
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    auto records = checked(reviewDate, true);
    if (!records) {
        return propagate(records);
    }
    if (records->empty()) {
        return std::optional<ReviewRecord>();
    }
    return std::optional<ReviewRecord>(std::move(records->front()));
}

Result<std::vector<ReviewRecord>> WeeklyReview::history()
{
    if (auto st = m_space->checkUnlocked(); !st) {
        return propagate(st);
    }
    return checked(std::nullopt, true);
}

} // namespace twofold
