// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// No temp files (issue 6, DESIGN.md §1: no plaintext in temp files). With $TMPDIR and
// $SQLITE_TMPDIR pointing at a fresh, watched directory, a large journal is searched,
// listed, edited and deleted from; inotify sees every file created in the temp dir and
// the vault dir, even one unlinked at once. Only the databases, their -wal and -shm,
// and vault.lock may appear.
#include "FileWatch.h"
#include "RobustSupport.h"
#include "couple/CoupleSpace.h"
#include "journal/detail/JournalAccess.h"
#include "support/ScopedEnv.h"
#include "support/TempDir.h"
#include "vault/Session.h"

#include <cstdlib>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

TEST(TempFileTest, LargeJournalCreatesNoTempFiles)
{
    TempDir tmp;
    const auto tempDir = tmp / "tmpdir";
    std::filesystem::create_directories(tempDir);
    const ScopedEnv tmpdir("TMPDIR", tempDir.string());
    const ScopedEnv sqliteTmpdir("SQLITE_TMPDIR", tempDir.string());

    const MadeVault made = makeVault(tmp / "vault");
    FileWatch watch({tempDir, made.dir});
    ASSERT_TRUE(watch.ok());
    {
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault);
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex);
        Journal& journal = alex->journal();
        // About 5 MB of text, so sorts and index builds would spill if they could.
        // Loading is not what is measured: skip the fsyncs while it runs.
        ASSERT_TRUE(twofold::detail::JournalAccess::database(journal).exec("PRAGMA synchronous = OFF;"));
        for (int i = 0; i < 2000; ++i) {
            ASSERT_TRUE(journal.createAt({.title = "entry " + std::to_string(i),
                                          .body = sampleText(static_cast<std::uint64_t>(i), 2500),
                                          .tags = {"t" + std::to_string(i % 50), "common"}},
                                         1'000'000 + i, 1'000'000 + i));
        }
        ASSERT_TRUE(twofold::detail::JournalAccess::database(journal).exec("PRAGMA synchronous = FULL;"));
        for (std::string_view query :
             {"river", "tender kitchen", "caf", "🙂", "text", "window rain held"}) {
            auto hits = journal.search(query, 500);
            ASSERT_TRUE(hits) << hits.error().detail;
        }
        auto everything = journal.list({.limit = 1000});
        ASSERT_TRUE(everything);
        ASSERT_EQ(everything->size(), 1000u);
        auto all = allEntries(journal);
        ASSERT_TRUE(all);
        EXPECT_EQ(all->size(), 2000u);
        ASSERT_TRUE(journal.tags());
        for (int i = 0; i < 100; ++i) {
            const EntryId id = (*everything)[static_cast<std::size_t>(i)].id;
            ASSERT_TRUE(journal.update(id, {.title = "edited", .body = sampleText(9000 + i, 4000)}));
            auto removed = journal.remove((*everything)[static_cast<std::size_t>(200 + i)].id);
            ASSERT_TRUE(removed);
            if (i % 2 == 0) {
                ASSERT_TRUE(journal.restore(*removed));
            }
            ASSERT_TRUE(journal.saveDraft({.fields = {.body = sampleText(7000 + i, 3000)}}));
        }
        // Heavy statements SQLite would run with temp b-trees or a sorter.
        ASSERT_TRUE(twofold::detail::JournalAccess::database(journal).exec(
            "CREATE TEMP TABLE scratch AS SELECT * FROM entries;"
            "CREATE INDEX temp.scratch_body ON scratch (body);"
            "SELECT DISTINCT body FROM scratch ORDER BY body DESC;"
            "DROP TABLE temp.scratch;"));
        auto space = CoupleSpace::open(*alex, shippedPacks());
        ASSERT_TRUE(space);
        ASSERT_TRUE(twofold::detail::JournalAccess::database(journal).checkIntegrity());
        ASSERT_TRUE(twofold::detail::JournalAccess::database(journal).checkpoint());
    }
    std::vector<std::string> unexpected;
    for (const auto& path : watch.created()) {
        const std::filesystem::path p(path);
        if (p.parent_path() != made.dir || !isVaultFileName(p.filename().string())) {
            unexpected.push_back(path);
        }
    }
    EXPECT_TRUE(unexpected.empty()) << "created: " << ::testing::PrintToString(unexpected);
    EXPECT_TRUE(std::filesystem::is_empty(tempDir));
}
