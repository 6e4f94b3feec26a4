// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Issue 16, item 1: the editor saves entries themselves; drafts are only what a crash or an
// older version left. The first autosave of a new entry takes the new-entry draft with it
// in the same transaction, and the list can ask which entries still have a draft.
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "journal/Journal.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace twofold;

namespace {

class JournalAutosaveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SystemRandom::instance().fill(m_key.span());
        auto opened = Journal::open(m_dir / "partner.db", m_key, OpenMode::CreateIfMissing, m_clock);
        ASSERT_TRUE(opened);
        journal.emplace(std::move(*opened));
    }

    test::TempDir m_dir;
    SecretBuffer m_key{32};
    ManualClock m_clock;
    std::optional<Journal> journal;
};

TEST_F(JournalAutosaveTest, CreateFromNewDraftTakesTheNewEntryDraftWithIt)
{
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, {.body = "left by a crash"}, 0}));
    const EntryId other = *journal->create({.body = "other"});
    ASSERT_TRUE(journal->saveDraft(Draft{other, {.body = "other, edited"}, 0}));

    auto id = journal->createFromNewDraft({.title = "Back", .body = "left by a crash"});
    ASSERT_TRUE(id);
    EXPECT_EQ(journal->get(*id)->fields.body, "left by a crash");
    EXPECT_EQ(journal->get(*id)->createdMs, m_clock.nowMs());
    EXPECT_FALSE(*journal->draft(std::nullopt));
    EXPECT_TRUE(*journal->draft(other)) << "only the new-entry draft goes";
}

TEST_F(JournalAutosaveTest, CreateKeepsTheNewEntryDraft)
{
    // `twofold write` and imports create entries too: they leave the editor's draft alone.
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, {.body = "still being written"}, 0}));
    ASSERT_TRUE(journal->create({.body = "from the command line"}));
    EXPECT_TRUE(*journal->draft(std::nullopt));
}

TEST_F(JournalAutosaveTest, DraftEntryIdsListsTheEntriesWithADraftOnly)
{
    const EntryId a = *journal->create({.body = "a"});
    const EntryId b = *journal->create({.body = "b"});
    const EntryId c = *journal->create({.body = "c"});
    EXPECT_TRUE(journal->draftEntryIds()->empty());
    ASSERT_TRUE(journal->saveDraft(Draft{c, {.body = "c2"}, 0}));
    ASSERT_TRUE(journal->saveDraft(Draft{a, {.body = "a2"}, 0}));
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, {.body = "new"}, 0}));
    EXPECT_EQ(*journal->draftEntryIds(), (std::vector<EntryId>{a, c})) << "not b, not the new-entry draft";

    ASSERT_TRUE(journal->update(a, {.body = "a2"})); // the autosave of the entry supersedes it
    ASSERT_TRUE(journal->remove(c));
    EXPECT_TRUE(journal->draftEntryIds()->empty());
    (void)b;
}

TEST_F(JournalAutosaveTest, ANewEntryFailingToSaveKeepsItsDraft)
{
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, {.body = "kept"}, 0}));
    auto refused = journal->createFromNewDraft({.body = "x", .mood = 9});
    ASSERT_FALSE(refused);
    EXPECT_EQ(journal->count().value(), 0);
    EXPECT_TRUE(*journal->draft(std::nullopt)) << "nothing half-done";
}

} // namespace
