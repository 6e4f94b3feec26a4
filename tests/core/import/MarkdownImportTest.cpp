// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// Markdown folders as Obsidian, jrnl and plain notes leave them: dates from front matter,
// file names or the file's time; subfolders; inline #tags; files that are not Markdown.
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

// Local times read as UTC+2, so a date from a file name is that day's local midnight.
ImportOptions inUtcPlus2()
{
    ImportOptions options;
    options.localToUtc = [](const CivilTime& c) {
        return civilToUtcMs(c) - 2 * 3'600'000;
    };
    return options;
}

class MarkdownImportTest : public ::testing::Test
{
protected:
    Journal& journal() { return p.alex->journal(); }

    // Keyed by the first words of the body (titles may be empty).
    std::map<std::string, Entry> byBody()
    {
        std::map<std::string, Entry> out;
        auto page = journal().list({.limit = 100});
        EXPECT_TRUE(page);
        for (const EntrySummary& s : *page) {
            Entry e = *journal().get(s.id);
            out[e.fields.body.substr(0, 12)] = e;
        }
        return out;
    }

    TwoPartners p;
    TempDir tmp;
};

TEST_F(MarkdownImportTest, AnObsidianVaultComesInWithDatesFromNamesAndFrontMatter)
{
    auto report = importEntries(journal(), ImportFormat::Markdown, kData / "obsidian", inUtcPlus2());
    ASSERT_TRUE(report) << report.error().file << ": " << report.error().message;
    EXPECT_EQ(report->imported, 4u); // Daily/2022 (two), Notes, inbox.md; not .trash
    EXPECT_EQ(report->files, 4u);
    EXPECT_EQ(report->hiddenFoldersSkipped, 2u); // .obsidian and .trash
    EXPECT_EQ(report->dateFromFileName, 2u);
    EXPECT_EQ(report->dateFromFrontMatter, 1u);
    EXPECT_EQ(report->dateFromFileTime, 1u);

    auto entries = byBody();
    ASSERT_EQ(entries.size(), 4u);
    const Entry& walk = entries["Slept late, "];
    EXPECT_EQ(walk.createdMs, civilToUtcMs({2022, 10, 3, 0, 0, 0, 0}) - 2 * 3'600'000);
    EXPECT_EQ(walk.fields.title, ""); // the date is the note's name: no title made of it
    EXPECT_EQ(walk.fields.tags, (std::vector<std::string>{"walks", "us", "gratitude/small"}));

    const Entry& tuesday = entries["Rain all day"];
    EXPECT_EQ(tuesday.fields.title, "A slow Tuesday");
    EXPECT_EQ(tuesday.createdMs, civilToUtcMs({2022, 10, 4, 0, 0, 0, 0}) - 2 * 3'600'000);

    const Entry& trip = entries["The lake was"];
    EXPECT_EQ(trip.createdMs, civilToUtcMs({2022, 10, 8, 0, 0, 0, 0}) - 2 * 3'600'000);
    EXPECT_EQ(trip.fields.tags, (std::vector<std::string>{"travel", "family"}));

    EXPECT_EQ(entries["Things to ta"].fields.title, "inbox");
}

TEST_F(MarkdownImportTest, ADateAfterTheNameGivesTheRestAsTitle)
{
    std::filesystem::create_directories(tmp / "j");
    std::ofstream(tmp / "j" / "2022-10-05 Movie night.md") << "We watched it twice.\n";
    std::ofstream(tmp / "j" / "2022-10-06T0930.md") << "Not a plain date: the file's time is used.\n";
    auto report = importEntries(journal(), ImportFormat::Markdown, tmp / "j", inUtcPlus2());
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->dateFromFileName, 1u);
    EXPECT_EQ(report->dateFromFileTime, 1u);
    EXPECT_EQ(byBody()["We watched i"].fields.title, "Movie night");
}

TEST_F(MarkdownImportTest, TagsAreNotReadFromCodeHeadingsLinksOrNumbers)
{
    std::ofstream(tmp / "tags.md") << "# Heading #not\n\n## Sub\n\n"
                                      "see http://x.example/a#frag and `#code` and #42\n"
                                      "~~~\n#fenced\n~~~\n"
                                      "- a list item with #kept and (#bracketed) and #über-tag\n";
    auto read = readImport(ImportFormat::Markdown, tmp / "tags.md", ManualClock());
    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->size(), 1u);
    EXPECT_EQ(read->front().fields.tags, (std::vector<std::string>{"kept", "bracketed", "über-tag"}));
}

TEST_F(MarkdownImportTest, ATwofoldExportKeepsExactlyItsOwnTags)
{
    std::ofstream(tmp / "e.md")
        << "---\ntitle: \"t\"\ncreated: 2026-01-01T10:00:00Z\n"
           "updated: 2026-01-01T10:00:00Z\ntags: [a]\n---\n\nText with #hash in it.\n";
    auto read = readImport(ImportFormat::Markdown, tmp / "e.md", ManualClock());
    ASSERT_TRUE(read) << read.error().message;
    EXPECT_EQ(read->front().fields.tags, (std::vector<std::string>{"a"}));
}

TEST_F(MarkdownImportTest, JsonXmlOrBinaryGivenAsMarkdownIsRefusedWithTheReason)
{
    std::ofstream(tmp / "Journal.json") << "{\"entries\": [{\"text\": \"hello\"}]}";
    std::ofstream(tmp / "export.xml") << "<?xml version=\"1.0\"?>\n<diary></diary>\n";
    {
        std::ofstream bin(tmp / "photo.md", std::ios::binary);
        bin.write("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    }
    for (const char* name : {"Journal.json", "export.xml", "photo.md"}) {
        auto report = importEntries(journal(), ImportFormat::Markdown, tmp / name);
        ASSERT_FALSE(report) << name;
        EXPECT_NE(report.error().message.find("not Markdown"), std::string::npos) << report.error().message;
        EXPECT_EQ(report.error().message.find("hello"), std::string::npos);
    }
    EXPECT_EQ(*journal().count(), 0);
}

TEST_F(MarkdownImportTest, ImportingAFolderTwiceAddsNothing)
{
    ASSERT_TRUE(importEntries(journal(), ImportFormat::Markdown, kData / "obsidian", inUtcPlus2()));
    auto again = importEntries(journal(), ImportFormat::Markdown, kData / "obsidian", inUtcPlus2());
    ASSERT_TRUE(again);
    EXPECT_EQ(again->imported, 0u);
    EXPECT_EQ(again->duplicates, 4u);
}

} // namespace
} // namespace twofold::test
