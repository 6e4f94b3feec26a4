// Exit codes 2, 3, 4 and the one-line messages behind them.
#include "CliTestSupport.h"

#include <fstream>
#include <unistd.h>

#include <gtest/gtest.h>

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
    auto held = Vault::open(m_vaultDir, options());
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
