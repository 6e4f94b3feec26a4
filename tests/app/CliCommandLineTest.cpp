// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "CliTestSupport.h"
#include "cli/CommandLine.h"
#include "cli/ExitCodes.h"

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using cli::isCliInvocation;
using cli::parseCommandLine;

TEST(CliCommandLineTest, GlobalOptionsWorkBeforeAndAfterTheCommand)
{
    const auto before =
        parseCommandLine({"--vault", "/v", "--partner", "Alex", "--password-fd", "3", "list"});
    ASSERT_TRUE(before.has_value()) << before.error();
    EXPECT_EQ(before->vaultDir, std::filesystem::path("/v"));
    EXPECT_EQ(before->partner, "Alex");
    EXPECT_EQ(before->passwordFd, 3);
    ASSERT_NE(before->command, nullptr);
    EXPECT_EQ(before->command->name, "list");

    const auto after = parseCommandLine({"list", "--partner=Sam", "--json", "--limit=5"});
    ASSERT_TRUE(after.has_value()) << after.error();
    EXPECT_EQ(after->partner, "Sam");
    EXPECT_TRUE(after->has("json"));
    EXPECT_EQ(after->value("limit"), "5");
}

TEST(CliCommandLineTest, RepeatedOptionsKeepEveryValue)
{
    const auto line = parseCommandLine({"write", "--tag", "a", "--tag", "b c", "--title", "T"});
    ASSERT_TRUE(line.has_value()) << line.error();
    EXPECT_EQ(line->values("tag"), (std::vector<std::string>{"a", "b c"}));
    EXPECT_EQ(line->value("title"), "T");
}

TEST(CliCommandLineTest, DoubleDashLetsASearchStartWithADash)
{
    const auto line = parseCommandLine({"search", "--", "-minus", "words"});
    ASSERT_TRUE(line.has_value()) << line.error();
    EXPECT_EQ(line->arguments, (std::vector<std::string>{"-minus", "words"}));
}

TEST(CliCommandLineTest, MalformedCommandLinesAreRefused)
{
    EXPECT_FALSE(parseCommandLine({"fly"}).has_value());
    EXPECT_FALSE(parseCommandLine({"list", "--colour"}).has_value());
    EXPECT_FALSE(parseCommandLine({"list", "--limit"}).has_value());
    EXPECT_FALSE(parseCommandLine({"list", "--json=yes"}).has_value());
    EXPECT_FALSE(parseCommandLine({"list", "extra"}).has_value());
    EXPECT_FALSE(parseCommandLine({"show"}).has_value());
    EXPECT_FALSE(parseCommandLine({"show", "1", "2"}).has_value());
    EXPECT_FALSE(parseCommandLine({"search"}).has_value());
    EXPECT_FALSE(parseCommandLine({"--password-fd", "three", "list"}).has_value());
    EXPECT_FALSE(parseCommandLine({"--password-fd", "-1", "list"}).has_value());
    EXPECT_FALSE(parseCommandLine({"-x", "list"}).has_value());
}

TEST(CliCommandLineTest, UsageErrorsNeverRepeatWhatMightBeAPassword)
{
    const auto command = parseCommandLine({"hunter2-secret"});
    ASSERT_FALSE(command.has_value());
    EXPECT_EQ(command.error().find("hunter2"), std::string::npos);

    const auto option = parseCommandLine({"list", "--Hunter2!"});
    ASSERT_FALSE(option.has_value());
    EXPECT_EQ(option.error().find("Hunter2"), std::string::npos);

    const auto named = parseCommandLine({"list", "--colour"});
    ASSERT_FALSE(named.has_value());
    EXPECT_NE(named.error().find("--colour"), std::string::npos); // option names are fine to show
}

TEST(CliCommandLineTest, NonNegativeNumbersAreStrict)
{
    EXPECT_EQ(cli::parseNonNegative("0"), 0);
    EXPECT_EQ(cli::parseNonNegative("42"), 42);
    EXPECT_FALSE(cli::parseNonNegative("").has_value());
    EXPECT_FALSE(cli::parseNonNegative("-1").has_value());
    EXPECT_FALSE(cli::parseNonNegative("4x").has_value());
    EXPECT_FALSE(cli::parseNonNegative(" 4").has_value());
    EXPECT_FALSE(cli::parseNonNegative("99999999999999999999").has_value());
}

TEST(CliCommandLineTest, MainRunsTheCommandLineOnlyWhenAskedTo)
{
    EXPECT_FALSE(isCliInvocation({}));
    EXPECT_FALSE(isCliInvocation({"--vault", "/somewhere"}));
    EXPECT_FALSE(isCliInvocation({"--vault=/somewhere"}));
    EXPECT_FALSE(isCliInvocation({"-platform", "offscreen"}));
    EXPECT_FALSE(isCliInvocation({"-reverse"}));
    EXPECT_TRUE(isCliInvocation({"demo"}));
    EXPECT_TRUE(isCliInvocation({"--vault", "/v", "list"}));
    EXPECT_TRUE(isCliInvocation({"--help"}));
    EXPECT_TRUE(isCliInvocation({"-h"}));
    EXPECT_TRUE(isCliInvocation({"--version"}));
    EXPECT_TRUE(isCliInvocation({"--partner", "Alex"}));
    EXPECT_TRUE(isCliInvocation({"typo"}));

    EXPECT_EQ(cli::vaultDirFromArgs({"--vault", "/a"}), std::filesystem::path("/a"));
    EXPECT_EQ(cli::vaultDirFromArgs({"--vault=/b"}), std::filesystem::path("/b"));
    EXPECT_FALSE(cli::vaultDirFromArgs({"-platform", "offscreen"}).has_value());
}

TEST_F(CliTest, HelpListsEveryCommand)
{
    const CliRun result = run({"--help"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.err.empty());
    for (const cli::CommandSpec& command : cli::commandSpecs()) {
        EXPECT_NE(result.out.find("  " + std::string(command.name) + " "), std::string::npos) << command.name;
    }
    EXPECT_NE(result.out.find("Exit codes"), std::string::npos);
}

TEST_F(CliTest, EachCommandHasItsOwnHelp)
{
    const CliRun write = run({"write", "--help"});
    EXPECT_EQ(write.exitCode, 0);
    EXPECT_NE(write.out.find("--title"), std::string::npos);
    EXPECT_NE(write.out.find("--mood"), std::string::npos);

    const CliRun viaHelp = run({"help", "write"});
    EXPECT_EQ(viaHelp.exitCode, 0);
    EXPECT_EQ(viaHelp.out, write.out);

    for (const char* name : {"demo", "list", "search", "show", "passwd"}) {
        const CliRun help = run({name, "-h"});
        EXPECT_EQ(help.exitCode, 0) << name;
        EXPECT_NE(help.out.find(std::string("twofold [--vault DIR] ")), std::string::npos) << name;
    }
    EXPECT_NE(run({"passwd", "--help"}).out.find("--new-password-fd"), std::string::npos);
    EXPECT_NE(run({"demo", "--help"}).out.find("--force"), std::string::npos);
}

TEST_F(CliTest, VersionPrintsTheProjectVersion)
{
    const CliRun result = run({"--version"});
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(result.out.rfind("twofold ", 0), 0u);
    EXPECT_NE(result.out.find('.'), std::string::npos);
}

TEST_F(CliTest, UsageErrorsExitWithOneAndOneLine)
{
    makeVault();
    const std::vector<std::vector<std::string>> wrong = {
        {},
        {"fly"},
        {"list", "--colour"},
        {"list"}, // no --partner
        {"--partner", "Alex", "list", "--limit", "lots"},
        {"--partner", "Alex", "write", "--mood", "0"},
        {"--partner", "Alex", "write", "--mood", "6"},
        {"--partner", "Alex", "write", "--mood", "happy"},
        {"--partner", "Alex", "write", "--kind", "financial"},
        {"--partner", "Alex", "write", "--tag", " "},
        {"--partner", "Alex", "show", "abc"},
        {"--partner", "Alex", "show", "0"},
        {"--partner", "Alex", "show"},
        {"--partner", "Alex", "search"},
        {"--partner", "Alex", "passwd", "--new-password-fd", "x"},
        {"help", "fly"},
    };
    for (const auto& args : wrong) {
        const CliRun result = run(args);
        std::string joined;
        for (const auto& arg : args) {
            joined += arg + " ";
        }
        EXPECT_EQ(result.exitCode, 1) << joined;
        EXPECT_TRUE(isOneLine(result.err)) << joined;
        EXPECT_TRUE(result.out.empty()) << joined;
    }
    // None of them asked for a password: the command line is checked first.
    EXPECT_TRUE(m_passwords.prompts.empty());
}

TEST(CliExitCodeTest, EveryErrorCodeHasASentenceAndAnExitCode)
{
    for (int raw = 0; raw <= static_cast<int>(ErrorCode::Internal); ++raw) {
        const auto code = static_cast<ErrorCode>(raw);
        const std::string_view message = cli::messageFor(code);
        EXPECT_GT(message.size(), 10u) << errorCodeName(code);
        EXPECT_EQ(message.back(), '.') << errorCodeName(code);
        EXPECT_EQ(message.find('\n'), std::string_view::npos) << errorCodeName(code);
        const int exit = cli::toInt(cli::exitCodeFor(code));
        EXPECT_GE(exit, 1) << errorCodeName(code);
        EXPECT_LE(exit, 4) << errorCodeName(code);
    }
}

TEST(CliExitCodeTest, ErrorsMapToTheDocumentedExitCodes)
{
    using cli::ExitCode;
    EXPECT_EQ(cli::exitCodeFor(ErrorCode::InvalidArgument), ExitCode::Usage);
    EXPECT_EQ(cli::exitCodeFor(ErrorCode::WrongPassword), ExitCode::Unauthorized);
    EXPECT_EQ(cli::exitCodeFor(ErrorCode::UnknownPartner), ExitCode::Unauthorized);
    for (const ErrorCode code :
         {ErrorCode::DamagedKeyring, ErrorCode::DamagedDatabase, ErrorCode::WrongKey, ErrorCode::NotEncrypted,
          ErrorCode::UnsupportedFormat, ErrorCode::WeakKdfParameters}) {
        EXPECT_EQ(cli::exitCodeFor(code), ExitCode::DamagedData) << errorCodeName(code);
    }
    for (const ErrorCode code :
         {ErrorCode::DiskFull, ErrorCode::IoError, ErrorCode::VaultInUse, ErrorCode::VaultNotFound,
          ErrorCode::PermissionDenied, ErrorCode::OwnerOnly}) {
        EXPECT_EQ(cli::exitCodeFor(code), ExitCode::IoFailure) << errorCodeName(code);
    }
    EXPECT_EQ(cli::messageFor(ErrorCode::VaultInUse),
              "This vault is open in another Twofold window. Close it there first.");
}

TEST(CliExitCodeTest, ReportErrorPrintsOneLineWithoutTheTechnicalDetail)
{
    std::ostringstream err;
    const int code =
        cli::reportError(err, Error{ErrorCode::DiskFull, "sqlite3_step: SQLITE_FULL on secret-title"});
    EXPECT_EQ(code, 4);
    EXPECT_TRUE(isOneLine(err.str()));
    EXPECT_EQ(err.str().find("secret-title"), std::string::npos);
}

} // namespace
} // namespace twofold::test
