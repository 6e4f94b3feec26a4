// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// twofold leave: "Leave this couple" from the command line (docs/CLI.md).
#include "CliTestSupport.h"
#include "support/TestHooks.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

class CliLeaveTest : public CliTest
{
protected:
    std::size_t partnerCount()
    {
        auto vault = Vault::open(m_vaultDir, options());
        EXPECT_TRUE(vault);
        return vault->partners()->size();
    }
    std::string alexId()
    {
        auto vault = Vault::open(m_vaultDir, options());
        return vault->findPartner("Alex")->id;
    }
    bool alexJournalExists(const std::string& id) const
    {
        return std::filesystem::exists(m_vaultDir / ("partner-" + id + ".db"));
    }
};

TEST_F(CliLeaveTest, WithNoPasswordNothingChangesAndItSaysWhy)
{
    makeVault();
    writeAsAlex("still here");
    const std::string id = alexId();
    const CliRun refused = run({"--partner", "Alex", "leave", "--without-export"});
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("Nothing was changed"), std::string::npos) << refused.err;
    EXPECT_EQ(partnerCount(), 2U);
    EXPECT_TRUE(alexJournalExists(id));
}

TEST_F(CliLeaveTest, ItAsksToChooseAnExportOrNoneFirst)
{
    makeVault();
    const CliRun refused = runAs("Alex", kAlexPassword, {"leave"});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.find("--export FILE"), std::string::npos) << refused.err;
    EXPECT_EQ(partnerCount(), 2U);
}

TEST_F(CliLeaveTest, AWrongPasswordChangesNothing)
{
    makeVault();
    const std::string id = alexId();
    const CliRun refused = runAs("Alex", "not-alex", {"leave", "--without-export"});
    EXPECT_EQ(refused.exitCode, 2) << refused.err;
    EXPECT_EQ(partnerCount(), 2U);
    EXPECT_TRUE(alexJournalExists(id));
    m_passwords.typed.clear();
    const CliRun listed = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.err.find("1 failed unlock attempt"), std::string::npos) << listed.err;
}

TEST_F(CliLeaveTest, ExportsFirstThenLeavesAndSamIsToldOnce)
{
    makeVault();
    writeAsAlex("Words to keep.", {"--title", "Keep"});
    // Sam has used the couple space once: Sam's journal then knows Alex's keys.
    ASSERT_EQ(runAs("Sam", kSamPassword, {"prompts"}).exitCode, 0);
    const std::string id = alexId();
    const auto file = m_temp.path() / "alex.json";
    const CliRun left = runAs("Alex", kAlexPassword, {"leave", "--export", file.string()});
    ASSERT_EQ(left.exitCode, 0) << left.err;
    EXPECT_NE(left.out.find("You have left the couple space."), std::string::npos) << left.out;
    ASSERT_TRUE(std::filesystem::exists(file));
    EXPECT_NE(readAll(file).find("Words to keep."), std::string::npos);
    struct stat info
    {
    };
    ASSERT_EQ(::stat(file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600U);
    EXPECT_EQ(partnerCount(), 1U);
    EXPECT_FALSE(alexJournalExists(id));
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"list"}).exitCode, 2) << "no Alex any more";

    m_passwords.typed.clear();
    const CliRun prompts = runAs("Sam", kSamPassword, {"prompts"});
    EXPECT_EQ(prompts.exitCode, 0) << prompts.err;
    EXPECT_NE(prompts.err.find("Your partner has left the couple space."), std::string::npos) << prompts.err;
    const CliRun again = runAs("Sam", kSamPassword, {"prompts"});
    EXPECT_EQ(again.err.find("has left"), std::string::npos) << "said once: " << again.err;
}

TEST_F(CliLeaveTest, AnExportThatCannotBeWrittenLeavesNothingDeleted)
{
    makeVault();
    const std::string id = alexId();
    const auto folder = m_temp.path() / "not-writable";
    std::filesystem::create_directory(folder);
    std::filesystem::permissions(folder,
                                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    const CliRun refused =
        runAs("Alex", kAlexPassword, {"leave", "--export", (folder / "alex.json").string()});
    std::filesystem::permissions(folder, std::filesystem::perms::owner_all);
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root writes into a read-only folder";
    }
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_NE(refused.err.find("nothing was deleted"), std::string::npos) << refused.err;
    EXPECT_EQ(partnerCount(), 2U);
    EXPECT_TRUE(alexJournalExists(id));
}

class CliLeaveBinaryTest : public CliTest
{
protected:
    ChildRun twofold(const std::vector<std::string>& args, const std::optional<std::string>& passwordLines)
    {
        std::vector<std::string> full = {"--vault", m_vaultDir.string()};
        full.insert(full.end(), args.begin(), args.end());
        return runTwofold(m_temp.path(), full, {}, passwordLines);
    }
};

// Killed after the commit point: the next `twofold leave` (or any unlock) with the password finishes it.
TEST_F(CliLeaveBinaryTest, KilledHalfwayTheNextUnlockFinishesIt)
{
    if (!kFastKdfHook || !kCrashPointsHook) {
        GTEST_SKIP() << kNeedsFastKdfHook << "; " << kNeedsCrashPointsHook;
    }
    makeVault();
    std::string id;
    {
        auto vault = Vault::open(m_vaultDir, options());
        id = vault->findPartner("Alex")->id;
    }
    ::setenv("TWOFOLD_CRASH_AT", "leave-couple-cleared", 1);
    const ChildRun killed = twofold({"--partner", "Alex", "--password-fd", "3", "leave", "--without-export"},
                                    std::string(kAlexPassword) + "\n");
    ::unsetenv("TWOFOLD_CRASH_AT");
    ASSERT_EQ(killed.exitCode, 86) << killed.err; // common/CrashPoint.cpp
    EXPECT_TRUE(std::filesystem::exists(m_vaultDir / ("partner-" + id + ".db")));
    // Sam is not held up by a half-gone Alex.
    const ChildRun sam =
        twofold({"--partner", "Sam", "--password-fd", "3", "prompts"}, std::string(kSamPassword) + "\n");
    EXPECT_EQ(sam.exitCode, 0) << sam.err;
    const ChildRun finished =
        twofold({"--partner", "Alex", "--password-fd", "3", "leave", "--without-export"},
                std::string(kAlexPassword) + "\n");
    EXPECT_EQ(finished.exitCode, 0) << finished.err;
    EXPECT_NE(finished.out.find("has now finished"), std::string::npos) << finished.out;
    EXPECT_FALSE(std::filesystem::exists(m_vaultDir / ("partner-" + id + ".db")));
    auto vault = Vault::open(m_vaultDir, options());
    ASSERT_TRUE(vault);
    EXPECT_EQ(vault->partners()->size(), 1U);
}

} // namespace
} // namespace twofold::test
