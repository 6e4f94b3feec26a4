// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Exit codes 2, 3, 4 and the one-line messages behind them.
#include "CliTestSupport.h"
#include "common/FileLock.h"

#include <fstream>
#include <unistd.h>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace twofold::test {
namespace {

void overwrite(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string garbage(std::size_t size)
{
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) {
        bytes[i] = static_cast<char>((i * 131 + 7) % 251);
    }
    return bytes;
}

TEST_F(CliTest, WrongPasswordExitsTwoWithoutEchoingIt)
{
    makeVault();
    const CliRun result = runAs("Alex", "not-alex-s-password", {"list"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err));
    EXPECT_EQ(result.err.find("not-alex-s-password"), std::string::npos);
    EXPECT_TRUE(result.out.empty());
}

TEST_F(CliTest, TheNextUnlockMentionsFailedAttempts)
{
    makeVault();
    EXPECT_EQ(runAs("Alex", "wrong-1", {"list"}).exitCode, 2);
    EXPECT_EQ(runAs("Alex", "wrong-2", {"list"}).exitCode, 2);

    const CliRun result = runAs("Alex", kAlexPassword, {"list", "--json"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(isOneLine(result.err));
    EXPECT_EQ(result.err.rfind("2 failed unlock attempts since your last visit; the last at ", 0), 0u)
        << result.err;
    EXPECT_EQ(result.out, "[]\n"); // the notice never mixes into the output

    const CliRun again = runAs("Alex", kAlexPassword, {"list", "--json"});
    EXPECT_TRUE(again.err.empty()) << again.err;
}

TEST_F(CliTest, FailedAttemptsAreShownToTheirOwnerOnly)
{
    makeVault();
    EXPECT_EQ(runAs("Alex", "wrong", {"list"}).exitCode, 2);
    const CliRun sam = runAs("Sam", kSamPassword, {"list"});
    EXPECT_EQ(sam.exitCode, 0);
    EXPECT_TRUE(sam.err.empty()) << sam.err;
    const CliRun alex = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(alex.err.rfind("1 failed unlock attempt since your last visit, at ", 0), 0u) << alex.err;
}

// keyring.db is plain SQLite: the other partner can forge failed_unlocks rows. A row
// "at 292278994-08-17" is not shown as the last attempt, a million rows are "more than
// 100", and the line says the record can be erased and copies' guesses are not recorded.
TEST_F(CliTest, ForgedFailedAttemptsAreBoundedAndTheNoticeSaysWhatItIsWorth)
{
    makeVault();
    EXPECT_EQ(runAs("Alex", "wrong", {"list"}).exitCode, 2);
    std::string alexId;
    {
        auto vault = Vault::open(m_vaultDir, options());
        ASSERT_TRUE(vault);
        alexId = vault->findPartner("Alex")->id;
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open((m_vaultDir / "keyring.db").c_str(), &db), SQLITE_OK);
    const std::string forge =
        "BEGIN; INSERT INTO failed_unlocks VALUES ('" + alexId +
        "', 9223372036854775807);"
        " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)"
        " INSERT INTO failed_unlocks SELECT '" +
        alexId + "', 1700000000000 FROM n; COMMIT;";
    ASSERT_EQ(sqlite3_exec(db, forge.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);

    const CliRun alex = runAs("Alex", kAlexPassword, {"list"});
    ASSERT_EQ(alex.exitCode, 0) << alex.err;
    EXPECT_TRUE(isOneLine(alex.err)) << alex.err;
    EXPECT_EQ(alex.err.rfind("More than 100 failed unlock attempts since your last visit; the last at ", 0),
              0u)
        << alex.err;
    EXPECT_EQ(alex.err.find("292278994"), std::string::npos) << alex.err;
    EXPECT_NE(alex.err.find("impossible times were ignored"), std::string::npos) << alex.err;
    EXPECT_NE(alex.err.find("anyone with access to the vault's files can erase"), std::string::npos)
        << alex.err;
    EXPECT_NE(alex.err.find("guesses against a copy of the files are never recorded"), std::string::npos)
        << alex.err;
}

TEST_F(CliTest, UnknownPartnerExitsTwoBeforeAskingForAPassword)
{
    makeVault();
    const CliRun result = run({"--partner", "Robin", "list"});
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err));
    EXPECT_EQ(result.err.find("Robin"), std::string::npos);
    EXPECT_TRUE(m_passwords.prompts.empty());
}

TEST_F(CliTest, DamagedKeyringExitsThree)
{
    makeVault();
    overwrite(m_vaultDir / "keyring.db", garbage(8192));
    const CliRun result = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_TRUE(isOneLine(result.err));
    EXPECT_NE(result.err.find("keyring"), std::string::npos);
}

TEST_F(CliTest, DamagedJournalExitsThree)
{
    makeVault();
    std::string partnerId;
    {
        auto vault = Vault::open(m_vaultDir, options());
        ASSERT_TRUE(vault.has_value());
        partnerId = vault->findPartner("Alex")->id;
    }
    const auto journal = m_vaultDir / ("partner-" + partnerId + ".db");
    ASSERT_TRUE(std::filesystem::exists(journal));
    std::filesystem::remove(m_vaultDir / ("partner-" + partnerId + ".db-wal"));
    std::filesystem::remove(m_vaultDir / ("partner-" + partnerId + ".db-shm"));
    overwrite(journal, garbage(16384));
    const CliRun result = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(result.exitCode, 3) << result.err;
    EXPECT_TRUE(isOneLine(result.err));
}

TEST_F(CliTest, MissingVaultExitsFour)
{
    const CliRun result = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_TRUE(isOneLine(result.err));
    EXPECT_NE(result.err.find("no Twofold vault"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(m_vaultDir)); // listing never creates a vault
}

TEST_F(CliTest, VaultInUseExitsFour)
{
    makeVault();
    // A restore or a move holds the folder exclusively (docs/ARCHITECTURE.md, "Locks").
    auto held = FolderLock::take(m_vaultDir, FolderLock::Kind::Exclusive);
    ASSERT_TRUE(held.has_value());
    const CliRun result = runAs("Alex", kAlexPassword, {"list"});
    EXPECT_EQ(result.exitCode, 4);
    EXPECT_EQ(result.err, "twofold: This vault is open in another Twofold window. Close it there first.\n");
}

TEST_F(CliTest, AnUnwritableVaultExitsFour)
{
    if (::geteuid() == 0) {
        GTEST_SKIP() << "root ignores file permissions";
    }
    makeVault();
    std::filesystem::permissions(m_vaultDir, std::filesystem::perms::none);
    const CliRun result = runAs("Alex", kAlexPassword, {"list"});
    std::filesystem::permissions(m_vaultDir, std::filesystem::perms::owner_all);
    EXPECT_EQ(result.exitCode, 4) << result.err;
    EXPECT_TRUE(isOneLine(result.err));
}

} // namespace
} // namespace twofold::test
