// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Day One as it exports: the unzipped folder (one JSON per journal, photos beside them)
// and the JSON alone; escapes, dead photo links and titles.
#include "import/Import.h"
#include "import/detail/DayOneText.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"

#include <map>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kData = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import";

class DayOneImportTest : public ::testing::Test
{
protected:
    Journal& journal() { return p.alex->journal(); }

    std::map<std::int64_t, Entry> byTime()
    {
        std::map<std::int64_t, Entry> out;
        auto page = journal().list({.limit = 100});
        EXPECT_TRUE(page);
        for (const EntrySummary& s : *page) {
            Entry e = *journal().get(s.id);
            out[e.createdMs] = e;
        }
        return out;
    }

    TwoPartners p;
};

TEST_F(DayOneImportTest, TheUnzippedFolderBringsEveryJournalWithItsNameAsATag)
{
    auto report = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "export");
    ASSERT_TRUE(report) << report.error().file << ": " << report.error().message;
    EXPECT_EQ(report->files, 2u);
    EXPECT_EQ(report->imported, 3u);
    EXPECT_EQ(report->photos, 1u);
    EXPECT_EQ(report->locations, 1u);
    EXPECT_EQ(report->starred, 1u);
    EXPECT_EQ(report->timeWithZone, 3u);

    const auto entries = byTime();
    ASSERT_EQ(entries.size(), 3u);
    const Entry& snow = entries.at(civilToUtcMs({2023, 1, 18, 7, 42, 10, 0}));
    EXPECT_EQ(snow.fields.title, "Snow day!");
    EXPECT_EQ(snow.fields.body,
              "School closed, so we built a lopsided snowman and named it Kevin. Munch (lunch) was soup.");
    EXPECT_EQ(snow.fields.tags, (std::vector<std::string>{"winter", "Journal"}));

    const Entry& quiet = entries.at(civilToUtcMs({2023, 1, 20, 22, 15, 0, 0}));
    EXPECT_EQ(quiet.fields.title, ""); // one long line: all of it is the text
    EXPECT_EQ(quiet.fields.body.rfind("A quiet evening. We talked about the summer - maybe", 0), 0u);

    const Entry& swim = entries.at(civilToUtcMs({2023, 7, 2, 13, 5, 0, 0}));
    EXPECT_EQ(swim.fields.title, "First swim"); // "## " stripped too
    EXPECT_EQ(swim.fields.tags, (std::vector<std::string>{"coast", "Travel"}));
    EXPECT_EQ(swim.updatedMs, civilToUtcMs({2023, 7, 2, 19, 30, 0, 0}));

    auto again = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "export");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->imported, 0u);
    EXPECT_EQ(again->duplicates, 3u);
}

TEST_F(DayOneImportTest, OneJournalAloneIsReadToo)
{
    auto report =
        importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone" / "export" / "Travel.json");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 1u);
    EXPECT_EQ(byTime().begin()->second.fields.tags, (std::vector<std::string>{"coast"}));
}

TEST(DayOneTextTest, EscapesAndTitles)
{
    EXPECT_EQ(detail::withoutEscapes("Snow day\\! \\(a\\) \\. \\- \\* \\\\ \\q"),
              "Snow day! (a) . - * \\ \\q");
    std::string title;
    std::string body;
    detail::splitDayOneTitle("Short first line\nand more", title, body);
    EXPECT_EQ(title, "Short first line");
    EXPECT_EQ(body, "and more");
    detail::splitDayOneTitle("Only one line", title, body);
    EXPECT_EQ(title, "");
    EXPECT_EQ(body, "Only one line");
    detail::splitDayOneTitle("### Heading\n\ntext", title, body);
    EXPECT_EQ(title, "Heading");
    detail::splitDayOneTitle(std::string(81, 'x') + "\nmore", title, body);
    EXPECT_EQ(title, "");
    std::size_t removed = 0;
    EXPECT_EQ(detail::withoutMomentLinks("a\n\n![](dayone-moment://X)\n\n![](dayone-moment:/video/Y)\n\nb",
                                         removed),
              "a\n\nb");
    EXPECT_EQ(removed, 2u);
}

} // namespace
} // namespace twofold::test
