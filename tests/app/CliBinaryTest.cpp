// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The real `twofold` binary as a child process: no display, --password-fd on a pipe,
// TWOFOLD_INSECURE_FAST_KDF=1 so Argon2id stays cheap (needs the test hook
// TWOFOLD_INSECURE_FAST_KDF_HOOK; without it those on a fast-KDF vault skip).
#include "CliTestSupport.h"
#include "crypto/RecoveryCode.h"
#include "support/FastKdf.h"
#include "support/TestHooks.h"

#include <cstdlib>
#include <fstream>
#include <regex>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

class CliBinaryTest : public CliTest
{
protected:
    ChildRun twofold(const std::vector<std::string>& args, const std::string& input = {},
                     const std::optional<std::string>& passwordLines = std::nullopt,
                     Stdout stdoutKind = Stdout::File)
    {
        std::vector<std::string> full = {"--vault", m_vaultDir.string()};
        full.insert(full.end(), args.begin(), args.end());
        return runTwofold(m_temp.path(), full, input, passwordLines, stdoutKind);
    }
};

TEST_F(CliBinaryTest, WritesAnEntryAndListsItWithAPipedPassword)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const ChildRun wrote = twofold({"--partner", "Alex", "--password-fd", "3", "write", "--title",
                                    "From a pipe", "--tag", "cli", "--mood", "5"},
                                   "Written by the real binary. 🌙\n", std::string(kAlexPassword) + "\n");
    ASSERT_EQ(wrote.exitCode, 0) << wrote.err;
    EXPECT_TRUE(wrote.err.empty()) << wrote.err;
    const std::string id = wrote.out.substr(0, wrote.out.find('\n'));
    EXPECT_FALSE(id.empty());

    const ChildRun listed = twofold({"--partner", "Alex", "--password-fd", "3", "list", "--json"}, {},
                                    std::string(kAlexPassword) + "\n");
    ASSERT_EQ(listed.exitCode, 0) << listed.err;
    const auto json = parseJson(listed.out);
    ASSERT_TRUE(json.has_value()) << listed.out;
    ASSERT_EQ(json->array.size(), 1u);
    EXPECT_EQ(json->array[0]["title"].string, "From a pipe");
    EXPECT_EQ(json->array[0]["firstLine"].string, "Written by the real binary. 🌙");
    EXPECT_EQ(std::to_string(static_cast<long long>(json->array[0]["id"].number)), id);
}

// Without the test hook the binary makes and opens this demo with the production cost: slower,
// still correct, so this one runs in every test build.
TEST_F(CliBinaryTest, DemoThenListAsBothPartners)
{
    const ChildRun demo = twofold({"demo"});
    ASSERT_EQ(demo.exitCode, 0) << demo.err;
    for (const auto& [name, password] : {std::pair{"Alex", "alex-demo"}, std::pair{"Sam", "sam-demo"}}) {
        const ChildRun listed =
            twofold({"--partner", name, "--password-fd", "3", "list", "--limit", "0", "--json"}, {},
                    std::string(password) + "\n");
        ASSERT_EQ(listed.exitCode, 0) << listed.err;
        const auto json = parseJson(listed.out);
        ASSERT_TRUE(json.has_value());
        EXPECT_GE(json->array.size(), 30u) << name;
    }
}

TEST_F(CliBinaryTest, AnswerRevealAndReadThroughTheRealBinary)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::string prompt = "foundations.what-intimacy-means";
    const auto as = [&](std::string_view partner, std::string_view password, std::vector<std::string> args,
                        const std::string& input = {}) {
        std::vector<std::string> full = {"--partner", std::string(partner), "--password-fd", "3"};
        full.insert(full.end(), args.begin(), args.end());
        return twofold(full, input, std::string(password) + "\n");
    };
    const ChildRun alexAnswers = as("Alex", kAlexPassword, {"answer", prompt}, "Being known. 🌙\n");
    ASSERT_EQ(alexAnswers.exitCode, 0) << alexAnswers.err;
    EXPECT_TRUE(alexAnswers.err.empty()) << alexAnswers.err;
    ASSERT_EQ(as("Sam", kSamPassword, {"answer", "--reveal", prompt}, "Being chosen.").exitCode, 0);

    const ChildRun notYet = as("Sam", kSamPassword, {"read", prompt});
    ASSERT_EQ(notYet.exitCode, 0) << notYet.err;
    EXPECT_NE(notYet.out.find("(not revealed yet)"), std::string::npos) << notYet.out;
    EXPECT_EQ(notYet.out.find("Being known"), std::string::npos) << notYet.out;

    const ChildRun revealed = as("Alex", kAlexPassword, {"reveal", prompt});
    ASSERT_EQ(revealed.exitCode, 0) << revealed.err;
    const ChildRun samReads = as("Sam", kSamPassword, {"read", "--json", prompt});
    ASSERT_EQ(samReads.exitCode, 0) << samReads.err;
    const auto json = parseJson(samReads.out);
    ASSERT_TRUE(json.has_value()) << samReads.out;
    EXPECT_EQ((*json)["partner"]["text"].string, "Being known. 🌙");
    EXPECT_EQ((*json)["mine"]["text"].string, "Being chosen.");
    const ChildRun alexReads = as("Alex", kAlexPassword, {"read", prompt});
    ASSERT_EQ(alexReads.exitCode, 0) << alexReads.err;
    EXPECT_NE(alexReads.out.find("Sam:\nBeing chosen."), std::string::npos) << alexReads.out;
}

// The PDF book through the real binary: no display, no QGuiApplication until the
// export makes its own offscreen one.
TEST_F(CliBinaryTest, ExportsAPdfBookWithoutADisplay)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed; scripts/setup-deps installs it";
    }
    makeVault();
    ASSERT_EQ(twofold({"--partner", "Alex", "--password-fd", "3", "write", "--title", "Binary river walk"},
                      "שלום from the real binary.\n", std::string(kAlexPassword) + "\n")
                  .exitCode,
              0);
    const auto file = m_temp.path() / "alex.pdf";
    const ChildRun exported = twofold(
        {"--partner", "Alex", "--password-fd", "3", "export", "--format", "pdf", "--out", file.string()}, {},
        std::string(kAlexPassword) + "\n");
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_TRUE(exported.err.empty()) << exported.err;
    EXPECT_NE(exported.out.find("Exported 1 entry"), std::string::npos) << exported.out;
    EXPECT_EQ(readFile(file).substr(0, 5), "%PDF-");
    EXPECT_FALSE(std::filesystem::exists(file.string() + ".partial"));

    const auto text = m_temp.path() / "alex.txt";
    ASSERT_EQ(std::system(("pdftotext -layout '" + file.string() + "' '" + text.string() + "'").c_str()), 0);
    const std::string book = readFile(text);
    EXPECT_NE(book.find("Alex's journal"), std::string::npos) << book;
    EXPECT_NE(book.find("Binary river walk"), std::string::npos) << book;
    EXPECT_NE(book.find("שלום"), std::string::npos) << book;
}

TEST_F(CliBinaryTest, WrongPasswordExitsTwoWithOneLine)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const ChildRun result = twofold({"--partner", "Sam", "--password-fd", "3", "list"}, {}, "nope\n");
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_TRUE(isOneLine(result.err)) << result.err;
}

// Rollback is noticed (docs/CLI.md, exit 3): an older journal put back stops every command
// with the sentence until `verify --accept-older`.
TEST_F(CliBinaryTest, OlderJournalPutBackExitsThreeUntilAccepted)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::string password = std::string(kAlexPassword) + "\n";
    auto entry = [&](const std::string& title) {
        return twofold({"--partner", "Alex", "--password-fd", "3", "write", "--title", title}, "words\n",
                       password);
    };
    ASSERT_EQ(entry("kept").exitCode, 0);
    std::filesystem::path journal;
    for (const auto& file : std::filesystem::directory_iterator(m_vaultDir)) {
        const std::string name = file.path().filename().string();
        if (name.starts_with("partner-") && name.ends_with(".db")) {
            // Alex wrote last, so Alex's journal is the newer of the two.
            if (journal.empty() ||
                std::filesystem::last_write_time(file) > std::filesystem::last_write_time(journal)) {
                journal = file.path();
            }
        }
    }
    ASSERT_FALSE(journal.empty());
    const auto saved = m_temp.path() / "older-journal";
    std::filesystem::copy_file(journal, saved);
    ASSERT_EQ(entry("lost").exitCode, 0);
    std::filesystem::copy_file(saved, journal, std::filesystem::copy_options::overwrite_existing);

    const std::string sentence =
        "Your journal is older than the last time you used it: entries may be missing.";
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"list"}, std::vector<std::string>{"prompts"},
          std::vector<std::string>{"verify"}}) {
        std::vector<std::string> args = {"--partner", "Alex", "--password-fd", "3"};
        args.insert(args.end(), command.begin(), command.end());
        const ChildRun refused = twofold(args, {}, password);
        EXPECT_EQ(refused.exitCode, 3) << command[0] << ": " << refused.err;
        EXPECT_NE(refused.err.find(sentence), std::string::npos) << refused.err;
        EXPECT_NE(refused.err.find("--accept-older"), std::string::npos) << refused.err;
        EXPECT_TRUE(isOneLine(refused.err)) << refused.err;
        EXPECT_TRUE(refused.out.find("\"title\"") == std::string::npos) << refused.out;
    }
    EXPECT_EQ(entry("refused").exitCode, 3);

    const ChildRun accepted =
        twofold({"--partner", "Alex", "--password-fd", "3", "verify", "--accept-older"}, {}, password);
    EXPECT_EQ(accepted.exitCode, 0) << accepted.err;
    EXPECT_NE(accepted.out.find("Accepted: " + sentence), std::string::npos) << accepted.out;

    const ChildRun listed = twofold({"--partner", "Alex", "--password-fd", "3", "list"}, {}, password);
    EXPECT_EQ(listed.exitCode, 0) << listed.err;
    EXPECT_NE(listed.out.find("kept"), std::string::npos) << listed.out;
    EXPECT_EQ(listed.out.find("lost"), std::string::npos) << listed.out;

    const ChildRun usage = twofold({"verify", "--accept-older"});
    EXPECT_EQ(usage.exitCode, 1) << usage.err;
}

TEST_F(CliBinaryTest, HelpAndVersionNeedNoDisplayAndNoVault)
{
    const ChildRun help = runTwofold(m_temp.path(), {"--help"}, {}, std::nullopt);
    EXPECT_EQ(help.exitCode, 0) << help.err;
    EXPECT_NE(help.out.find("Usage: twofold"), std::string::npos);
    EXPECT_TRUE(help.err.empty()) << help.err;

    const ChildRun version = runTwofold(m_temp.path(), {"--version"}, {}, std::nullopt);
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("twofold ", 0), 0u);

    const ChildRun usage = runTwofold(m_temp.path(), {"fly"}, {}, std::nullopt);
    EXPECT_EQ(usage.exitCode, 1);
    EXPECT_TRUE(isOneLine(usage.err)) << usage.err;
}

// A revealed answer (or any of the other partner's text) printed to a terminal has its
// control sequences shown as \x1b / \u202e, so it cannot rewrite the screen; piped, the
// bytes are exact; --json on a terminal is exact JSON with them as \u escapes.
TEST_F(CliBinaryTest, ControlSequencesAreEscapedOnATerminalAndExactInAPipe)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::string prompt = "foundations.what-intimacy-means";
    // Sam's answer tries to erase the line and relabel whose words are whose.
    const std::string forged = "ok\x1b[2K\r\x1b[1mAlex:\x1b[0m I never loved you \xe2\x80\xae"
                               "sdrow\xc2\x9b";
    const std::string samPassword = std::string(kSamPassword) + "\n";
    const std::string alexPassword = std::string(kAlexPassword) + "\n";
    ASSERT_EQ(
        twofold({"--partner", "Sam", "--password-fd", "3", "answer", "--reveal", prompt}, forged, samPassword)
            .exitCode,
        0);
    ASSERT_EQ(twofold({"--partner", "Alex", "--password-fd", "3", "answer", "--reveal", prompt}, "Mine.",
                      alexPassword)
                  .exitCode,
              0);
    // Sam's session seals Sam's answer to Alex the next time Sam opens Twofold.
    ASSERT_EQ(twofold({"--partner", "Sam", "--password-fd", "3", "prompts"}, {}, samPassword).exitCode, 0);

    const std::vector<std::string> read = {"--partner", "Alex", "--password-fd", "3", "read", prompt};
    const ChildRun onTerminal = twofold(read, {}, alexPassword, Stdout::Terminal);
    ASSERT_EQ(onTerminal.exitCode, 0) << onTerminal.err;
    EXPECT_EQ(onTerminal.out.find('\x1b'), std::string::npos) << onTerminal.out;
    EXPECT_EQ(onTerminal.out.find('\r'), std::string::npos) << onTerminal.out;
    EXPECT_EQ(onTerminal.out.find("\xe2\x80\xae"), std::string::npos) << onTerminal.out;
    EXPECT_NE(
        onTerminal.out.find("ok\\x1b[2K\\x0d\\x1b[1mAlex:\\x1b[0m I never loved you \\u202esdrow\\u009b"),
        std::string::npos)
        << onTerminal.out;

    const ChildRun piped = twofold(read, {}, alexPassword);
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_NE(piped.out.find(forged), std::string::npos) << piped.out;

    std::vector<std::string> readJson = read;
    readJson.insert(readJson.end() - 1, "--json");
    const ChildRun jsonOnTerminal = twofold(readJson, {}, alexPassword, Stdout::Terminal);
    ASSERT_EQ(jsonOnTerminal.exitCode, 0) << jsonOnTerminal.err;
    EXPECT_EQ(jsonOnTerminal.out.find('\x1b'), std::string::npos) << jsonOnTerminal.out;
    const auto json = parseJson(jsonOnTerminal.out);
    ASSERT_TRUE(json.has_value()) << jsonOnTerminal.out;
    EXPECT_EQ((*json)["partner"]["text"].string, forged);
}

// passwd --new-recovery-code through the real binary: the current password first (from
// descriptor 3), the code shown once on the terminal, and it opens the journal.
TEST_F(CliBinaryTest, PasswdMakesANewRecoveryCodeAfterTheCurrentPassword)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::vector<std::string> args = {"--partner", "Alex",   "--password-fd",
                                           "3",         "passwd", "--new-recovery-code"};
    const ChildRun wrong = twofold(args, {}, std::string("not the password\n"), Stdout::Terminal);
    EXPECT_EQ(wrong.exitCode, 2) << wrong.err;
    EXPECT_EQ(wrong.out, "");

    const ChildRun made = twofold(args, {}, std::string(kAlexPassword) + "\n", Stdout::Terminal);
    ASSERT_EQ(made.exitCode, 0) << made.err;
    // The wrong password just before is reported to Alex, on its own line.
    EXPECT_EQ(made.err.rfind("1 failed unlock attempt since your last visit", 0), 0u) << made.err;
    std::smatch match;
    ASSERT_TRUE(std::regex_search(made.out, match, std::regex("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}"))) << made.out;
    EXPECT_NE(made.out.find("shown only this once"), std::string::npos) << made.out;

    auto vault = Vault::open(m_vaultDir, twofold::test::fastVaultOptions());
    ASSERT_TRUE(vault);
    auto alex = vault->findPartner("Alex");
    ASSERT_TRUE(alex);
    auto code = normalizeRecoveryCode(match.str(0));
    ASSERT_TRUE(code);
    EXPECT_TRUE(vault->unlockWithRecoveryCode(alex->id, *code).has_value());
}

// `twofold export --out X` writes under a fresh X.partial-XXXXXX: an X.partial that was
// already there (someone else's file, or a folder with content) is never deleted.
TEST_F(CliBinaryTest, ExportLeavesAPartialFileOrFolderItDidNotMake)
{
    if (!kFastKdfHook) {
        GTEST_SKIP() << kNeedsFastKdfHook;
    }
    makeVault();
    const std::string password = std::string(kAlexPassword) + "\n";
    ASSERT_EQ(twofold({"--partner", "Alex", "--password-fd", "3", "write", "--title", "t"}, "text", password)
                  .exitCode,
              0);
    const auto json = m_temp.path() / "alex.json";
    const auto folder = m_temp.path() / "alex-md";
    std::ofstream(json.string() + ".partial") << "not yours";
    std::filesystem::create_directory(folder.string() + ".partial");
    std::ofstream(folder.string() + ".partial/keep.txt") << "also not yours";

    for (const auto& [format, out] : {std::pair{"json", json}, std::pair{"markdown", folder}}) {
        const ChildRun exported = twofold(
            {"--partner", "Alex", "--password-fd", "3", "export", "--format", format, "--out", out.string()},
            {}, password);
        ASSERT_EQ(exported.exitCode, 0) << exported.err;
    }
    EXPECT_EQ(readFile(json.string() + ".partial"), "not yours");
    EXPECT_EQ(readFile(folder.string() + ".partial/keep.txt"), "also not yours");
    EXPECT_TRUE(std::filesystem::is_regular_file(json));
    EXPECT_TRUE(std::filesystem::is_directory(folder));
    for (const auto& item : std::filesystem::directory_iterator(m_temp.path())) {
        EXPECT_EQ(item.path().filename().string().find(".partial-"), std::string::npos) << item.path();
    }
}

// passwd --rekey in the real binary, killed at the commit point's either side
// (TWOFOLD_CRASH_POINTS_HOOK): afterwards exactly one password opens every entry.
TEST_F(CliBinaryTest, RekeyKilledAtEitherSideOfItsCommitLeavesExactlyOnePassword)
{
    if (!kFastKdfHook || !kCrashPointsHook) {
        GTEST_SKIP() << kNeedsFastKdfHook << "; " << kNeedsCrashPointsHook;
    }
    struct Case
    {
        const char* point;
        bool committed;
    };
    for (const Case c :
         {Case{"rekey-journal-written", false}, Case{"rekey-keyring-committed", true}, Case{nullptr, true}}) {
        SCOPED_TRACE(c.point != nullptr ? c.point : "no crash");
        makeVault();
        for (int i = 0; i < 3; ++i) {
            ASSERT_EQ(twofold({"--partner", "Alex", "--password-fd", "3", "write"},
                              "entry " + std::to_string(i), std::string(kAlexPassword) + "\n")
                          .exitCode,
                      0);
        }
        if (c.point != nullptr) {
            ::setenv("TWOFOLD_CRASH_AT", c.point, 1);
        }
        const ChildRun rekeyed = twofold(
            {"--partner", "Alex", "--password-fd", "3", "passwd", "--rekey", "--new-password-fd", "3"}, {},
            std::string(kAlexPassword) + "\nnew binary password\n");
        ::unsetenv("TWOFOLD_CRASH_AT");
        if (c.point != nullptr) {
            ASSERT_EQ(rekeyed.exitCode, 86) << rekeyed.err; // common/CrashPoint.cpp
        } else {
            ASSERT_EQ(rekeyed.exitCode, 0) << rekeyed.err;
            EXPECT_NE(rekeyed.out.find("shown only this once"), std::string::npos) << rekeyed.out;
        }
        const std::string works = c.committed ? "new binary password" : std::string(kAlexPassword);
        const std::string fails = c.committed ? std::string(kAlexPassword) : "new binary password";
        const ChildRun refused =
            twofold({"--partner", "Alex", "--password-fd", "3", "list", "--json"}, {}, fails + "\n");
        EXPECT_NE(refused.exitCode, 0);
        const ChildRun listed =
            twofold({"--partner", "Alex", "--password-fd", "3", "list", "--json"}, {}, works + "\n");
        ASSERT_EQ(listed.exitCode, 0) << listed.err;
        const auto json = parseJson(listed.out);
        ASSERT_TRUE(json.has_value()) << listed.out;
        EXPECT_EQ(json->array.size(), 3u);
        EXPECT_EQ(
            twofold({"--partner", "Sam", "--password-fd", "3", "list"}, {}, std::string(kSamPassword) + "\n")
                .exitCode,
            0);
        std::filesystem::remove_all(m_vaultDir);
    }
}

} // namespace
} // namespace twofold::test
