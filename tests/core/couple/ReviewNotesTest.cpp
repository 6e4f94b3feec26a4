// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The shared notes of the weekly review (issue 15; couple.db review_notes) and the format 2
// review record. Sam holds the couple key, his own keys and plain SQL: a note he edits,
// forges under Alex's name, deletes or puts back shows as damaged or as "changed behind
// your back", never as Alex's words; an older couple.db put back is reported at unlock.
#include "couple/ReviewNotes.h"

#include "couple/WeeklyReview.h"
#include "couple/detail/SignedRecords.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"
#include "support/FailingVfs.h"
#include "support/LegacyReviews.h"

#include <filesystem>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";

class ReviewNotesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_alex.emplace(m_couple.openSpace(*m_couple.alex));
        m_sam.emplace(m_couple.openSpace(*m_couple.sam));
        ASSERT_TRUE(m_alex->beginTogether(*m_sam));
        m_keys.emplace(unwrapKeys(m_couple.dir(), m_couple.samId, TwoPartners::kSamPassword));
    }

    // Runs SQL on couple.db as Sam with the couple key could.
    void asSam(const std::string& sql)
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        ASSERT_TRUE(raw.exec(sql)) << sql;
    }

    std::string put(CoupleSpace& author, std::string_view text, NoteKind kind = NoteKind::WentWell)
    {
        auto id = ReviewNotes(*m_alex).put(kDate, kind, author, text);
        EXPECT_TRUE(id) << (id ? "" : id.error().detail);
        return id ? *id : std::string();
    }

    std::vector<ReviewNote> notesOf(CoupleSpace& reader, NoteKind kind = NoteKind::WentWell)
    {
        auto notes = ReviewNotes(reader).notes(kDate, kind);
        EXPECT_TRUE(notes) << (notes ? "" : notes.error().detail);
        return notes ? *notes : std::vector<ReviewNote>();
    }

    ManualClock m_clock;
    TwoPartners m_couple{&m_clock};
    std::optional<CoupleSpace> m_alex;
    std::optional<CoupleSpace> m_sam;
    std::optional<RawKeys> m_keys;
};

bool anyText(const std::vector<ReviewNote>& notes, std::string_view marker)
{
    for (const auto& n : notes) {
        if (n.text.find(marker) != std::string::npos || n.about.find(marker) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_F(ReviewNotesTest, NotesRoundTripForBothAuthors)
{
    const std::string a1 = put(*m_alex, "ALEX-WALK");
    const std::string s1 = put(*m_sam, "SAM-DINNER");
    m_clock.advanceMs(1000);
    // Sam's own space writes his notes too (signed by him either way).
    auto s2 = ReviewNotes(*m_sam).put(kDate, NoteKind::WentWell, *m_sam, "SAM-SECOND");
    ASSERT_TRUE(s2);
    auto kind = ReviewNotes(*m_sam).put(kDate, NoteKind::KindWord, *m_sam, "SAM-KIND", {}, m_couple.alexId);
    ASSERT_TRUE(kind);

    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        const auto notes = notesOf(*reader);
        ASSERT_EQ(notes.size(), 3u);
        EXPECT_EQ(notes[0].id, a1);
        EXPECT_EQ(notes[0].partnerId, m_couple.alexId);
        EXPECT_EQ(notes[0].text, "ALEX-WALK");
        EXPECT_EQ(notes[1].partnerId, m_couple.samId);
        EXPECT_EQ(notes[1].text, "SAM-DINNER");
        EXPECT_EQ(notes[2].id, *s2);
        for (const auto& n : notes) {
            EXPECT_EQ(n.state, ItemState::Readable);
            EXPECT_EQ(n.kind, NoteKind::WentWell);
        }
        const auto kindWords = notesOf(*reader, NoteKind::KindWord);
        ASSERT_EQ(kindWords.size(), 1u);
        EXPECT_EQ(kindWords[0].about, m_couple.alexId);
        EXPECT_EQ(kindWords[0].text, "SAM-KIND");
        EXPECT_TRUE(notesOf(*reader, NoteKind::TalkTopic).empty());
    }

    // Edited in place (same id, same position); empty text removes.
    auto edited = ReviewNotes(*m_alex).put(kDate, NoteKind::WentWell, *m_alex, "ALEX-WALK-EDITED", a1);
    ASSERT_TRUE(edited);
    EXPECT_EQ(*edited, a1);
    EXPECT_EQ(notesOf(*m_sam)[0].text, "ALEX-WALK-EDITED");
    ASSERT_TRUE(ReviewNotes(*m_sam).put(kDate, NoteKind::WentWell, *m_sam, "", s1));
    const auto left = notesOf(*m_alex);
    ASSERT_EQ(left.size(), 2u);
    EXPECT_EQ(left[0].id, a1);
    EXPECT_EQ(left[1].id, *s2);

    // Clear refusals.
    ReviewNotes notes(*m_alex);
    EXPECT_EQ(notes.put(kDate, NoteKind::WentWell, *m_sam, "not Sam's to edit", a1).error().code,
              ErrorCode::NotFound);
    EXPECT_EQ(notes.put(kDate, NoteKind::WentWell, *m_alex, std::string(2001, 'x')).error().code,
              ErrorCode::InvalidArgument);
    EXPECT_TRUE(notes.put(kDate, NoteKind::WentWell, *m_alex, std::string(2000, 'x')));
    EXPECT_EQ(notes.put(kDate, NoteKind::WentWell, *m_alex, "\xff\xfe").error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(notes.put("2026-13-01", NoteKind::WentWell, *m_alex, "x").error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(notes.put(kDate, NoteKind::KindWord, *m_alex, "no one").error().code,
              ErrorCode::InvalidArgument);
    EXPECT_EQ(notes.put(kDate, static_cast<NoteKind>(5), *m_alex, "x").error().code,
              ErrorCode::InvalidArgument);
    m_alex->endTogether();
    EXPECT_EQ(notes.put(kDate, NoteKind::WentWell, *m_sam, "not together").error().code,
              ErrorCode::InvalidArgument);
}

TEST_F(ReviewNotesTest, ANoteEditedIsDamagedNotWords)
{
    const std::string id = put(*m_alex, "ALEX-ORIGINAL");
    put(*m_alex, "ALEX-TALK", NoteKind::TalkTopic);
    asSam("UPDATE review_notes SET text = 'SAM-PUT-WORDS' WHERE id = '" + id + "';");
    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        const auto notes = notesOf(*reader);
        ASSERT_EQ(notes.size(), 1u);
        EXPECT_EQ(notes[0].state, ItemState::Damaged);
        EXPECT_TRUE(notes[0].text.empty());
        EXPECT_FALSE(anyText(notes, "SAM-PUT-WORDS"));
    }
    // Moved to another step: the kind is signed.
    asSam("UPDATE review_notes SET kind = 1 WHERE kind = 2;");
    const auto notes = notesOf(*m_alex);
    ASSERT_EQ(notes.size(), 2u);
    EXPECT_EQ(notes[0].state, ItemState::Damaged);
    EXPECT_EQ(notes[1].state, ItemState::Damaged);
    EXPECT_FALSE(anyText(notes, "ALEX-TALK"));
}

TEST_F(ReviewNotesTest, ANoteForgedUnderTheOthersNameIsDamaged)
{
    // Sam signs a well-formed note with his own key and files it under Alex's name.
    const std::string id(32, 'a');
    const std::string text = "ALEX-NEVER-SAID-THIS";
    const detail::ReviewNoteFields fields{id, kDate, 1, m_couple.alexId, "", 0, text, 5};
    const Bytes signature = m_keys->sign.sign(detail::reviewNoteMessage(fields));
    asSam("INSERT INTO review_notes (id, review_date, kind, partner_id, about, position, text, updated_at, "
          "signature) VALUES ('" +
          id + "', '" + std::string(kDate) + "', 1, '" + m_couple.alexId + "', '', 0, '" + text + "', 5, x'" +
          toHex(signature) + "');");
    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        const auto notes = notesOf(*reader);
        ASSERT_EQ(notes.size(), 1u);
        EXPECT_EQ(notes[0].state, ItemState::Damaged);
        EXPECT_FALSE(anyText(notes, text));
    }
    // The same note under his own name is his.
    asSam(
        "UPDATE review_notes SET partner_id = '" + m_couple.samId + "', signature = x'" +
        toHex(m_keys->sign.sign(detail::reviewNoteMessage({id, kDate, 1, m_couple.samId, "", 0, text, 5}))) +
        "';");
    const auto notes = notesOf(*m_alex);
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].state, ItemState::Readable);
    EXPECT_EQ(notes[0].partnerId, m_couple.samId);
}

TEST_F(ReviewNotesTest, AnOlderCoupleDbPutBackIsReported)
{
    const auto copy = m_couple.dir().parent_path() / "couple-old.db";
    ASSERT_TRUE(m_couple.alex->coupleDatabase().checkpoint());
    std::filesystem::copy_file(m_couple.dir() / "couple.db", copy);
    // Nothing but notes changes after the copy.
    put(*m_alex, "ALEX-LATER");
    put(*m_sam, "SAM-LATER", NoteKind::Heard);
    m_alex.reset();
    m_sam.reset();
    m_couple.alex->lock();
    m_couple.sam->lock();
    for (const char* suffix : {"-wal", "-shm"}) {
        std::filesystem::remove(m_couple.dir().string() + "/couple.db" + suffix);
    }
    std::filesystem::copy_file(copy, m_couple.dir() / "couple.db",
                               std::filesystem::copy_options::overwrite_existing);
    Session& alex = m_couple.unlock("alex");
    EXPECT_TRUE(alex.freshness().coupleOlder) << "the notes put back are reported at unlock";
    Session& sam = m_couple.unlock("sam");
    EXPECT_TRUE(sam.freshness().coupleOlder);
}

TEST_F(ReviewNotesTest, TheMigrationUpgradesACoupleDbOfMigration7AndKeepsOldReviews)
{
    // A review as releases of migration 7 saved it: format 1, signed by one partner.
    ASSERT_TRUE(WeeklyReview(*m_alex).setIntention(kDate, "ALEX-INTENT"));
    ASSERT_TRUE(WeeklyReview(*m_sam).setIntention(kDate, "SAM-INTENT"));
    ASSERT_TRUE(saveLegacyReview(WeeklyReview(*m_alex), kDate));
    m_alex.reset();
    m_sam.reset();
    m_couple.alex->lock();
    m_couple.sam->lock();
    // couple.db as migration 0007 left it.
    asSam("DROP TABLE review_notes;"
          "ALTER TABLE reviews DROP COLUMN format;"
          "ALTER TABLE reviews DROP COLUMN contents_hash;"
          "ALTER TABLE reviews DROP COLUMN countersignature;"
          "PRAGMA user_version = 7;");
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        auto stmt = raw.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE '%review_notes%';");
        ASSERT_TRUE(stmt && *stmt->step());
        ASSERT_EQ(stmt->columnInt(0), 0) << "the table, its index and its triggers are gone";
    }
    m_couple.unlock("alex");
    m_couple.unlock("sam");
    EXPECT_EQ(*m_couple.alex->coupleDatabase().userVersion(), latestVersion(Schema::Couple));
    EXPECT_EQ(latestVersion(Schema::Couple), 8);
    m_alex.emplace(m_couple.openSpace(*m_couple.alex));
    m_sam.emplace(m_couple.openSpace(*m_couple.sam));
    auto rec = WeeklyReview(*m_sam).review(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_EQ((*rec)->myIntention, "SAM-INTENT");
    EXPECT_EQ((*rec)->partnerIntention, "ALEX-INTENT");
    EXPECT_EQ((*rec)->savedBy, m_couple.alexId);
    ASSERT_TRUE(m_alex->beginTogether(*m_sam));
    put(*m_sam, "SAM-AFTER-UPGRADE");
    EXPECT_EQ(notesOf(*m_alex).at(0).text, "SAM-AFTER-UPGRADE");
    // The generation triggers came back with the migration.
    Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
    auto stmt = raw.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                            "name LIKE 'generation_review_notes_%';");
    ASSERT_TRUE(stmt && *stmt->step());
    EXPECT_EQ(stmt->columnInt(0), 3);
}

namespace {

// Runs `sql` on couple.db with Sam's couple key and returns the first column of the first row.
Bytes blobOf(Database& raw, const std::string& sql)
{
    auto stmt = raw.prepare(sql);
    EXPECT_TRUE(stmt && *stmt->step()) << sql;
    return stmt->columnBlob(0);
}

} // namespace

TEST_F(ReviewNotesTest, AFormat2SaveIsSignedOverItsContentsAndReadsBack)
{
    put(*m_alex, "ALEX-WENT-WELL");
    const TogetherSave save{
        std::string(kDate), "ALEX-NEXT", "SAM-NEXT", {{NoteKind::Heard, &*m_sam, "SAM-HEARD", "", ""}}};
    auto saved = WeeklyReview(*m_alex).saveTogetherV2(*m_sam, save);
    ASSERT_TRUE(saved) << saved.error().detail;
    EXPECT_EQ(saved->format, 2);
    EXPECT_EQ(saved->myIntention, "ALEX-NEXT");
    for (CoupleSpace* reader : {&*m_alex, &*m_sam}) {
        WeeklyReview review(*reader);
        auto rec = review.reopen(kDate);
        ASSERT_TRUE(rec && *rec);
        EXPECT_EQ((*rec)->format, 2);
        EXPECT_FALSE((*rec)->changedBehindYourBack);
        EXPECT_EQ((*rec)->savedBy, m_couple.alexId);
        EXPECT_EQ(reader == &*m_alex ? (*rec)->partnerIntention : (*rec)->myIntention, "SAM-NEXT");
        auto history = review.history();
        ASSERT_TRUE(history);
        ASSERT_EQ(history->size(), 1u);
        EXPECT_EQ((*history)[0].format, 2);
        EXPECT_EQ(notesOf(*reader, NoteKind::Heard).at(0).text, "SAM-HEARD");
        // The revealed envelopes are part of what was signed: ReviewFlowAttackTest,
        // ARevealedStepDeletedReplacedOrAddedMakesReopenSayChanged.
    }
    // Saving alone (not Together) is refused.
    m_alex->endTogether();
    EXPECT_EQ(WeeklyReview(*m_alex).saveTogetherV2(*m_sam, save).error().code, ErrorCode::InvalidArgument);
}

TEST_F(ReviewNotesTest, ANoteDeletedOrPutBackMakesReopenSayChanged)
{
    const std::string alexNote = put(*m_alex, "ALEX-FIRST-DRAFT");
    Bytes oldSignature;
    {
        Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
        oldSignature = blobOf(raw, "SELECT signature FROM review_notes WHERE id = '" + alexNote + "';");
    }
    m_clock.advanceMs(1000);
    ASSERT_TRUE(ReviewNotes(*m_alex).put(kDate, NoteKind::WentWell, *m_alex, "ALEX-FINAL", alexNote));
    const std::string samNote = put(*m_sam, "SAM-NOTE", NoteKind::TalkTopic);
    ASSERT_TRUE(WeeklyReview(*m_alex).saveTogetherV2(*m_sam, {std::string(kDate), "", "", {}}));
    const auto changed = [&] {
        auto rec = WeeklyReview(*m_alex).reopen(kDate);
        EXPECT_TRUE(rec && *rec) << "the review stays saved";
        return rec && *rec && (*rec)->changedBehindYourBack;
    };
    ASSERT_FALSE(changed());
    Database raw = openCoupleRaw(m_couple.dir(), m_keys->coupleKey);
    const auto exec = [&](const std::string& sql) {
        ASSERT_TRUE(raw.exec(sql)) << sql;
    };

    // Deleted, then put back exactly as saved.
    exec("CREATE TEMP TABLE saved AS SELECT * FROM review_notes WHERE id = '" + samNote + "';");
    exec("DELETE FROM review_notes WHERE id = '" + samNote + "';");
    EXPECT_TRUE(changed());
    exec("INSERT INTO review_notes SELECT * FROM temp.saved;");
    EXPECT_FALSE(changed());

    // An older version of Alex's note put back: genuine words, but not what was saved.
    exec("UPDATE review_notes SET text = 'ALEX-FIRST-DRAFT', updated_at = " +
         std::to_string(m_clock.nowMs() - 1000) + ", signature = x'" + toHex(oldSignature) +
         "' WHERE id = '" + alexNote + "';");
    EXPECT_EQ(notesOf(*m_alex).at(0).text, "ALEX-FIRST-DRAFT");
    EXPECT_TRUE(changed());
    m_clock.advanceMs(1000);
    ASSERT_TRUE(ReviewNotes(*m_alex).put(kDate, NoteKind::WentWell, *m_alex, "ALEX-FINAL", alexNote));
    EXPECT_TRUE(changed()) << "a later edit is a change too, even back to the same words";

    // Added after the save, through the app.
    exec("DELETE FROM review_notes WHERE id = '" + alexNote + "';");
    ASSERT_TRUE(WeeklyReview(*m_alex).saveTogetherV2(*m_sam, {std::string(kDate), "", "", {}}));
    ASSERT_FALSE(changed());
    put(*m_sam, "SAM-ADDED-LATER");
    EXPECT_TRUE(changed());

    // Sam re-signs the record alone over what couple.db holds now: Alex's countersignature
    // is missing. And a format 1 record in its place signs no notes at all.
    auto hash = ReviewNotes(*m_sam).contentsHash(kDate);
    ASSERT_TRUE(hash);
    const std::int64_t savedMs = m_clock.nowMs();
    exec("UPDATE reviews SET saved_at = " + std::to_string(savedMs) + ", signed_by = '" + m_couple.samId +
         "', contents_hash = x'" + toHex(*hash) + "', signature = x'" +
         toHex(m_keys->sign.sign(detail::reviewMessageV2(kDate, savedMs, m_couple.samId, *hash))) + "';");
    EXPECT_TRUE(changed());
    exec("UPDATE reviews SET format = 1, contents_hash = NULL, countersignature = NULL, signature = x'" +
         toHex(m_keys->sign.sign(detail::reviewMessage(kDate, savedMs, m_couple.samId))) + "';");
    auto rec = WeeklyReview(*m_alex).reopen(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_EQ((*rec)->format, 1);
    EXPECT_TRUE((*rec)->changedBehindYourBack);
}

TEST(ReviewNotesSaveTest, SaveIsOneTransaction)
{
    ASSERT_TRUE(FailingVfs::install(FailingVfs::AsDefault::Yes));
    struct Uninstall
    {
        ~Uninstall() { FailingVfs::uninstall(); }
    } uninstall;
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(sam));
    auto kept = ReviewNotes(alex).put(kDate, NoteKind::WentWell, sam, "SAM-KEPT");
    ASSERT_TRUE(kept);
    const TogetherSave save{
        std::string(kDate),
        "ALEX-NEXT",
        "SAM-NEXT",
        {{NoteKind::Heard, &alex, "ALEX-LAST-WORDS", "", ""}, {NoteKind::WentWell, &sam, "", *kept, ""}}};
    const auto count = [&](const std::string& table) {
        auto stmt = couple.alex->coupleDatabase().prepare("SELECT count(*) FROM " + table + ";");
        EXPECT_TRUE(stmt && *stmt->step());
        return stmt->columnInt(0);
    };
    int failures = 0;
    for (std::uint64_t budget = 0;; budget += 1024) {
        ASSERT_LT(budget, 4u << 20) << "the save never succeeded";
        FailingVfs::failWritesAfter(budget);
        auto saved = WeeklyReview(alex).saveTogetherV2(sam, save);
        FailingVfs::disarm();
        if (saved) {
            break;
        }
        ++failures;
        EXPECT_EQ(saved.error().code, ErrorCode::DiskFull) << saved.error().detail;
        // Nothing of it: no record, no intention, the old note kept and no new one.
        EXPECT_EQ(count("reviews"), 0);
        EXPECT_EQ(count("intentions"), 0);
        auto notes = ReviewNotes(alex).notes(kDate, NoteKind::WentWell);
        ASSERT_TRUE(notes);
        ASSERT_EQ(notes->size(), 1u);
        EXPECT_EQ((*notes)[0].text, "SAM-KEPT");
        EXPECT_EQ(count("review_notes"), 1);
    }
    EXPECT_GT(failures, 0) << "the disk filled up halfway at least once";
    auto rec = WeeklyReview(sam).reopen(kDate);
    ASSERT_TRUE(rec && *rec);
    EXPECT_FALSE((*rec)->changedBehindYourBack);
    EXPECT_EQ((*rec)->myIntention, "SAM-NEXT");
    EXPECT_EQ((*rec)->partnerIntention, "ALEX-NEXT");
    EXPECT_TRUE(ReviewNotes(sam).notes(kDate, NoteKind::WentWell)->empty());
    EXPECT_EQ(ReviewNotes(sam).notes(kDate, NoteKind::Heard)->at(0).text, "ALEX-LAST-WORDS");
}
