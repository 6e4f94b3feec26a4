// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// A full disk is a distinct, clear error and loses nothing already saved. SQLite's
// max_page_count makes the database "full" at a chosen size, which SQLite reports
// exactly as it reports ENOSPC (SQLITE_FULL). Issue 6 adds a failing-write VFS and a
// real small filesystem on top of this.
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

using namespace twofold;

TEST(JournalDiskFullTest, FullDatabaseIsDiskFullAndKeepsEarlierEntries)
{
    test::TempDir dir;
    SecretBuffer key(32);
    SystemRandom::instance().fill(key.span());
    const auto path = dir / "partner.db";
    std::vector<EntryId> saved;
    {
        auto journal = Journal::open(path, key, OpenMode::CreateIfMissing, SystemClock::instance());
        ASSERT_TRUE(journal);
        for (int i = 0; i < 5; ++i) {
            auto id = journal->create({.title = "kept " + std::to_string(i), .body = "safe text"});
            ASSERT_TRUE(id);
            saved.push_back(*id);
        }
        auto pages = twofold::detail::JournalAccess::database(*journal).prepare("PRAGMA page_count;");
        ASSERT_TRUE(pages);
        ASSERT_TRUE(*pages->step());
        const auto limit = pages->columnInt(0) + 2;
        ASSERT_TRUE(twofold::detail::JournalAccess::database(*journal).exec(
            "PRAGMA max_page_count = " + std::to_string(limit) + ";"));

        const std::string big(200'000, 'x');
        auto failed = journal->create({.title = "too big", .body = big});
        ASSERT_FALSE(failed);
        EXPECT_EQ(failed.error().code, ErrorCode::DiskFull);
        auto draft = journal->saveDraft({.fields = {.body = big}});
        ASSERT_FALSE(draft);
        EXPECT_EQ(draft.error().code, ErrorCode::DiskFull);
        // Still usable for reading, nothing half-written.
        EXPECT_EQ(*journal->count(), 5);
    }
    auto journal = Journal::open(path, key, OpenMode::Existing, SystemClock::instance());
    ASSERT_TRUE(journal);
    EXPECT_EQ(*journal->count(), 5);
    for (EntryId id : saved) {
        auto entry = journal->get(id);
        ASSERT_TRUE(entry);
        EXPECT_EQ(entry->fields.body, "safe text");
    }
    EXPECT_TRUE(twofold::detail::JournalAccess::database(*journal).checkIntegrity());
    auto hits = journal->search("too big");
    ASSERT_TRUE(hits);
    EXPECT_TRUE(hits->empty());
}
