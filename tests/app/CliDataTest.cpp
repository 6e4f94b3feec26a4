// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// export and import in-process.
#include "CliTestSupport.h"

#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

TEST_F(CliTest, ExportJsonThenImportIntoAnotherJournal)
{
    makeVault();
    writeAsAlex("By the river.", {"--title", "Sunday", "--tag", "walks", "--mood", "4"});
    writeAsAlex("At home.", {"--title", "Monday"});
    const auto file = m_temp.path() / "alex.json";
    const CliRun exported = runAs("Alex", kAlexPassword,
                                  {"export", "--format", "json", "--out", file.string(), "--tag", "walks"});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    EXPECT_NE(exported.out.find("Exported 1 entry"), std::string::npos) << exported.out;
    std::ifstream in(file);
    const auto json = parseJson(std::string{std::istreambuf_iterator<char>(in), {}});
    ASSERT_TRUE(json);
    EXPECT_EQ((*json)["format"].string, "twofold-export");
    ASSERT_EQ((*json)["entries"].array.size(), 1u);
    EXPECT_EQ((*json)["entries"].array[0]["body"].string, "By the river.");

    const CliRun imported = runAs("Sam", kSamPassword, {"import", "--format", "twofold-json", file.string()});
    ASSERT_EQ(imported.exitCode, 0) << imported.err;
    EXPECT_EQ(imported.out, "Imported 1 entry.\n");
    const CliRun again = runAs("Sam", kSamPassword, {"import", "--format", "twofold-json", file.string()});
    EXPECT_EQ(again.out, "Imported 0 entries; 1 already in your journal was skipped.\n");
    const CliRun listed = runAs("Sam", kSamPassword, {"list"});
    EXPECT_NE(listed.out.find("By the river."), std::string::npos);
}

TEST_F(CliTest, ABadImportFileIsNamedWithItsPositionAndNothingIsImported)
{
    makeVault();
    const auto bad = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests/data/import/bad-markdown";
    const CliRun run = runAs("Alex", kAlexPassword, {"import", "--format", "markdown", bad.string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(isOneLine(run.err));
    EXPECT_NE(run.err.find("b-bad.md, line 4, column 1"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("Nothing was imported"), std::string::npos);
    const CliRun listed = runAs("Alex", kAlexPassword, {"list", "--json"});
    EXPECT_EQ(listed.out, "[]\n");
}

TEST_F(CliTest, ExportNeedsAKnownFormatAndAnOutput)
{
    makeVault();
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"export", "--format", "docx", "--out", "x"}).exitCode, 1);
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"export", "--format", "json"}).exitCode, 1);
    EXPECT_EQ(runAs("Alex", kAlexPassword, {"import", "--format", "word", "x"}).exitCode, 1);
}

TEST_F(CliTest, ABackwardsDateRangeOrAMissingFolderIsSaidPlainlyAndWritesNothing)
{
    makeVault();
    writeAsAlex("By the river.", {"--title", "Sunday"});
    const auto file = m_temp.path() / "alex.json";
    const CliRun backwards = runAs(
        "Alex", kAlexPassword,
        {"export", "--format", "json", "--out", file.string(), "--from", "2026-11-10", "--to", "2026-11-01"});
    EXPECT_EQ(backwards.exitCode, 1);
    EXPECT_TRUE(isOneLine(backwards.err)) << backwards.err;
    EXPECT_NE(backwards.err.find("--from is after --to"), std::string::npos) << backwards.err;
    EXPECT_FALSE(std::filesystem::exists(file));

    const auto missing = m_temp.path() / "no such folder" / "alex.json";
    const CliRun nowhere =
        runAs("Alex", kAlexPassword, {"export", "--format", "json", "--out", missing.string()});
    EXPECT_EQ(nowhere.exitCode, 1);
    EXPECT_TRUE(isOneLine(nowhere.err)) << nowhere.err;
    EXPECT_NE(nowhere.err.find("no such folder does not exist"), std::string::npos) << nowhere.err;
    EXPECT_EQ(nowhere.err.find("vault"), std::string::npos) << nowhere.err;
    EXPECT_FALSE(std::filesystem::exists(missing.parent_path()));
}

TEST_F(CliTest, PdfExportWithoutQtSaysThisBuildCannotMakeOne)
{
    makeVault();
    const auto file = m_temp.path() / "alex.pdf";
    const CliRun run = runAs("Alex", kAlexPassword, {"export", "--format", "pdf", "--out", file.string()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(isOneLine(run.err)) << run.err;
    EXPECT_NE(run.err.find("cannot make PDFs"), std::string::npos) << run.err;
    EXPECT_FALSE(std::filesystem::exists(file));
}

TEST_F(CliTest, PdfExportHandsTheFilteredExportToTheWriter)
{
    makeVault();
    writeAsAlex("By the river.", {"--title", "Sunday", "--tag", "walks"});
    writeAsAlex("At home.", {"--title", "Monday"});
    std::vector<std::string> titles;
    std::filesystem::path written;
    m_writePdf = [&](const ExportData& data, const std::filesystem::path& out) -> Result<ExportSummary> {
        for (const Entry& e : data.entries) {
            titles.push_back(e.fields.title);
        }
        written = out;
        EXPECT_EQ(data.partnerName, "Alex");
        EXPECT_EQ(data.partnerLabel, "Sam");
        return ExportSummary{data.entries.size(), data.answers.size(), 1};
    };
    const auto file = m_temp.path() / "alex.pdf";
    const CliRun run =
        runAs("Alex", kAlexPassword, {"export", "--format", "pdf", "--out", file.string(), "--tag", "walks"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(titles, std::vector<std::string>{"Sunday"});
    EXPECT_EQ(written, file);
    EXPECT_NE(run.out.find("Exported 1 entry and 0 answers to "), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("not encrypted"), std::string::npos) << run.out;

    m_writePdf = [](const ExportData&, const std::filesystem::path&) -> Result<ExportSummary> {
        return fail(ErrorCode::DiskFull, "test");
    };
    const CliRun full = runAs("Alex", kAlexPassword, {"export", "--format", "pdf", "--out", file.string()});
    EXPECT_NE(full.exitCode, 0);
    EXPECT_TRUE(isOneLine(full.err)) << full.err;
}

} // namespace
} // namespace twofold::test
