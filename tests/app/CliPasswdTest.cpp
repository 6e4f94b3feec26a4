#include "CliTestSupport.h"

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

} // namespace
} // namespace twofold::test
