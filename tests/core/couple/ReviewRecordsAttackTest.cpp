// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// A saved weekly review's record in couple.db against the other partner (DESIGN.md §1;
// security review of issue 15, M3): Sam holds the vault folder, the couple key, his own
// keys, sqlite3 and older copies of the files. What each partner's own journal kept of
// the reviews they saved is the authority: a record downgraded, put back, deleted, broken
// or forged is reported or not listed, from both partners' views.
#include "couple/CoupleSpace.h"
#include "couple/ReviewFlow.h"
#include "couple/ReviewHistory.h"
#include "couple/WeeklyReview.h"
#include "couple/detail/SignedRecords.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/LegacyReviews.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kWeek1 = "2026-01-04";
constexpr std::string_view kWeek2 = "2026-01-11";
constexpr std::string_view kWeek3 = "2026-01-18";
constexpr std::string_view kFuture = "2099-01-04";
constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;

class ReviewRecordsAttackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_alex.emplace(m_couple.openSpace(*m_couple.alex));
        m_sam.emplace(m_couple.openSpace(*m_couple.sam));
        ASSERT_TRUE(m_alex->beginTogether(*m_sam));
        m_keys.emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
    }

    // The guided review's save, both partners at the keyboard.
    ReviewRecord save(std::string_view date, std::vector<ReviewNoteDraft> notes = {})
    {
        const TogetherSave what{std::string(date), "ALEX-NEXT-" + std::string(date),
                                "SAM-NEXT-" + std::string(date), std::move(notes)};
        auto saved = WeeklyReview(*m_alex).saveTogetherV2(*m_sam, what);
        EXPECT_TRUE(saved) << (saved ? "" : saved.error().detail);
        m_clock.advanceMs(60'000);
        return saved ? *saved : ReviewRecord{};
    }

    // Sam's SQL on couple.db.
    void asSam(const std::string& sql)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        ASSERT_TRUE(raw.exec(sql)) << sql;
    }

    // A reviews row Sam writes, signed by himself; `countersignature` empty: format 1.
    void forge(std::string_view date, std::int64_t at, bool format2)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        const Bytes hash(32, 0x5a);
        const Bytes message = format2 ? detail::reviewMessageV2(date, at, m_couple.samId, hash)
                                      : detail::reviewMessage(date, at, m_couple.samId);
        auto stmt = raw.prepare("INSERT OR REPLACE INTO reviews (review_date, saved_at, signed_by, signature,"
                                " format, contents_hash, countersignature) VALUES (?, ?, ?, ?, ?, ?, ?);");
        ASSERT_TRUE(stmt);
        stmt->bind(1, date).bind(2, at).bind(3, m_couple.samId).bind(4, m_keys->sign.sign(message));
        if (format2) {
            // Alex's countersignature is what Sam cannot make: his own in its place.
            stmt->bind(5, 2).bind(6, hash).bind(7, m_keys->sign.sign(message));
        } else {
            stmt->bind(5, 1).bind(6, std::nullopt).bind(7, std::nullopt);
        }
        ASSERT_TRUE(stmt->run());
    }

    std::vector<CoupleSpace*> bothViews() { return {&*m_alex, &*m_sam}; }

    std::optional<ReviewRecord> reopened(CoupleSpace& reader, std::string_view date)
    {
        auto rec = WeeklyReview(reader).reopen(date);
        EXPECT_TRUE(rec) << (rec ? "" : rec.error().detail);
        return rec ? *rec : std::nullopt;
    }

    std::vector<std::string> datesOf(CoupleSpace& reader)
    {
        auto dates = ReviewHistory(reader).dates();
        EXPECT_TRUE(dates) << (dates ? "" : dates.error().detail);
        return dates ? *dates : std::vector<std::string>();
    }

    ManualClock m_clock;
    TwoPartners m_couple{&m_clock};
    std::optional<CoupleSpace> m_alex;
    std::optional<CoupleSpace> m_sam;
    std::optional<RawKeys> m_keys;
};

} // namespace

TEST_F(ReviewRecordsAttackTest, AnHonestSaveReopensCleanInBothViews)
{
    save(kWeek1, {{NoteKind::WentWell, &*m_alex, "ALEX-WENT-WELL", "", ""}});
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_EQ(rec->format, 2);
        EXPECT_FALSE(rec->changedBehindYourBack);
        EXPECT_FALSE(rec->removed);
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)});
        auto history = WeeklyReview(*reader).history();
        ASSERT_TRUE(history && history->size() == 1u);
        EXPECT_FALSE((*history)[0].changedBehindYourBack) << "history() says what reopen() says";
    }
    // Saving the same date again is a new save both journals keep: still clean.
    save(kWeek1, {{NoteKind::Heard, &*m_sam, "SAM-HEARD", "", ""}});
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_FALSE(rec->changedBehindYourBack);
    }
}

TEST_F(ReviewRecordsAttackTest, AFormat2RecordDowngradedToOneSamSignedIsChanged)
{
    const ReviewRecord saved = save(kWeek1, {{NoteKind::WentWell, &*m_alex, "ALEX-WENT-WELL", "", ""}});
    // Sam replaces it with a format 1 record he signs alone, and drops the notes.
    asSam("DELETE FROM review_notes;");
    asSam("DELETE FROM reviews;");
    forge(kWeek1, saved.savedMs, false);
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec) << "listed, as changed";
        EXPECT_EQ(rec->format, 1);
        EXPECT_TRUE(rec->changedBehindYourBack);
        EXPECT_FALSE(rec->removed);
        auto chart = ReviewHistory(*reader).ratings();
        ASSERT_TRUE(chart);
        EXPECT_TRUE(chart->empty());
    }
}

TEST_F(ReviewRecordsAttackTest, AnEarlierSaveOfTheSameDatePutBackIsChanged)
{
    save(kWeek1, {{NoteKind::WentWell, &*m_alex, "ALEX-REGRETS-THIS", "", ""}});
    asSam("CREATE TABLE old_reviews AS SELECT * FROM reviews;"
          "CREATE TABLE old_notes AS SELECT * FROM review_notes;");
    auto notes = ReviewNotes(*m_alex).notes(kWeek1, NoteKind::WentWell);
    ASSERT_TRUE(notes && notes->size() == 1u);
    // Alex removes the note she regrets, and they save again.
    save(kWeek1, {{NoteKind::WentWell, &*m_alex, "", (*notes)[0].id, ""}});
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_FALSE(rec->changedBehindYourBack);
    }
    // Sam puts back the first save: validly signed and countersigned, and not the last.
    asSam("DELETE FROM reviews; INSERT INTO reviews SELECT * FROM old_reviews;"
          "DELETE FROM review_notes; INSERT INTO review_notes SELECT * FROM old_notes;"
          "DROP TABLE old_reviews; DROP TABLE old_notes;");
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_TRUE(rec->changedBehindYourBack) << "the words she removed came back: reported";
        auto history = WeeklyReview(*reader).history();
        ASSERT_TRUE(history && history->size() == 1u);
        EXPECT_TRUE((*history)[0].changedBehindYourBack);
    }
}

TEST_F(ReviewRecordsAttackTest, ADeletedRecordIsReportedRemoved)
{
    save(kWeek1, {{NoteKind::WentWell, &*m_alex, "ALEX-WENT-WELL", "", ""}});
    asSam("DELETE FROM reviews;");
    m_clock.setMs(m_clock.nowMs() + 4 * kDay); // 2026-01-05: the week of kWeek1
    for (CoupleSpace* reader : bothViews()) {
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)}) << "still listed";
        auto opened = ReviewHistory(*reader).open(kWeek1);
        ASSERT_TRUE(opened && *opened);
        EXPECT_TRUE((*opened)->record.removed);
        EXPECT_TRUE((*opened)->notes.empty()) << "its date, and nothing else";
        EXPECT_FALSE((*opened)->record.myIntention || (*opened)->record.partnerIntention);
        auto schedule = WeeklyReview(*reader).schedule();
        ASSERT_TRUE(schedule);
        EXPECT_EQ(schedule->currentReviewDate, kWeek1);
        EXPECT_TRUE(schedule->currentSaved) << "deleting it does not make the review due again";
        auto chart = ReviewHistory(*reader).ratings();
        ASSERT_TRUE(chart && chart->empty());
    }
}

TEST_F(ReviewRecordsAttackTest, ABrokenCountersignatureIsChangedOrNotListed)
{
    save(kWeek1);
    asSam("UPDATE reviews SET countersignature = zeroblob(64);");
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec) << "a review both journals kept: listed, as changed";
        EXPECT_TRUE(rec->changedBehindYourBack);
    }
    // A record neither journal kept, with no real countersignature: never listed.
    forge(kWeek2, m_clock.nowMs(), true);
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek2);
        EXPECT_FALSE(rec);
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)});
    }
}

TEST_F(ReviewRecordsAttackTest, AForgedRecordOfALaterOrFutureDateIsNotListed)
{
    save(kWeek1);
    forge(kWeek2, m_clock.nowMs(), false); // format 1, after the journals began keeping reviews
    forge(kFuture, m_clock.nowMs(), false);
    forge("2099-01-11", m_clock.nowMs(), true);
    m_clock.setMs(m_clock.nowMs() + 11 * kDay); // 2026-01-12: the week of kWeek2
    for (CoupleSpace* reader : bothViews()) {
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)});
        EXPECT_FALSE(reopened(*reader, kWeek2));
        EXPECT_FALSE(reopened(*reader, kFuture));
        auto schedule = WeeklyReview(*reader).schedule();
        ASSERT_TRUE(schedule);
        EXPECT_EQ(schedule->currentReviewDate, kWeek2);
        EXPECT_FALSE(schedule->currentSaved) << "not \"this week's review is done\"";
        EXPECT_TRUE(schedule->due);
        EXPECT_EQ(schedule->lastSavedDate, std::string(kWeek1)) << "the calendar does not jump";
    }
    // "Last week's intentions" are still week 1's, not a forged week's.
    auto flow = ReviewFlow::begin(*m_alex, *m_sam, std::string(kWeek3));
    ASSERT_TRUE(flow) << flow.error().detail;
    auto last = flow->lastReview();
    ASSERT_TRUE(last && *last);
    EXPECT_EQ((*last)->reviewDate, kWeek1);
    EXPECT_EQ((*last)->myIntention, "ALEX-NEXT-" + std::string(kWeek1));
}

TEST_F(ReviewRecordsAttackTest, AnOldFormat1RecordStillReadsUntilTheFirstKeptReview)
{
    // Saved alone, by a release before the guided review: before either journal kept one.
    ASSERT_TRUE(saveLegacyReview(WeeklyReview(*m_sam), kWeek1));
    for (CoupleSpace* reader : bothViews()) {
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)});
    }
    save(kWeek2);
    // A format 1 record of a date after the first kept review cannot be an old one.
    ASSERT_TRUE(saveLegacyReview(WeeklyReview(*m_sam), kWeek3));
    for (CoupleSpace* reader : bothViews()) {
        EXPECT_EQ(datesOf(*reader), (std::vector<std::string>{std::string(kWeek1), std::string(kWeek2)}));
    }
}

// Three files cannot commit as one: a crash between them (simulated in the journals' own
// rows) never raises a false alarm, and a save couple.db never got is not listed.
TEST_F(ReviewRecordsAttackTest, ACrashBetweenTheFilesRaisesNoFalseAlarm)
{
    save(kWeek1);
    const auto inJournals = [&](const std::string& sql) {
        for (Session* session : {&*m_couple.alex, &*m_couple.sam}) {
            ASSERT_TRUE(detail::JournalAccess::database(session->journal()).exec(sql)) << sql;
        }
    };
    // couple.db committed, the journals never confirmed: the pending save is the record.
    inJournals("UPDATE review_ledger SET pending_saved_at = saved_at, pending_hash = contents_hash,"
               " saved_at = NULL, contents_hash = NULL;");
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_FALSE(rec->changedBehindYourBack);
    }
    // A second save begun in both journals, and couple.db never got its record.
    inJournals("UPDATE review_ledger SET saved_at = pending_saved_at, contents_hash = pending_hash;"
               "UPDATE review_ledger SET pending_saved_at = saved_at + 1;");
    for (CoupleSpace* reader : bothViews()) {
        auto rec = reopened(*reader, kWeek1);
        ASSERT_TRUE(rec);
        EXPECT_FALSE(rec->changedBehindYourBack) << "the last save couple.db holds";
    }
    // A first save of another date begun, never in couple.db: nothing to list or report.
    inJournals("INSERT INTO review_ledger (review_date, pending_saved_at, pending_hash)"
               " VALUES ('2026-01-11', 1, x'00');");
    for (CoupleSpace* reader : bothViews()) {
        EXPECT_EQ(datesOf(*reader), std::vector<std::string>{std::string(kWeek1)});
    }
}

// A crash after couple.db committed but before the journals confirmed (review finding R1):
// the next reading confirms the save, so its later removal is reported, not forgotten.
TEST_F(ReviewRecordsAttackTest, APendingSaveCoupleDbHoldsIsConfirmedSoItsRemovalIsReported)
{
    save(kWeek1);
    for (Session* session : {&*m_couple.alex, &*m_couple.sam}) {
        ASSERT_TRUE(detail::JournalAccess::database(session->journal())
                        .exec("UPDATE review_ledger SET pending_saved_at = saved_at, pending_hash = contents_hash,"
                              " saved_at = NULL, contents_hash = NULL;"));
    }
    auto rec = reopened(*m_alex, kWeek1);
    ASSERT_TRUE(rec);
    EXPECT_FALSE(rec->changedBehindYourBack);
    for (Session* session : {&*m_couple.alex, &*m_couple.sam}) {
        auto stmt = detail::JournalAccess::database(session->journal())
                        .prepare("SELECT saved_at IS NOT NULL, pending_saved_at IS NULL FROM review_ledger;");
        ASSERT_TRUE(stmt);
        auto row = stmt->step();
        ASSERT_TRUE(row && *row);
        EXPECT_EQ(stmt->columnInt(0), 1) << "confirmed by the reading (both journals: Together)";
        EXPECT_EQ(stmt->columnInt(1), 1);
    }
    asSam("DELETE FROM reviews;");
    for (CoupleSpace* reader : bothViews()) {
        auto history = WeeklyReview(*reader).history();
        ASSERT_TRUE(history && history->size() == 1u) << "still listed";
        EXPECT_TRUE((*history)[0].removed);
    }
}

// Together's screen is not the view of one journal (review finding R3): Sam unlocks first,
// having deleted a saved review from couple.db and its row from his own journal, and set his
// journal's "since" far ahead so that forged records would pass as old ones.
TEST_F(ReviewRecordsAttackTest, InTogetherBothJournalsAreAskedWhoeverUnlockedFirst)
{
    save(kWeek1);
    save(kWeek2);
    m_alex.reset();
    m_sam.reset();
    asSam("DELETE FROM reviews WHERE review_date = '2026-01-04';");
    forge(kWeek3, m_clock.nowMs(), false); // format 1, signed by Sam alone
    ASSERT_TRUE(detail::JournalAccess::database(m_couple.sam->journal())
                    .exec("DELETE FROM review_ledger;"
                          "UPDATE settings SET value = '2099-12-31' WHERE key = 'review_ledger_since';"));
    CoupleSpace sam = m_couple.openSpace(*m_couple.sam);
    CoupleSpace alex = m_couple.openSpace(*m_couple.alex);
    // Alone, Sam's view is what his edited journal says: the deleted week is gone.
    auto alone = WeeklyReview(sam).history();
    ASSERT_TRUE(alone);
    EXPECT_TRUE(std::ranges::none_of(*alone, [](const ReviewRecord& r) { return r.removed; }));
    ASSERT_TRUE(sam.beginTogether(alex));
    auto together = WeeklyReview(sam).history();
    ASSERT_TRUE(together) << together.error().detail;
    std::vector<std::string> dates;
    for (const ReviewRecord& r : *together) {
        dates.push_back(r.reviewDate);
    }
    EXPECT_EQ(dates, (std::vector<std::string>{std::string(kWeek2), std::string(kWeek1)}))
        << "week 3 is forged: listed only by Sam's journal, never on the screen both look at";
    ASSERT_EQ(together->size(), 2u);
    EXPECT_FALSE((*together)[0].changedBehindYourBack) << "week 2: kept exactly by Alex's journal";
    EXPECT_TRUE((*together)[1].removed) << "week 1: Alex's journal reports it removed";
    auto one = WeeklyReview(sam).reopen(kWeek1);
    ASSERT_TRUE(one && *one);
    EXPECT_TRUE((*one)->removed);
}
