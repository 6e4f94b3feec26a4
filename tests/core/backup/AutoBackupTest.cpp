// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "backup/AutoBackup.h"

#include "couple/WeeklyReview.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <fstream>
#include <set>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

void writeAll(const std::filesystem::path& path, const std::string& data)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

std::set<std::string> namesIn(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder)) {
        names.insert(e.path().filename().string());
    }
    return names;
}

class AutoBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(p.alex->journal().create({"Alex", "Alex's words", 4, 1, {}, {}}));
        ASSERT_TRUE(p.sam->journal().create({"Sam", "Sam's words", 2, 0, {}, {}}));
    }

    TwoPartners p;
    TempDir out;
};

TEST_F(AutoBackupTest, SettingsDefaultToOffWithEightKept)
{
    auto space = p.openSpace(*p.alex);
    auto settings = loadAutoBackupSettings(space);
    ASSERT_TRUE(settings) << settings.error().detail;
    EXPECT_FALSE(settings->enabled);
    EXPECT_TRUE(settings->folder.empty());
    EXPECT_EQ(settings->keep, 8);
}

TEST_F(AutoBackupTest, SettingsRoundTripAndAreSharedByBothPartners)
{
    auto alex = p.openSpace(*p.alex);
    const AutoBackupSettings wanted{true, out.path() / "backups", 3};
    ASSERT_TRUE(saveAutoBackupSettings(alex, wanted));

    auto again = loadAutoBackupSettings(alex);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, wanted);

    auto sam = p.openSpace(*p.sam);
    auto samSees = loadAutoBackupSettings(sam);
    ASSERT_TRUE(samSees);
    EXPECT_EQ(*samSees, wanted);

    ASSERT_TRUE(saveAutoBackupSettings(sam, {false, out.path() / "backups", 5}));
    auto off = loadAutoBackupSettings(alex);
    ASSERT_TRUE(off);
    EXPECT_FALSE(off->enabled);
    EXPECT_EQ(off->keep, 5);
    EXPECT_EQ(off->folder, out.path() / "backups");
}

TEST_F(AutoBackupTest, InvalidSettingsAreRefusedAndNothingIsWritten)
{
    auto space = p.openSpace(*p.alex);
    const AutoBackupSettings good{true, out.path(), 4};
    ASSERT_TRUE(saveAutoBackupSettings(space, good));

    for (const AutoBackupSettings& bad :
         {AutoBackupSettings{true, out.path(), 0}, AutoBackupSettings{true, out.path(), 101},
          AutoBackupSettings{false, {}, -3}, AutoBackupSettings{true, "relative/backups", 4},
          AutoBackupSettings{true, {}, 4}}) {
        auto st = saveAutoBackupSettings(space, bad);
        ASSERT_FALSE(st);
        EXPECT_EQ(st.error().code, ErrorCode::InvalidArgument);
    }
    auto now = loadAutoBackupSettings(space);
    ASSERT_TRUE(now);
    EXPECT_EQ(*now, good);

    // The limits themselves are fine.
    EXPECT_TRUE(saveAutoBackupSettings(space, {true, out.path(), 1}));
    EXPECT_TRUE(saveAutoBackupSettings(space, {true, out.path(), 100}));
    EXPECT_TRUE(saveAutoBackupSettings(space, {false, {}, 8}));
}

TEST_F(AutoBackupTest, BadStoredValuesFallBackToDefaults)
{
    auto space = p.openSpace(*p.alex);
    ASSERT_TRUE(space.setCoupleSetting("backup.auto.enabled", "yes please"));
    ASSERT_TRUE(space.setCoupleSetting("backup.auto.keep", "-7"));
    ASSERT_TRUE(space.setCoupleSetting("backup.auto.folder", out.path().string()));
    auto s = loadAutoBackupSettings(space);
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->enabled);
    EXPECT_EQ(s->keep, 8);
    EXPECT_EQ(s->folder, out.path());

    ASSERT_TRUE(space.setCoupleSetting("backup.auto.enabled", "1"));
    ASSERT_TRUE(space.setCoupleSetting("backup.auto.keep", "1000"));
    ASSERT_TRUE(space.setCoupleSetting("backup.auto.folder", "not/absolute"));
    s = loadAutoBackupSettings(space);
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->enabled) << "no usable folder turns automatic backups off";
    EXPECT_TRUE(s->folder.empty());
    EXPECT_EQ(s->keep, 8);
}

TEST_F(AutoBackupTest, CoupleSettingsAreOneStoreWithTheReviewDay)
{
    auto space = p.openSpace(*p.alex);
    WeeklyReview review(space);
    ASSERT_TRUE(review.setReviewDay(Weekday::Wednesday));
    auto stored = space.coupleSetting("review_day");
    ASSERT_TRUE(stored);
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ(**stored, std::to_string(static_cast<int>(Weekday::Wednesday)));

    ASSERT_TRUE(space.setCoupleSetting("review_day", "5"));
    auto day = review.reviewDay();
    ASSERT_TRUE(day);
    EXPECT_EQ(static_cast<int>(*day), 5);

    auto missing = space.coupleSetting("no.such.key");
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
    EXPECT_FALSE(space.setCoupleSetting("", "x"));
}

TEST(AutoBackupNames, FormatAndParseExactly)
{
    const std::int64_t ms = 1'795'275'730'123; // 2026-11-21 15:42:10.123 UTC
    EXPECT_EQ(autoBackupFileName(ms), "twofold-2026-11-21-154210.twofold-backup");
    EXPECT_EQ(autoBackupFileName(ms, 2), "twofold-2026-11-21-154210-2.twofold-backup");

    auto parsed = parseAutoBackupFileName("twofold-2026-11-21-154210.twofold-backup");
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->createdMs, 1'795'275'730'000);
    EXPECT_EQ(parsed->sequence, 1);
    auto second = parseAutoBackupFileName("twofold-2026-11-21-154210-12.twofold-backup");
    ASSERT_TRUE(second);
    EXPECT_EQ(second->sequence, 12);

    for (std::string_view foreign :
         {"twofold-backup-by-hand.twofold-backup", "twofold-2026-11-21.twofold-backup",
          "twofold-2026-11-21-154210.twofold-backup.partial", "twofold-2026-02-30-120000.twofold-backup",
          "twofold-2026-13-01-120000.twofold-backup", "twofold-2026-11-21-246000.twofold-backup",
          "twofold-2026-11-21-154210-1.twofold-backup", "twofold-2026-11-21-154210-02.twofold-backup",
          "twofold-2026-11-21-154210-x.twofold-backup", "Twofold-2026-11-21-154210.twofold-backup",
          "xtwofold-2026-11-21-154210.twofold-backup", "twofold-2026-11-21-154210.twofold-backup2",
          "notes.txt"}) {
        EXPECT_FALSE(parseAutoBackupFileName(foreign)) << foreign;
    }
}

TEST_F(AutoBackupTest, TenRunsKeepingThreeLeaveTheThreeNewestAndForeignFiles)
{
    const auto folder = out / "backups";
    std::filesystem::create_directories(folder);
    writeAll(folder / "notes.txt", "mine");
    writeAll(folder / "twofold-backup-by-hand.twofold-backup", "by hand");
    std::filesystem::create_directories(folder / "twofold-2000-01-01-000000.twofold-backup"); // a folder

    ManualClock clock(1'795'275'730'000);
    std::vector<std::string> made;
    for (int i = 0; i < 10; ++i) {
        ASSERT_TRUE(p.alex->journal().create({"Run " + std::to_string(i), "More words", 3, 0, {}, {}}));
        auto r = runAutoBackup(p.dir(), folder, 3, clock);
        ASSERT_TRUE(r) << r.error().detail;
        EXPECT_EQ(r->file.parent_path(), folder);
        EXPECT_EQ(r->manifest.createdMs, clock.nowMs());
        EXPECT_EQ(r->removed.size(), i < 3 ? 0u : 1u) << i;
        made.push_back(r->file.filename().string());
        clock.advanceMs(7LL * 24 * 3600 * 1000); // a week later
    }

    const std::set<std::string> expected{made[7],
                                         made[8],
                                         made[9],
                                         "notes.txt",
                                         "twofold-backup-by-hand.twofold-backup",
                                         "twofold-2000-01-01-000000.twofold-backup"};
    EXPECT_EQ(namesIn(folder), expected);
    for (int i = 7; i < 10; ++i) {
        auto v = verifyBackup(folder / made[static_cast<std::size_t>(i)]);
        ASSERT_TRUE(v) << made[static_cast<std::size_t>(i)];
    }
    auto listed = listAutoBackups(folder);
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].path.filename(), made[9]);
    EXPECT_EQ(listed[2].path.filename(), made[7]);
}

TEST_F(AutoBackupTest, SameSecondGetsASecondNameAndNothingIsOverwritten)
{
    const auto folder = out / "backups";
    ManualClock clock(1'795'275'730'000);
    auto first = runAutoBackup(p.dir(), folder, 8, clock);
    ASSERT_TRUE(first);
    clock.advanceMs(400); // same second
    auto second = runAutoBackup(p.dir(), folder, 8, clock);
    ASSERT_TRUE(second);
    EXPECT_EQ(first->file.filename(), "twofold-2026-11-21-154210.twofold-backup");
    EXPECT_EQ(second->file.filename(), "twofold-2026-11-21-154210-2.twofold-backup");
    EXPECT_TRUE(verifyBackup(first->file));
    EXPECT_TRUE(verifyBackup(second->file));

    // keep 1: the older one of the same second goes, the newest stays.
    auto third = runAutoBackup(p.dir(), folder, 1, clock);
    ASSERT_TRUE(third);
    EXPECT_EQ(third->file.filename(), "twofold-2026-11-21-154210-3.twofold-backup");
    EXPECT_EQ(third->removed.size(), 2u);
    EXPECT_EQ(namesIn(folder), std::set<std::string>{"twofold-2026-11-21-154210-3.twofold-backup"});
}

TEST_F(AutoBackupTest, ANewBackupIsNeverPrunedEvenWhenTheClockWentBack)
{
    const auto folder = out / "backups";
    ManualClock clock(1'795'275'730'000);
    ASSERT_TRUE(runAutoBackup(p.dir(), folder, 2, clock));
    clock.advanceMs(60'000);
    ASSERT_TRUE(runAutoBackup(p.dir(), folder, 2, clock));
    clock.setMs(1'700'000'000'000); // years earlier
    auto r = runAutoBackup(p.dir(), folder, 2, clock);
    ASSERT_TRUE(r);
    EXPECT_TRUE(std::filesystem::exists(r->file));
    EXPECT_EQ(listAutoBackups(folder).size(), 2u);
}

TEST_F(AutoBackupTest, CreatesAMissingFolderOnlyForTheOwner)
{
    const auto folder = out / "deep" / "backups";
    auto r = runAutoBackup(p.dir(), folder, 8, SystemClock::instance());
    ASSERT_TRUE(r) << r.error().detail;
    const auto perms = std::filesystem::status(folder).permissions();
    EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_all);
    EXPECT_TRUE(verifyBackup(r->file));
}

TEST_F(AutoBackupTest, AFailureLeavesOlderBackupsAsTheyWere)
{
    const auto folder = out / "backups";
    ManualClock clock(1'795'275'730'000);
    auto older = runAutoBackup(p.dir(), folder, 1, clock);
    ASSERT_TRUE(older);
    const std::string before = readFile(older->file);

    // A folder below a regular file cannot be created (even by root).
    writeAll(out / "a-file", "x");
    clock.advanceMs(60'000);
    auto blocked = runAutoBackup(p.dir(), out / "a-file" / "backups", 1, clock);
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::IoError);

    // The folder is itself a file.
    auto notAFolder = runAutoBackup(p.dir(), out / "a-file", 1, clock);
    ASSERT_FALSE(notAFolder);
    EXPECT_EQ(notAFolder.error().code, ErrorCode::IoError);

    // The vault is gone: createBackup fails, and with keep 1 nothing may be pruned.
    auto noVault = runAutoBackup(out / "no-vault", folder, 1, clock);
    ASSERT_FALSE(noVault);
    EXPECT_EQ(noVault.error().code, ErrorCode::VaultNotFound);

    EXPECT_EQ(namesIn(folder), std::set<std::string>{older->file.filename().string()});
    EXPECT_EQ(readFile(older->file), before);
    EXPECT_TRUE(verifyBackup(older->file));

    EXPECT_EQ(runAutoBackup(p.dir(), folder, 0, clock).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(runAutoBackup(p.dir(), folder, 101, clock).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(runAutoBackup(p.dir(), {}, 3, clock).error().code, ErrorCode::InvalidArgument);
}

TEST_F(AutoBackupTest, PruningLeavesAnotherVaultsBackupsAndUnreadableFilesAlone)
{
    // One folder shared by two installations (the old computer and the new one).
    const auto folder = out / "shared";
    TwoPartners other;
    ManualClock clock(1'795'275'730'000);
    std::set<std::string> theirs;
    for (int i = 0; i < 3; ++i) {
        auto r = runAutoBackup(other.dir(), folder, 8, clock);
        ASSERT_TRUE(r) << r.error().detail;
        theirs.insert(r->file.filename().string());
        clock.advanceMs(60'000);
    }
    // Named like an automatic backup, but not readable as one: not known to be ours.
    const std::string garbage = autoBackupFileName(clock.nowMs() - 3'600'000);
    writeAll(folder / garbage, "not a backup at all, just the right name");
    const std::string truncated = autoBackupFileName(clock.nowMs() - 7'200'000);
    std::filesystem::copy_file(folder / *theirs.begin(), folder / truncated);
    std::filesystem::resize_file(folder / truncated, 10);

    std::string last;
    for (int i = 0; i < 4; ++i) {
        auto r = runAutoBackup(p.dir(), folder, 2, clock);
        ASSERT_TRUE(r) << r.error().detail;
        // The other vault's three never count towards our two.
        EXPECT_EQ(r->removed.size(), i < 2 ? 0u : 1u) << i;
        for (const auto& removed : r->removed) {
            EXPECT_FALSE(std::filesystem::exists(removed));
            EXPECT_FALSE(theirs.contains(removed.filename().string()));
        }
        last = r->file.filename().string();
        clock.advanceMs(60'000);
    }
    auto names = namesIn(folder);
    for (const auto& name : theirs) {
        EXPECT_TRUE(names.contains(name)) << name;
        auto v = verifyBackup(folder / name);
        ASSERT_TRUE(v) << name;
    }
    EXPECT_TRUE(names.contains(garbage));
    EXPECT_TRUE(names.contains(truncated));
    EXPECT_TRUE(names.contains(last));
    EXPECT_EQ(names.size(), theirs.size() + 2 + 2); // theirs, two unreadable, our two newest

    // And the other installation, running next, prunes only its own.
    auto again = runAutoBackup(other.dir(), folder, 1, clock);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->removed.size(), 3u);
    EXPECT_TRUE(namesIn(folder).contains(last));
}

TEST_F(AutoBackupTest, AFolderInsideTheVaultIsRefused)
{
    const auto inside = p.dir() / "backups";
    ManualClock clock(1'795'275'730'000);
    auto run = runAutoBackup(p.dir(), inside, 3, clock);
    ASSERT_FALSE(run);
    EXPECT_EQ(run.error().code, ErrorCode::InsideVault);
    EXPECT_FALSE(std::filesystem::exists(inside)); // not even created

    EXPECT_EQ(validateAutoBackupSettings({true, inside, 8}, p.dir()).error().code, ErrorCode::InsideVault);
    EXPECT_EQ(validateAutoBackupSettings({true, p.dir(), 8}, p.dir()).error().code, ErrorCode::InsideVault);
    EXPECT_TRUE(validateAutoBackupSettings({true, out.path() / "backups", 8}, p.dir()));
    // Turning backups off is always possible, whatever folder an older Twofold stored.
    EXPECT_TRUE(validateAutoBackupSettings({false, inside, 8}, p.dir()));

    auto space = p.openSpace(*p.alex);
    ASSERT_TRUE(saveAutoBackupSettings(space, {true, out.path() / "backups", 5}));
    auto saved = saveAutoBackupSettings(space, {true, inside, 3});
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, ErrorCode::InsideVault);
    auto loaded = loadAutoBackupSettings(space);
    ASSERT_TRUE(loaded);
    EXPECT_EQ(*loaded, (AutoBackupSettings{true, out.path() / "backups", 5})); // nothing written
}

TEST_F(AutoBackupTest, SettingsAreWrittenInOneTransaction)
{
    auto space = p.openSpace(*p.alex);
    ASSERT_TRUE(saveAutoBackupSettings(space, {true, out.path() / "backups", 5}));
    // The second value fails (an empty key): the first must not be written either.
    const std::pair<std::string_view, std::string_view> values[] = {
        {"backup.auto.folder", "/somewhere/else"},
        {"", "x"},
    };
    auto st = space.setCoupleSettings(values);
    ASSERT_FALSE(st);
    auto folder = space.coupleSetting("backup.auto.folder");
    ASSERT_TRUE(folder);
    ASSERT_TRUE(*folder);
    EXPECT_EQ(**folder, (out.path() / "backups").string());
}

TEST_F(AutoBackupTest, AFailurePartwayThroughWritingLeavesOlderBackups)
{
    const auto folder = out / "backups";
    ManualClock clock(1'795'275'730'000);
    std::vector<std::filesystem::path> older;
    for (int i = 0; i < 2; ++i) {
        auto r = runAutoBackup(p.dir(), folder, 2, clock);
        ASSERT_TRUE(r);
        older.push_back(r->file);
        clock.advanceMs(60'000);
    }
    const std::string first = readFile(older[0]);
    const std::string second = readFile(older[1]);

    // couple.db is copied last: the keyring and both journals are already written into
    // the .partial file when reading it fails.
    std::filesystem::rename(p.dir() / "couple.db", out / "couple.db.away");
    std::filesystem::create_directory(p.dir() / "couple.db");
    auto failed = runAutoBackup(p.dir(), folder, 1, clock);
    std::filesystem::remove(p.dir() / "couple.db");
    std::filesystem::rename(out / "couple.db.away", p.dir() / "couple.db");
    ASSERT_FALSE(failed);
    EXPECT_NE(failed.error().code, ErrorCode::VaultNotFound);

    // keep 1 would have pruned both: nothing was, and no partial file is left.
    EXPECT_EQ(namesIn(folder),
              (std::set<std::string>{older[0].filename().string(), older[1].filename().string()}));
    EXPECT_EQ(readFile(older[0]), first);
    EXPECT_EQ(readFile(older[1]), second);
    EXPECT_TRUE(verifyBackup(older[0]));
    EXPECT_TRUE(verifyBackup(older[1]));

    // With the vault whole again the next run works and prunes as asked.
    auto next = runAutoBackup(p.dir(), folder, 1, clock);
    ASSERT_TRUE(next) << next.error().detail;
    EXPECT_EQ(next->removed.size(), 2u);
}

} // namespace
} // namespace twofold::test
