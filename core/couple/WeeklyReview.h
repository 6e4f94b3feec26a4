// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/ReviewNotes.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class CoupleSpace;
class Database;
namespace test {
struct LegacyReviews;
}

enum class Weekday
{
    Monday = 0,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
};

inline constexpr Weekday kDefaultReviewDay = Weekday::Sunday;
inline constexpr std::size_t kMaxIntentionBytes = 2000;

// When the next review is, as the login screen shows it. Dates are "YYYY-MM-DD" in
// the caller's local time (core has no time zones: the caller passes its UTC offset).
struct ReviewSchedule
{
    Weekday reviewDay = kDefaultReviewDay;
    // The review date now in question: the latest review day on or before today.
    std::string currentReviewDate;
    bool due = false;           // that review has not been saved (and the couple existed by then)
    int daysOverdue = 0;        // 0 on the review day itself
    std::string nextReviewDate; // the review day after currentReviewDate
    // The review of currentReviewDate is saved (its record checks): "this week's review is
    // done". Neither due nor saved: a couple too new to owe this week's review.
    bool currentSaved = false;
    // The newest saved review's date (its record checks), any week; nullopt before the first.
    std::optional<std::string> lastSavedDate;
};

struct ReviewRecord
{
    std::string reviewDate;
    std::int64_t savedMs = 0;
    std::optional<std::string> myIntention;
    std::optional<std::string> partnerIntention;
    // Signed records (docs/ARCHITECTURE.md): the partner whose session saved (and signed)
    // the review; a review record that does not check is not listed, as if never saved.
    std::string savedBy;
    // An intention whose signature does not check: damaged, its text never shown.
    bool myIntentionDamaged = false;
    bool partnerIntentionDamaged = false;
    // 1: saved alone by releases before the guided review. 2: every save since (saveTogetherV2), signed over
    // the hash of its contents and countersigned by the partner who did not save.
    int format = 1;
    // Set by reopen() and history(): since the review was saved a note was deleted, edited,
    // added or put back, or an intention changed; or couple.db's record is not the one this
    // partner's journal kept (an earlier save put back, a format 1 record in its place, its
    // signature or countersignature broken); or (format 1) notes exist that a format 1
    // review never signed. Always set with `removed`.
    bool changedBehindYourBack = false;
    // This partner's journal kept this review but couple.db no longer holds its record:
    // "A saved review was removed from the shared file." Nothing else of it is read.
    bool removed = false;
};

// A note written in the same transaction as the review (saveTogetherV2), as
// ReviewNotes::put() would write it: the last words of a step not yet stored.
struct ReviewNoteDraft
{
    NoteKind kind = NoteKind::WentWell;
    const CoupleSpace* author = nullptr; // this space or the Together partner's
    std::string text;                    // empty removes the note `id`
    std::string id;                      // empty: a new note
    std::string about;
};

// What the guided review saves at its end (issue 15).
struct TogetherSave
{
    std::string reviewDate;
    std::string myIntention;       // empty: left as it is
    std::string partnersIntention; // empty: left as it is
    std::vector<ReviewNoteDraft> notes;
};

// The weekly review's records in couple.db (DESIGN.md §5): the configured review day,
// "review due", one intention each for the next week, and the history of saved
// reviews. The check-ins themselves are reciprocal envelopes (CoupleSpace::checkIn,
// Topic::checkIn(reviewDate)).
class WeeklyReview
{
public:
    explicit WeeklyReview(CoupleSpace& space);

    Result<Weekday> reviewDay();
    // A couple-wide setting: either partner may change it.
    Status setReviewDay(Weekday day);
    Result<ReviewSchedule> schedule(int utcOffsetMinutes = 0);

    // This partner's one intention for the week after reviewDate (replaces an earlier one).
    Status setIntention(std::string_view reviewDate, std::string_view text);
    // In Together mode (`partner` is the Together partner's space): both intentions (an
    // empty one is left as it was) and the record, as saveTogetherV2 with no notes.
    Result<ReviewRecord> saveTogether(std::string_view reviewDate, std::string_view myIntention,
                                      CoupleSpace& partner, std::string_view partnersIntention);
    // The guided review's save, in Together mode: the notes' last edits, both intentions
    // (each signed by its author) and a format 2 record signed by this partner and
    // countersigned by the Together partner over the contents' hash (ReviewNotes::
    // contentsHash: the notes, the envelopes revealed on the date's private steps, the
    // intentions), in one couple.db transaction: all of it, or (a full disk halfway) nothing.
    Result<ReviewRecord> saveTogetherV2(CoupleSpace& partner, const TogetherSave& save);
    // The saved review of that date as the reader's own journal vouches for it (docs/
    // ARCHITECTURE.md, "What the shared file cannot undo"): a guided review this partner
    // saved or countersigned is listed, and reported changed or removed when couple.db no
    // longer holds exactly that save; any other record only when it checks and dates from
    // before this journal kept reviews. changedBehindYourBack is not computed here.
    Result<std::optional<ReviewRecord>> review(std::string_view reviewDate);
    // review(), and whether its contents changed since it was saved (changedBehindYourBack):
    // the contents hash as couple.db holds them now against the signed one.
    Result<std::optional<ReviewRecord>> reopen(std::string_view reviewDate);
    // Saved reviews as reopen() sees them, removed ones included, newest first.
    Result<std::vector<ReviewRecord>> history();

    // "YYYY-MM-DD" strings only, with a real calendar date.
    static bool isValidDate(std::string_view date);
    // The review date in question on `today` ("YYYY-MM-DD"): the latest `day` on or
    // before it. "" when `today` is not a date. schedule() and the unlock screen's
    // reminder (which knows no more than the day) both count this way.
    static std::string reviewDateOn(Weekday day, std::string_view today);

private:
    friend struct test::LegacyReviews;
    // Format 1, signed by this partner alone: what releases before the guided review saved.
    // Only tests write one now (tests/support/LegacyReviews.h), to check old records read.
    Result<ReviewRecord> saveFormat1(std::string_view reviewDate);
    static Status checkIntention(std::string_view reviewDate, std::string_view text);
    // Signed by `author` (this space or its Together partner), written through this space.
    Status writeIntention(const CoupleSpace& author, std::string_view reviewDate, std::string_view text,
                          std::int64_t now);
    Status writeRecord(std::string_view reviewDate, std::int64_t now);
    Result<ReviewRecord> record(std::string_view reviewDate, std::int64_t savedMs, std::string savedBy);
    // A reviews row as stored (WeeklyReviewRead.cpp).
    struct StoredReview
    {
        std::string date;
        std::int64_t savedMs = 0;
        std::string savedBy;
        Bytes signature;
        int format = 1;
        Bytes contentsHash;     // format 2
        Bytes countersignature; // format 2
    };
    Result<std::vector<StoredReview>> stored(std::optional<std::string_view> reviewDate);
    // The saved review of that date, if its signature checks.
    Result<std::optional<ReviewRecord>> verified(const StoredReview& row);
    // Format 2: whether the stored contents hash is still what couple.db holds.
    Result<bool> changedSince(const StoredReview& row);
    // The records of one date (or all), checked against this partner's journal; newest first.
    // In Together: checked against both partners' journals.
    Result<std::vector<ReviewRecord>> checked(std::optional<std::string_view> reviewDate, bool withChanges);
    struct Checked
    {
        ReviewRecord record;
        bool kept = false; // exactly the save the journal kept, or reported as not
    };
    Result<std::vector<Checked>> checkedAgainst(Database& journal, const std::vector<StoredReview>& rows,
                                                std::optional<std::string_view> reviewDate, bool withChanges);

    CoupleSpace* m_space;
};

} // namespace twofold
