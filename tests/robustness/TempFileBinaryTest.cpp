// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// No temp files from the real binary (issue 6): `twofold search`, `list`, `show` and
// `write` over a large journal, with $TMPDIR a fresh watched directory, create nothing
// there and nothing in the vault but its databases, -wal, -shm and vault.lock.
#include "ChildProcess.h"
#include "FileWatch.h"
#include "RobustSupport.h"
#include "journal/detail/JournalAccess.h"
#include "support/TempDir.h"
#include "support/TestHooks.h"
#include "vault/Session.h"

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

TEST(TempFileTest, BinaryCreatesNoTempFilesOnALargeJournal)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    TempDir tmp;
    const auto tempDir = tmp / "tmpdir";
    std::filesystem::create_directories(tempDir);
    const MadeVault made = makeVault(tmp / "vault");
    EntryId someId = 0;
    {
        auto vault = openVault(made.dir);
        ASSERT_TRUE(vault);
        auto alex = unlock(*vault, made.alexId, kAlexPassword);
        ASSERT_TRUE(alex);
        ASSERT_TRUE(
            twofold::detail::JournalAccess::database(alex->journal()).exec("PRAGMA synchronous = OFF;"));
        for (int i = 0; i < 2000; ++i) {
            auto id = alex->journal().createAt({.title = "entry " + std::to_string(i),
                                                .body = sampleText(static_cast<std::uint64_t>(i), 2500),
                                                .tags = {"t" + std::to_string(i % 40)}},
                                               1'000'000 + i, 1'000'000 + i);
            ASSERT_TRUE(id);
            someId = *id;
        }
    }
    const std::vector<std::string> env{"TWOFOLD_INSECURE_FAST_KDF=1", "TMPDIR=" + tempDir.string(),
                                       "SQLITE_TMPDIR=" + tempDir.string()};
    const std::vector<std::string> base{"--vault", made.dir.string(), "--partner",
                                        "Alex",    "--password-fd",   "0"};
    const std::string password = std::string(kAlexPassword) + "\n";
    auto run = [&](std::vector<std::string> args, const std::string& input = {}) {
        std::vector<std::string> all = base;
        all.insert(all.end(), args.begin(), args.end());
        return runToEnd(TWOFOLD_EXECUTABLE, all, password + input, env);
    };

    FileWatch watch({tempDir, made.dir});
    ASSERT_TRUE(watch.ok());
    for (const char* query : {"river", "tender kitchen", "caf", "text"}) {
        const auto r = run({"search", "--limit", "500", "--json", query});
        EXPECT_EQ(r.code, 0) << r.err;
        EXPECT_GT(r.out.size(), 1000u);
    }
    const auto list = run({"list", "--limit", "0", "--json"});
    EXPECT_EQ(list.code, 0) << list.err;
    EXPECT_GT(list.out.size(), 100'000u);
    const auto show = run({"show", std::to_string(someId)});
    EXPECT_EQ(show.code, 0) << show.err;
    const auto write = run({"write", "--title", "one more", "--tag", "new"}, sampleText(77, 20'000) + " end");
    EXPECT_EQ(write.code, 0) << write.err;

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
