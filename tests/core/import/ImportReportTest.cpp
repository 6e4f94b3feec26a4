// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Nothing silent: every import's report says what came in, what was skipped and why, and
// what came in only partly; a dry run writes nothing.
#include "import/Import.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kData = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import";

class ImportReportTest : public ::testing::Test
{
protected:
    Journal& journal() { return p.alex->journal(); }
    std::int64_t count() { return *journal().count(); }

    TwoPartners p;
    TempDir tmp;
};

TEST_F(ImportReportTest, DayOneSaysWhatWasSkippedAndWhatCameInOnlyPartly)
{
    auto report = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "summary.json");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_FALSE(report->dryRun);
    EXPECT_EQ(report->files, 1u);
    EXPECT_EQ(report->read, 5u);
    EXPECT_EQ(report->imported, 2u);
    EXPECT_EQ(report->duplicates, 1u);  // the same words at the same time, twice in the file
    EXPECT_EQ(report->withoutText, 2u); // a photo alone (its dead link removed), and blank lines
    EXPECT_EQ(report->read, report->imported + report->duplicates + report->withoutText);
    // Counted over what was imported: the photo-only entry's photo is not counted again.
    EXPECT_EQ(report->photos, 2u);
    EXPECT_EQ(report->locations, 1u);
    EXPECT_EQ(report->weather, 1u);
    EXPECT_EQ(report->starred, 1u);
    EXPECT_EQ(report->pinned, 1u);
    EXPECT_EQ(report->allDay, 1u);
    EXPECT_EQ(report->timeWithZone, 2u);
    EXPECT_EQ(report->timeInGivenZone, 0u);
    EXPECT_EQ(count(), 2);
}

TEST_F(ImportReportTest, DeadMomentLinksDoNotBecomeTheText)
{
    ASSERT_TRUE(importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "summary.json"));
    auto page = journal().list({.limit = 10});
    ASSERT_TRUE(page);
    for (const EntrySummary& s : *page) {
        const Entry e = *journal().get(s.id);
        EXPECT_EQ(e.fields.body.find("dayone-moment"), std::string::npos);
        EXPECT_EQ(e.fields.body.find("![]"), std::string::npos);
    }
}

TEST_F(ImportReportTest, ADryRunReportsTheSameAndWritesNothing)
{
    ImportOptions dry;
    dry.dryRun = true;
    auto preview = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "summary.json", dry);
    ASSERT_TRUE(preview) << preview.error().message;
    EXPECT_TRUE(preview->dryRun);
    EXPECT_EQ(count(), 0);
    auto real = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "summary.json");
    ASSERT_TRUE(real);
    EXPECT_EQ(preview->imported, real->imported);
    EXPECT_EQ(preview->duplicates, real->duplicates);
    EXPECT_EQ(preview->withoutText, real->withoutText);
    EXPECT_EQ(preview->photos, real->photos);
    EXPECT_EQ(count(), 2);

    // After the import, a dry run sees every entry as already there.
    auto after = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "summary.json", dry);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->imported, 0u);
    EXPECT_EQ(after->duplicates, 3u);
    EXPECT_EQ(after->photos, 0u); // nothing imported, so nothing lost
}

TEST_F(ImportReportTest, JrnlTimesWithoutAZoneAndStarsAreReported)
{
    auto report = importEntries(journal(), ImportFormat::JrnlJson, kData / "jrnl-export.json");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 2u);
    EXPECT_EQ(report->timeInGivenZone, 2u);
    EXPECT_EQ(report->timeWithZone, 0u);
    EXPECT_EQ(report->starred, 1u);
}

TEST_F(ImportReportTest, MarkdownSaysWhereEachDateCameFrom)
{
    auto report = importEntries(journal(), ImportFormat::Markdown, kData / "markdown");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->files, 3u);
    EXPECT_EQ(report->dateFromFrontMatter, 2u);
    EXPECT_EQ(report->dateFromFileTime, 1u);
    EXPECT_EQ(report->dateFromFileName, 0u);
}

TEST_F(ImportReportTest, ABadEntryLateInTheFileWritesNothingAndReportsNothing)
{
    const auto file = tmp / "late.json";
    std::ofstream(file) << "{\"entries\": [{\"creationDate\": \"2024-01-01T00:00:00Z\", \"text\": \"a\"},"
                           "{\"creationDate\": \"2024-01-02T00:00:00Z\", \"text\": \"b\", \"tags\": 3}]}";
    auto report = importEntries(journal(), ImportFormat::DayOneJson, file);
    ASSERT_FALSE(report);
    EXPECT_EQ(count(), 0);
}

} // namespace
} // namespace twofold::test
