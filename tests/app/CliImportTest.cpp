// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// `twofold import`: the summary at the end of every import, and --dry-run.
#include "CliTestSupport.h"
#include "core/import/ZipWriter.h"

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kData = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import";

TEST_F(CliTest, ImportEndsWithASummaryOfWhatWasSkippedAndWhatWasNotKept)
{
    makeVault();
    const std::string file = (kData / "dayone" / "summary.json").string();
    const CliRun run = runAs("Alex", kAlexPassword, {"import", "--format", "dayone-json", file});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out, "Imported 2 entries; 1 already in your journal was skipped.\n"
                       "Skipped 2 entries with no words (nothing to keep but a photo, or an empty page).\n"
                       "Came in only partly:\n"
                       "  2 photos and other attachments not imported: Twofold cannot keep photos yet.\n"
                       "  1 location not imported: Twofold does not keep locations.\n"
                       "  1 weather note not imported: Twofold does not keep the weather.\n"
                       "  1 starred mark not kept: Twofold has no favourite mark.\n"
                       "  1 pin not kept: Twofold does not pin entries.\n"
                       "  1 all-day entry kept at the time the file gave: Twofold has no all-day entries.\n");
    // Counts and reasons only: nothing of the file's words, places or weather.
    for (const char* secret : {"Candles", "Wien", "Snow", "winter", "Leftovers"}) {
        EXPECT_EQ(run.out.find(secret), std::string::npos) << secret;
    }
}

TEST_F(CliTest, ImportDryRunShowsTheSummaryAndWritesNothing)
{
    makeVault();
    const std::string file = (kData / "jrnl-export.json").string();
    const CliRun dry = runAs("Alex", kAlexPassword, {"import", "--format", "jrnl-json", "--dry-run", file});
    ASSERT_EQ(dry.exitCode, 0) << dry.err;
    EXPECT_EQ(dry.out.rfind("Would import 2 entries. Nothing was written: this was a dry run.\n", 0), 0u)
        << dry.out;
    EXPECT_NE(dry.out.find("1 starred mark not kept"), std::string::npos) << dry.out;
    EXPECT_NE(dry.out.find("2 times had no time zone"), std::string::npos) << dry.out;
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"list", "--json"}).out, "[]\n");

    const CliRun real = runAs("Alex", kAlexPassword, {"import", "--format", "jrnl-json", file});
    ASSERT_EQ(real.exitCode, 0) << real.err;
    EXPECT_EQ(real.out.rfind("Imported 2 entries.\n", 0), 0u) << real.out;
    const CliRun again = runAs("Alex", kAlexPassword, {"import", "--format", "jrnl-json", "--dry-run", file});
    EXPECT_EQ(again.out.rfind("Would import 0 entries; 2 already in your journal would be skipped.", 0), 0u)
        << again.out;
}

TEST_F(CliTest, AMarkdownFolderSummarySaysWhereTheDatesCameFrom)
{
    makeVault();
    const CliRun run =
        runAs("Alex", kAlexPassword, {"import", "--format", "markdown", (kData / "markdown").string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Read 3 entries from 3 files.\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find(
                  "Dates: 2 from front matter, 0 from file names, 1 from when the file was last changed.\n"),
              std::string::npos)
        << run.out;
}

TEST_F(CliTest, AnObsidianVaultSummaryNamesTheSkippedHiddenFolders)
{
    makeVault();
    const CliRun run =
        runAs("Alex", kAlexPassword, {"import", "--format", "markdown", (kData / "obsidian").string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("Imported 4 entries.\n"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Skipped 2 hidden folders (like .obsidian or .trash)"), std::string::npos)
        << run.out;
    EXPECT_NE(
        run.out.find("Dates: 1 from front matter, 2 from file names, 1 from when the file was last changed."),
        std::string::npos)
        << run.out;
}

TEST_F(CliTest, MarkdownGivenAJsonFileIsRefusedAndExitsNonZero)
{
    makeVault();
    const CliRun run = runAs("Alex", kAlexPassword,
                             {"import", "--format", "markdown", (kData / "jrnl-export.json").string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(isOneLine(run.err)) << run.err;
    EXPECT_NE(run.err.find("this is a JSON file, not Markdown"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("Nothing was imported"), std::string::npos);
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"list", "--json"}).out, "[]\n");
}

// Day One's export as it comes: the .zip, read in memory (tests/core/import/DayOneZipTest.cpp).
TEST_F(CliTest, DayOnesZipImportsAsExportedAndEndsWithTheSummary)
{
    makeVault();
    const auto folder = kData / "dayone" / "export";
    const std::string photo = "photos/a1b2c3d4e5f60718293a4b5c6d7e8f90.jpeg";
    const auto zip = m_temp.path() / "Day One export.zip";
    writeFile(zip, makeZip({{.name = "Journal.json", .data = readFile(folder / "Journal.json")},
                            {.name = "Travel.json", .data = readFile(folder / "Travel.json")},
                            {.name = photo, .data = readFile(folder / photo), .deflate = false}}));
    const CliRun run = runAs("Alex", kAlexPassword, {"import", "--format", "dayone-json", zip.string()});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out, "Imported 3 entries.\n"
                       "Read 3 entries from 2 files.\n"
                       "Came in only partly:\n"
                       "  1 photo or other attachment not imported: Twofold cannot keep photos yet.\n"
                       "  1 location not imported: Twofold does not keep locations.\n"
                       "  1 starred mark not kept: Twofold has no favourite mark.\n");
    EXPECT_EQ(run.out.find("Kevin"), std::string::npos); // counts and reasons only

    // A hostile zip: refused with its reason on one line, nothing written.
    const auto evil = m_temp.path() / "evil.zip";
    writeFile(evil, makeZip({{.name = "../evil.json", .data = readFile(folder / "Travel.json")}}));
    const CliRun refused = runAs("Sam", kSamPassword, {"import", "--format", "dayone-json", evil.string()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(isOneLine(refused.err)) << refused.err;
    EXPECT_NE(refused.err.find("would point outside its folder"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("Nothing was imported"), std::string::npos) << refused.err;
    EXPECT_EQ(runAs("Sam", kSamPassword, {"list", "--json"}).out, "[]\n");
}

TEST_F(CliTest, TimezoneSaysWhereTimesWithoutAZoneWereWritten)
{
    makeVault();
    const std::string file = (kData / "jrnl-export.json").string();
    const CliRun berlin = runAs("Alex", kAlexPassword,
                                {"import", "--format", "jrnl-json", "--timezone", "Europe/Berlin", file});
    ASSERT_EQ(berlin.exitCode, 0) << berlin.err;
    EXPECT_NE(berlin.out.find("read in the zone Europe/Berlin"), std::string::npos) << berlin.out;
    // 2024-05-03 19:45 in Berlin (summer time, UTC+2) is 17:45 UTC.
    const CliRun listed = runAs("Alex", kAlexPassword, {"list", "--json"});
    EXPECT_NE(listed.out.find("\"created\":\"2024-05-03T17:45:00"), std::string::npos) << listed.out;
    // The same moment written as an offset: nothing new.
    const CliRun offset =
        runAs("Alex", kAlexPassword, {"import", "--format", "jrnl-json", "--timezone", "+02:00", file});
    EXPECT_EQ(offset.out.rfind("Imported 0 entries; 2 already in your journal were skipped.\n", 0), 0u)
        << offset.out;

    for (const char* bad : {"Mars/Olympus", "../../etc/passwd", "+25:00", "/usr/share/zoneinfo/UTC"}) {
        const CliRun run =
            runAs("Alex", kAlexPassword, {"import", "--format", "jrnl-json", "--timezone", bad, file});
        EXPECT_EQ(run.exitCode, 1) << bad;
        EXPECT_NE(run.err.find("--timezone needs a zone"), std::string::npos) << run.err;
    }
}

} // namespace
} // namespace twofold::test
