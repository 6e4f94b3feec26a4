// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// backup, restore, verify in-process.
#include "CliTestSupport.h"

#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

void flipByte(const std::filesystem::path& path, std::size_t offset)
{
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(static_cast<std::streamoff>(offset));
    char c = 0;
    f.get(c);
    f.seekp(static_cast<std::streamoff>(offset));
    f.put(static_cast<char>(c ^ 0x04));
}

TEST_F(CliTest, BackupRestoreVerifyRoundTrip)
{
    makeVault();
    writeAsAlex("Before the backup.");
    const auto file = m_temp.path() / "vault.twofold-backup";
    const CliRun backup = run({"backup", "--out", file.string()});
    ASSERT_EQ(backup.exitCode, 0) << backup.err;
    EXPECT_NE(backup.out.find("Backed up 4 files"), std::string::npos) << backup.out;

    const CliRun checked = run({"verify", "--backup", file.string()});
    EXPECT_EQ(checked.exitCode, 0) << checked.err;
    EXPECT_NE(checked.out.find("keyring.db"), std::string::npos);

    const auto restored = m_temp.path() / "restored";
    const CliRun restore = run({"--vault", restored.string(), "restore", file.string()});
    ASSERT_EQ(restore.exitCode, 0) << restore.err;
    const CliRun again = run({"--vault", restored.string(), "restore", file.string()});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(isOneLine(again.err));
    m_passwords.typed = {std::string(kAlexPassword), std::string(kSamPassword)};
    EXPECT_EQ(run({"--vault", restored.string(), "restore", "--force", file.string()}).exitCode, 0);

    const CliRun plain = run({"--vault", restored.string(), "verify"});
    EXPECT_EQ(plain.exitCode, 0) << plain.out << plain.err;
    const CliRun deep = runAs("Sam", kSamPassword, {"--vault", restored.string(), "verify"});
    EXPECT_EQ(deep.exitCode, 0) << deep.out << deep.err;
    EXPECT_NE(deep.out.find("cipher_integrity_check"), std::string::npos) << deep.out;
    EXPECT_NE(deep.out.find("envelopes readable by Sam"), std::string::npos) << deep.out;

    const CliRun listed = runAs("Alex", kAlexPassword, {"--vault", restored.string(), "list"});
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("Before the backup."), std::string::npos);
}

TEST_F(CliTest, ADamagedBackupIsExitThreeForVerifyAndRestore)
{
    makeVault();
    const auto file = m_temp.path() / "b";
    ASSERT_EQ(run({"backup", "--out", file.string()}).exitCode, 0);
    const auto size = std::filesystem::file_size(file);
    for (const std::size_t offset :
         {std::size_t{3}, std::size_t{size / 3}, std::size_t{size / 2}, size - 40, size - 1}) {
        flipByte(file, offset);
        const CliRun checked = run({"verify", "--backup", file.string()});
        EXPECT_EQ(checked.exitCode, 3) << offset;
        EXPECT_TRUE(isOneLine(checked.err));
        const auto target = m_temp.path() / "target";
        const CliRun restore = run({"--vault", target.string(), "restore", file.string()});
        EXPECT_EQ(restore.exitCode, 3) << offset;
        EXPECT_NE(restore.err.find("Nothing was restored"), std::string::npos);
        EXPECT_FALSE(std::filesystem::exists(target));
        flipByte(file, offset); // back to whole
    }
    EXPECT_EQ(run({"verify", "--backup", file.string()}).exitCode, 0);
}

TEST_F(CliTest, RestoreOnAFreshComputerCreatesTheVaultsParentFolders)
{
    makeVault();
    writeAsAlex("Moving to a new computer.");
    const auto file = m_temp.path() / "b.twofold-backup";
    ASSERT_EQ(run({"backup", "--out", file.string()}).exitCode, 0);
    // The app's default vault (AppDataLocation/vault) before Twofold ever ran there.
    const auto fresh = m_temp.path() / "fresh" / "Twofold" / "twofold" / "vault";
    const CliRun restore = run({"--vault", fresh.string(), "restore", file.string()});
    ASSERT_EQ(restore.exitCode, 0) << restore.err;
    const auto perms = std::filesystem::status(m_temp.path() / "fresh").permissions();
    EXPECT_EQ(perms & std::filesystem::perms::all, std::filesystem::perms::owner_all);
    const CliRun listed = runAs("Alex", kAlexPassword, {"--vault", fresh.string(), "list"});
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("Moving to a new computer."), std::string::npos);
}

TEST_F(CliTest, ABackupInsideTheVaultFolderIsRefusedWithExitOne)
{
    makeVault();
    const auto inside = m_vaultDir / "b.twofold-backup";
    const CliRun backup = run({"backup", "--out", inside.string()});
    EXPECT_EQ(backup.exitCode, 1);
    EXPECT_TRUE(isOneLine(backup.err));
    EXPECT_NE(backup.err.find("inside the vault folder"), std::string::npos) << backup.err;
    EXPECT_FALSE(std::filesystem::exists(inside));

    // Restoring from a file inside the folder it would replace deletes nothing.
    const auto outside = m_temp.path() / "b.twofold-backup";
    ASSERT_EQ(run({"backup", "--out", outside.string()}).exitCode, 0);
    std::filesystem::copy_file(outside, inside);
    const CliRun restore = run({"restore", "--force", inside.string()});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_NE(restore.err.find("inside the vault folder"), std::string::npos) << restore.err;
    EXPECT_TRUE(std::filesystem::exists(inside));
    EXPECT_EQ(run({"verify", "--backup", inside.string()}).exitCode, 0);
}

TEST_F(CliTest, VerifyFindsAPlaintextJournalAndExitsThree)
{
    makeVault();
    for (const auto& item : std::filesystem::directory_iterator(m_vaultDir)) {
        const std::string name = item.path().filename().string();
        if (name.starts_with("partner-") && name.ends_with(".db")) {
            std::ofstream(item.path(), std::ios::binary | std::ios::trunc)
                << std::string("SQLite format 3\0", 16) << std::string(4080, '\0');
            break;
        }
    }
    const CliRun checked = run({"verify"});
    EXPECT_EQ(checked.exitCode, 3);
    EXPECT_NE(checked.out.find("DAMAGED"), std::string::npos) << checked.out;
}

// Restoring over a vault: the current password (or recovery code) of every partner whose
// journal it replaces (docs/BACKUP.md, "Who must agree"), or nothing changes.
class CliRestoreConsent : public CliTest
{
protected:
    void SetUp() override
    {
        makeVault();
        writeAsAlex("Alex before the backup.");
        ASSERT_EQ(run({"backup", "--out", file().string()}).exitCode, 0);
        writeAsAlex("Alex after the backup.");
        m_passwords.typed.emplace_back(kSamPassword);
        ASSERT_EQ(
            run({"--partner", "Sam", "write", "--title", "Sam after"}, "Sam after the backup.").exitCode, 0);
    }
    std::filesystem::path file() const { return m_temp.path() / "old.twofold-backup"; }
    std::string listAs(std::string_view who, std::string_view password)
    {
        const CliRun listed = runAs(who, password, {"list"});
        EXPECT_EQ(listed.exitCode, 0) << listed.err;
        return listed.out;
    }
};

TEST_F(CliRestoreConsent, WithNoPasswordGivenItChangesNothingAndSaysWhy)
{
    const std::string before = concatenateAllFiles(m_vaultDir);
    const CliRun restore = run({"restore", "--force", file().string()});
    EXPECT_EQ(restore.exitCode, 1);
    EXPECT_TRUE(isOneLine(restore.err)) << restore.err;
    EXPECT_NE(restore.err.find("needs the current password or recovery code"), std::string::npos)
        << restore.err;
    EXPECT_NE(restore.err.find("Nothing was restored."), std::string::npos) << restore.err;
    EXPECT_TRUE(restore.out.empty());
    EXPECT_EQ(concatenateAllFiles(m_vaultDir), before);

    m_passwords.typed.clear();
    const CliRun noTerminal = run({"--partner", "Alex", "restore", "--only-my-journal", file().string()});
    EXPECT_EQ(noTerminal.exitCode, 1);
    EXPECT_NE(noTerminal.err.find("Nothing was restored."), std::string::npos) << noTerminal.err;
    EXPECT_EQ(concatenateAllFiles(m_vaultDir), before);
}

TEST_F(CliRestoreConsent, EverythingWithOnlyOnePartnersPasswordIsRefused)
{
    m_passwords.typed = {std::string(kAlexPassword), "not sams password"};
    const CliRun restore = run({"restore", "--force", file().string()});
    EXPECT_EQ(restore.exitCode, 2);
    EXPECT_TRUE(isOneLine(restore.err)) << restore.err;
    EXPECT_NE(restore.err.find("not Sam's current password"), std::string::npos) << restore.err;
    EXPECT_EQ(m_passwords.prompts.back(), "Current password or recovery code for Sam: ");
    // Only Alex's journal is not Alex's to ask for either: Sam's password does not count.
    m_passwords.typed = {std::string(kSamPassword)};
    const CliRun mine = run({"--partner", "Alex", "restore", "--only-my-journal", file().string()});
    EXPECT_EQ(mine.exitCode, 2) << mine.err;
    // (The wrong guesses are recorded for Sam and Alex to see, so keyring.db changed;) both
    // journals are as they were.
    EXPECT_NE(listAs("Sam", kSamPassword).find("Sam after"), std::string::npos);
    EXPECT_NE(listAs("Alex", kAlexPassword).find("after the backup"), std::string::npos);
}

TEST_F(CliRestoreConsent, EverythingWithBothPasswordsAndOnlyMineWithMine)
{
    m_passwords.typed = {std::string(kAlexPassword)};
    const CliRun mine = run({"--partner", "Alex", "restore", "--only-my-journal", file().string()});
    ASSERT_EQ(mine.exitCode, 0) << mine.err;
    EXPECT_NE(mine.out.find("Restored your journal"), std::string::npos) << mine.out;
    const std::string alex = listAs("Alex", kAlexPassword);
    EXPECT_EQ(alex.find("after the backup"), std::string::npos) << alex;
    EXPECT_NE(alex.find("before the backup"), std::string::npos) << alex;
    EXPECT_NE(listAs("Sam", kSamPassword).find("Sam after"), std::string::npos) << "Sam's journal stays";

    m_passwords.typed = {std::string(kAlexPassword), std::string(kSamPassword)};
    const CliRun all = run({"restore", "--force", file().string()});
    ASSERT_EQ(all.exitCode, 0) << all.err;
    EXPECT_EQ(listAs("Sam", kSamPassword).find("Sam after"), std::string::npos);
}

} // namespace
} // namespace twofold::test
