// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "CliTestSupport.h"
#include "crypto/RecoveryCode.h"
#include "support/FastKdf.h"

#include <regex>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

std::size_t entryCount(const CliRun& listed)
{
    const auto json = parseJson(listed.out);
    return json ? json->array.size() : 0;
}

class CliPasswdTest : public CliTest
{
protected:
    void writeSome(int count)
    {
        for (int i = 0; i < count; ++i) {
            writeAsAlex("entry number " + std::to_string(i), {"--title", "t" + std::to_string(i)});
        }
    }
    std::size_t countAs(std::string_view password, int expectedExit = 0)
    {
        const CliRun listed = runAs("Alex", password, {"list", "--json", "--limit", "0"});
        EXPECT_EQ(listed.exitCode, expectedExit) << listed.err;
        return entryCount(listed);
    }
};

TEST_F(CliPasswdTest, NewPasswordFromADescriptorReplacesTheOldOneAndKeepsEveryEntry)
{
    makeVault();
    writeSome(7);
    {
        const PipeWithText newPassword("brand new password ✨\n");
        const CliRun changed =
            runAs("Alex", kAlexPassword, {"passwd", "--new-password-fd", newPassword.fdArg()});
        EXPECT_EQ(changed.exitCode, 0) << changed.err;
        EXPECT_TRUE(changed.err.empty());
    }
    EXPECT_EQ(countAs(kAlexPassword, 2), 0u);
    m_passwords.typed.clear();
    EXPECT_EQ(countAs("brand new password ✨"), 7u);
    // Sam is untouched.
    EXPECT_EQ(runAs("Sam", kSamPassword, {"list"}).exitCode, 0);
}

TEST_F(CliPasswdTest, BothPasswordsCanComeFromOneDescriptor)
{
    makeVault();
    writeSome(2);
    const PipeWithText both(std::string(kAlexPassword) + "\nsecond-line-password\n");
    const CliRun changed = run(
        {"--partner", "Alex", "--password-fd", both.fdArg(), "passwd", "--new-password-fd", both.fdArg()});
    EXPECT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_EQ(countAs("second-line-password"), 2u);
}

TEST_F(CliPasswdTest, OnTheTerminalTheNewPasswordIsAskedTwice)
{
    makeVault();
    writeSome(3);
    m_passwords.prompts.clear();
    m_passwords.typed = {std::string(kAlexPassword), "typed twice", "typed twice"};
    const CliRun changed = run({"--partner", "Alex", "passwd"});
    EXPECT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_EQ(
        m_passwords.prompts,
        (std::vector<std::string>{"Current password for Alex: ", "New password: ", "New password again: "}));
    EXPECT_EQ(countAs("typed twice"), 3u);
}

TEST_F(CliPasswdTest, MismatchedRepeatChangesNothing)
{
    makeVault();
    writeSome(1);
    m_passwords.typed = {std::string(kAlexPassword), "first try", "frist try"};
    const CliRun changed = run({"--partner", "Alex", "passwd"});
    EXPECT_EQ(changed.exitCode, 1);
    EXPECT_TRUE(isOneLine(changed.err));
    EXPECT_EQ(countAs(kAlexPassword), 1u);
}

TEST_F(CliPasswdTest, EmptyNewPasswordIsRefused)
{
    makeVault();
    const PipeWithText empty("\n");
    const CliRun changed = runAs("Alex", kAlexPassword, {"passwd", "--new-password-fd", empty.fdArg()});
    EXPECT_EQ(changed.exitCode, 1);
    EXPECT_TRUE(isOneLine(changed.err));
    EXPECT_EQ(countAs(kAlexPassword), 0u);
}

TEST_F(CliPasswdTest, WrongCurrentPasswordChangesNothing)
{
    makeVault();
    const PipeWithText newPassword("never used\n");
    const CliRun changed = runAs("Alex", "wrong", {"passwd", "--new-password-fd", newPassword.fdArg()});
    EXPECT_EQ(changed.exitCode, 2);
    EXPECT_TRUE(isOneLine(changed.err));
    m_passwords.typed.clear();
    EXPECT_EQ(countAs("never used", 2), 0u);
}

// The one line of the output that looks like a recovery code ("XXXX-XXXX-..."), or "".
std::string recoveryCodeIn(const std::string& out)
{
    static const std::regex kCode("([0-9A-Z]{4}(-[0-9A-Z]{4}){7})");
    std::smatch match;
    return std::regex_search(out, match, kCode) ? match.str(1) : std::string();
}

bool recoveryCodeOpens(const std::filesystem::path& vaultDir, const std::string& code)
{
    auto vault = Vault::open(vaultDir, twofold::test::fastVaultOptions());
    if (!vault) {
        return false;
    }
    auto alex = vault->findPartner("Alex");
    auto normalized = normalizeRecoveryCode(code);
    return alex && normalized && vault->unlockWithRecoveryCode(alex->id, *normalized).has_value();
}

TEST_F(CliPasswdTest, APasswordChangeSaysTheOldPasswordStillOpensOldCopiesOfTheKeyring)
{
    makeVault();
    const PipeWithText newPassword("another password\n");
    const CliRun changed = runAs("Alex", kAlexPassword, {"passwd", "--new-password-fd", newPassword.fdArg()});
    ASSERT_EQ(changed.exitCode, 0) << changed.err;
    EXPECT_NE(changed.out.find("does not lock out your old password"), std::string::npos) << changed.out;
    EXPECT_NE(changed.out.find("kept a copy of keyring.db"), std::string::npos) << changed.out;
    EXPECT_NE(changed.out.find("everything\nyou write after this change"), std::string::npos) << changed.out;
}

TEST_F(CliPasswdTest, NewRecoveryCodeAsksForThePasswordAndShowsACodeThatWorksOnce)
{
    makeVault();
    writeSome(2);
    m_passwords.prompts.clear();
    m_passwords.typed = {std::string(kAlexPassword)};
    m_outputIsTerminal = true;
    const CliRun made = run({"--partner", "Alex", "passwd", "--new-recovery-code"});
    ASSERT_EQ(made.exitCode, 0) << made.err;
    EXPECT_EQ(m_passwords.prompts, std::vector<std::string>{"Current password for Alex: "});
    EXPECT_TRUE(made.err.empty()) << made.err;
    const std::string code = recoveryCodeIn(made.out);
    ASSERT_FALSE(code.empty()) << made.out;
    EXPECT_NE(made.out.find("shown only this once"), std::string::npos) << made.out;
    EXPECT_TRUE(recoveryCodeOpens(m_vaultDir, code));
    // The password is unchanged.
    EXPECT_EQ(countAs(kAlexPassword), 2u);

    // A second code replaces the first.
    m_passwords.typed = {std::string(kAlexPassword)};
    const CliRun again = run({"--partner", "Alex", "passwd", "--new-recovery-code"});
    ASSERT_EQ(again.exitCode, 0) << again.err;
    const std::string second = recoveryCodeIn(again.out);
    ASSERT_FALSE(second.empty()) << again.out;
    EXPECT_NE(second, code);
    EXPECT_FALSE(recoveryCodeOpens(m_vaultDir, code));
    EXPECT_TRUE(recoveryCodeOpens(m_vaultDir, second));

    // Not a terminal: the code is still shown once, with a warning where it went.
    m_outputIsTerminal = false;
    m_passwords.typed = {std::string(kAlexPassword)};
    const CliRun piped = run({"--partner", "Alex", "passwd", "--new-recovery-code"});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_TRUE(isOneLine(piped.err)) << piped.err;
    EXPECT_NE(piped.err.find("not a terminal"), std::string::npos) << piped.err;
}

TEST_F(CliPasswdTest, NewRecoveryCodeWithAWrongPasswordChangesNothing)
{
    makeVault();
    m_passwords.typed = {"wrong"};
    const CliRun refused = run({"--partner", "Alex", "passwd", "--new-recovery-code"});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(isOneLine(refused.err));
    EXPECT_TRUE(recoveryCodeIn(refused.out).empty()) << refused.out;

    const PipeWithText newPassword("x\n");
    const CliRun both = runAs("Alex", kAlexPassword,
                              {"passwd", "--new-recovery-code", "--new-password-fd", newPassword.fdArg()});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(isOneLine(both.err));
}

TEST_F(CliPasswdTest, RekeyLocksOutTheOldPasswordAndShowsANewRecoveryCodeOnce)
{
    makeVault();
    writeSome(3);
    m_outputIsTerminal = true;
    m_passwords.prompts.clear();
    m_passwords.typed = {std::string(kAlexPassword), "rekeyed password", "rekeyed password"};
    const CliRun rekeyed = run({"--partner", "Alex", "passwd", "--rekey"});
    ASSERT_EQ(rekeyed.exitCode, 0) << rekeyed.err;
    EXPECT_EQ(
        m_passwords.prompts,
        (std::vector<std::string>{"Current password for Alex: ", "New password: ", "New password again: "}));
    EXPECT_TRUE(rekeyed.err.empty()) << rekeyed.err;
    const std::string code = recoveryCodeIn(rekeyed.out);
    ASSERT_FALSE(code.empty()) << rekeyed.out;
    EXPECT_EQ(rekeyed.out.find(code), rekeyed.out.rfind(code)) << "shown once";
    EXPECT_NE(rekeyed.out.find("shown only this once"), std::string::npos) << rekeyed.out;
    EXPECT_NE(rekeyed.out.find("your old one no longer works"), std::string::npos) << rekeyed.out;
    EXPECT_EQ(rekeyed.out.find("does not lock out"), std::string::npos) << rekeyed.out;
    EXPECT_TRUE(recoveryCodeOpens(m_vaultDir, code));
    m_passwords.typed.clear();
    EXPECT_EQ(countAs(kAlexPassword, 2), 0u);
    m_passwords.typed.clear();
    EXPECT_EQ(countAs("rekeyed password"), 3u);
    EXPECT_EQ(runAs("Sam", kSamPassword, {"list"}).exitCode, 0);

    // Not a terminal: the code is still shown once, with a warning where it went.
    m_outputIsTerminal = false;
    const PipeWithText newPassword("third password\n");
    const CliRun piped =
        runAs("Alex", "rekeyed password", {"passwd", "--rekey", "--new-password-fd", newPassword.fdArg()});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_FALSE(recoveryCodeIn(piped.out).empty());
    EXPECT_TRUE(isOneLine(piped.err)) << piped.err;
    EXPECT_NE(piped.err.find("not a terminal"), std::string::npos) << piped.err;
    EXPECT_FALSE(recoveryCodeOpens(m_vaultDir, code));
    EXPECT_EQ(countAs("third password"), 3u);
}

TEST_F(CliPasswdTest, RekeyAndNewRecoveryCodeTogetherIsAUsageError)
{
    makeVault();
    const CliRun both = runAs("Alex", kAlexPassword, {"passwd", "--rekey", "--new-recovery-code"});
    EXPECT_EQ(both.exitCode, 1);
    EXPECT_TRUE(isOneLine(both.err));
    EXPECT_EQ(countAs(kAlexPassword), 0u);
}

} // namespace
} // namespace twofold::test
