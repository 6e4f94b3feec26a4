// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/Import.h"

#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <fstream>
#include <map>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kData = std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import";

std::vector<Entry> allEntries(Journal& journal)
{
    std::vector<Entry> out;
    auto page = journal.list({.limit = 10'000});
    EXPECT_TRUE(page);
    for (const EntrySummary& s : *page) {
        out.push_back(*journal.get(s.id));
    }
    return out;
}

class ImportTest : public ::testing::Test
{
protected:
    Journal& journal() { return p.alex->journal(); }
    std::int64_t count() { return *journal().count(); }

    TwoPartners p;
    TempDir tmp;
};

TEST_F(ImportTest, DayOneSampleImportsTextDatesAndTags)
{
    auto report = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone-journal.json");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 3u);
    const auto entries = allEntries(journal()); // newest first
    ASSERT_EQ(entries.size(), 3u);
    const Entry& canal = entries[2];
    EXPECT_EQ(canal.fields.title, "Morning by the canal");
    EXPECT_EQ(canal.fields.body.rfind("A heron stood so still", 0), 0u);
    EXPECT_EQ(canal.fields.tags, (std::vector<std::string>{"walks", "spring"}));
    EXPECT_EQ(canal.createdMs, 1710404813000); // 2024-03-14T08:26:53Z
    EXPECT_EQ(canal.updatedMs, 1710406870000);
    EXPECT_EQ(entries[1].fields.title, "");
    EXPECT_NE(entries[1].fields.body.find("🙂"), std::string::npos);
    EXPECT_EQ(entries[0].fields.title, "كلمات قليلة");
}

TEST_F(ImportTest, JrnlSampleImportsWithBareTagsAndLocalTimes)
{
    ImportOptions options;
    options.localToUtc = [](const CivilTime& c) {
        return civilToUtcMs(c) - 2 * 3'600'000;
    }; // UTC+2
    auto report = importEntries(journal(), ImportFormat::JrnlJson, kData / "jrnl-export.json", options);
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 2u);
    const auto entries = allEntries(journal());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[1].fields.title, "Long day at the office.");
    EXPECT_EQ(entries[1].fields.tags, (std::vector<std::string>{"work", "us"}));
    EXPECT_EQ(entries[1].createdMs, civilToUtcMs({2024, 5, 3, 17, 45, 0, 0}));
}

TEST_F(ImportTest, MarkdownFolderWithAndWithoutFrontMatter)
{
    auto report = importEntries(journal(), ImportFormat::Markdown, kData / "markdown");
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 3u);
    std::map<std::string, Entry> byTitle;
    for (const Entry& e : allEntries(journal())) {
        byTitle[e.fields.title] = e;
    }
    ASSERT_TRUE(byTitle.contains("Picnic in the park"));
    const Entry& picnic = byTitle["Picnic in the park"];
    EXPECT_EQ(picnic.fields.mood, 5);
    EXPECT_EQ(picnic.fields.kinds, kindBit(IntimacyKind::Emotional) | kindBit(IntimacyKind::Physical));
    EXPECT_EQ(picnic.fields.tags, (std::vector<std::string>{"summer", "small things"}));
    EXPECT_EQ(picnic.fields.body, "We found the shady spot under the lime tree.");
    ASSERT_TRUE(byTitle.contains("A quiet evening"));
    EXPECT_EQ(byTitle["A quiet evening"].fields.tags, (std::vector<std::string>{"evening", "us"}));
    EXPECT_EQ(byTitle["A quiet evening"].createdMs, civilToUtcMs({2024, 6, 3, 0, 0, 0, 0}));
    EXPECT_TRUE(byTitle.contains("no-front-matter"));
}

TEST_F(ImportTest, ImportingTheSameFileAgainSkipsEveryEntry)
{
    ASSERT_TRUE(importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone-journal.json"));
    auto again = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone-journal.json");
    ASSERT_TRUE(again);
    EXPECT_EQ(again->imported, 0u);
    EXPECT_EQ(again->duplicates, 3u);
    EXPECT_EQ(count(), 3);

    // A deleted imported entry does not come back either.
    const auto first = allEntries(journal()).front().id;
    ASSERT_TRUE(journal().remove(first));
    auto third = importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone-journal.json");
    ASSERT_TRUE(third);
    EXPECT_EQ(third->imported, 0u);
    EXPECT_EQ(count(), 2);
}

TEST_F(ImportTest, ABadFileNamesFileAndPositionAndImportsNothing)
{
    ASSERT_TRUE(journal().create({"already here", "x", {}, 0, {}, {}}));
    auto bad = importEntries(journal(), ImportFormat::Markdown, kData / "bad-markdown");
    ASSERT_FALSE(bad);
    EXPECT_NE(bad.error().file.find("b-bad.md"), std::string::npos);
    EXPECT_EQ(bad.error().line, 4u);
    EXPECT_EQ(bad.error().column, 1u);
    EXPECT_NE(bad.error().message.find("mood"), std::string::npos);
    EXPECT_EQ(count(), 1);

    // Broken JSON: the position of the error; a bad date in the third entry: nothing.
    const auto broken = tmp / "broken.json";
    std::ofstream(broken)
        << "{\n  \"entries\": [\n    {\"creationDate\": \"2024-01-01T00:00:00Z\", \"text\": \"a\"},\n"
           "    {\"creationDate\": \"2024-01-02T00:00:00Z\", \"text\": \"b\"},\n"
           "    {\"creationDate\": \"yesterday\", \"text\": \"c\"}\n  ]\n}\n";
    auto dated = importEntries(journal(), ImportFormat::DayOneJson, broken);
    ASSERT_FALSE(dated);
    EXPECT_EQ(dated.error().line, 5u);
    EXPECT_EQ(dated.error().column, 22u);                                  // the opening quote of "yesterday"
    EXPECT_EQ(dated.error().message.find("yesterday"), std::string::npos); // never quotes the text
    EXPECT_EQ(count(), 1);

    std::ofstream(broken, std::ios::trunc)
        << "{\n  \"entries\": [\n    {\"creationDate\": \"2024-01-01T00:00:00Z\",}\n]}";
    auto syntax = importEntries(journal(), ImportFormat::DayOneJson, broken);
    ASSERT_FALSE(syntax);
    EXPECT_EQ(syntax.error().line, 3u);
    EXPECT_EQ(count(), 1);
}

// Time is never read from the system behind the caller's back: importEntries takes the
// journal's clock (the vault's); readImport, which has no journal, takes the caller's by
// reference. A call without a clock does not compile, so there is none left to refuse.
template <typename C>
concept ReadsWith = requires(const C& clock)
{
    readImport(ImportFormat::Markdown, std::filesystem::path(), clock);
};
static_assert(!ReadsWith<std::nullptr_t>);
static_assert(!ReadsWith<const Clock*>);
static_assert(ReadsWith<ManualClock>);

TEST_F(ImportTest, ReadingTakesTheCallersClock)
{
    const ManualClock clock(1'800'000'000'000);
    auto read = readImport(ImportFormat::Markdown, kData / "markdown", clock);
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_FALSE(read->empty());
}

TEST(IsoTimeTest, ParsesTheFormsImportsUse)
{
    EXPECT_EQ(civilToUtcMs(parseIsoTime("2024-03-14T08:26:53Z")->civil), 1710404813000);
    EXPECT_EQ(parseIsoTime("2024-03-14T10:26:53+02:00")->offsetMinutes, 120);
    EXPECT_EQ(parseIsoTime("2024-03-14 10:26")->civil.minute, 26);
    EXPECT_EQ(parseIsoTime("2024-03-14T10:26:53.120Z")->civil.millisecond, 120);
    EXPECT_FALSE(parseIsoTime("2024-02-30"));
    EXPECT_FALSE(parseIsoTime("yesterday"));
    EXPECT_EQ(isoUtcMs(1710404813123), "2024-03-14T08:26:53.123Z");
    EXPECT_EQ(civilToUtcMs(utcMsToCivil(-1)), -1);
}

} // namespace
} // namespace twofold::test
