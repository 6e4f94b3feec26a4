// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// escapeForTerminal (app/cli/TerminalText.h) and the command line using it when its
// output is a terminal. The real binary on a pseudo-terminal: CliBinaryTest.
#include "cli/TerminalText.h"

#include "CliTestSupport.h"

#include <sstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

using cli::escapeForTerminal;

TEST(TerminalTextTest, OrdinaryTextIsUnchanged)
{
    const std::string text = "We walked by the river. 🌙\nصباح هادئ معًا\tשלום · “quotes” — é";
    EXPECT_EQ(escapeForTerminal(text), text);
}

TEST(TerminalTextTest, ControlSequencesAreShownNotObeyed)
{
    EXPECT_EQ(escapeForTerminal("\x1b[2J\x1b[HSam wrote:"), "\\x1b[2J\\x1b[HSam wrote:");
    EXPECT_EQ(escapeForTerminal("\x1b]0;title\x07"), "\\x1b]0;title\\x07");
    EXPECT_EQ(escapeForTerminal("a\rb\bc\x7f"), "a\\x0db\\x08c\\x7f");
    EXPECT_EQ(escapeForTerminal(std::string("nul\0byte", 8)), "nul\\x00byte");
    // C1 controls as UTF-8 (U+009B is CSI on its own).
    EXPECT_EQ(escapeForTerminal("\xc2\x9b"
                                "2J \xc2\x85"),
              "\\u009b2J \\u0085");
    // Bidi embeddings, overrides and isolates.
    EXPECT_EQ(escapeForTerminal("\xe2\x80\xae"
                                "evil"
                                "\xe2\x80\xac"),
              "\\u202eevil\\u202c");
    EXPECT_EQ(escapeForTerminal("\xe2\x81\xa6x\xe2\x81\xa9"), "\\u2066x\\u2069");
    // Neighbours of those ranges are ordinary text.
    EXPECT_EQ(escapeForTerminal("\xc2\xa0\xe2\x80\xa9\xe2\x81\xaa"), "\xc2\xa0\xe2\x80\xa9\xe2\x81\xaa");
}

TEST(TerminalTextTest, InvalidUtf8AndBackslashesAreUnambiguous)
{
    // A raw C1 byte (CSI in 8-bit terminals) and other broken UTF-8.
    EXPECT_EQ(escapeForTerminal("\x9b"
                                "2J"),
              "\\x9b2J");
    EXPECT_EQ(escapeForTerminal("\xc0\xaf \xed\xa0\x80 \xff"), "\\xc0\\xaf \\xed\\xa0\\x80 \\xff");
    EXPECT_EQ(escapeForTerminal("cut \xe2\x80"), "cut \\xe2\\x80");
    // Someone typing an escape's spelling cannot pass it off as one.
    EXPECT_EQ(escapeForTerminal("\\x1b \\"), "\\\\x1b \\\\");
}

TEST(TerminalTextTest, ASequenceSplitBetweenWritesIsJoinedFirst)
{
    cli::TerminalEscaper escaper;
    std::string out = escaper.feed("ok \xe2");
    out += escaper.feed("\x80");
    out += escaper.feed("\xae then \xf0\x9f");
    out += escaper.feed("\x8c\x99 end \xe2");
    out += escaper.finish();
    EXPECT_EQ(out, "ok \\u202e then 🌙 end \\xe2");
}

TEST(TerminalTextTest, TheStreambufEscapesEverythingWrittenThroughIt)
{
    std::ostringstream target;
    {
        cli::TerminalSafeStreambuf buffer(target.rdbuf());
        std::ostream stream(&buffer);
        stream << "A: " << '\x1b' << "[31m" << std::string_view("\xc2") << std::string_view("\x9b") << "\n";
        stream.flush();
        EXPECT_TRUE(stream.good());
    }
    EXPECT_EQ(target.str(), "A: \\x1b[31m\\u009b\n");
}

class TerminalOutputTest : public CliTest
{
};

TEST_F(TerminalOutputTest, AnEntryShownOnATerminalCannotDriveIt)
{
    makeVault();
    const std::string hostile = "\x1b[2K\rSam wrote: \xe2\x80\xae"
                                "forged\x1b]0;x\x07";
    const std::string id = writeAsAlex(hostile, {"--title", "T\x1b[1A"});

    m_outputIsTerminal = true;
    const CliRun shown = runAs("Alex", kAlexPassword, {"show", id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    EXPECT_EQ(shown.out.find('\x1b'), std::string::npos) << shown.out;
    EXPECT_EQ(shown.out.find('\r'), std::string::npos) << shown.out;
    EXPECT_EQ(shown.out.find("\xe2\x80\xae"), std::string::npos) << shown.out;
    EXPECT_NE(shown.out.find("\\x1b[2K\\x0dSam wrote: \\u202eforged\\x1b]0;x\\x07"), std::string::npos)
        << shown.out;
    EXPECT_NE(shown.out.find("T\\x1b[1A"), std::string::npos) << shown.out;

    // JSON stays exact: the same text comes back, with the controls as \u escapes.
    const CliRun json = runAs("Alex", kAlexPassword, {"show", "--json", id});
    ASSERT_EQ(json.exitCode, 0) << json.err;
    EXPECT_EQ(json.out.find('\x1b'), std::string::npos) << json.out;
    EXPECT_NE(json.out.find("\\u001b[2K\\rSam wrote: \\u202eforged"), std::string::npos) << json.out;
    const auto parsed = parseJson(json.out);
    ASSERT_TRUE(parsed.has_value()) << json.out;
    EXPECT_EQ((*parsed)["body"].string, hostile);

    // Not a terminal: the text is printed as it is (a pipe or file gets the bytes).
    m_outputIsTerminal = false;
    const CliRun piped = runAs("Alex", kAlexPassword, {"show", id});
    ASSERT_EQ(piped.exitCode, 0) << piped.err;
    EXPECT_NE(piped.out.find(hostile), std::string::npos) << piped.out;
}

} // namespace
} // namespace twofold::test
