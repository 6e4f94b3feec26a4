// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// jrnl in every shape it writes (issue 17): its plain-text journal, --export json (the
// journal and one file per entry), --export md (one file, and one file per entry). The
// fixtures in tests/data/import/jrnl were written for these tests, in jrnl's formats.
#include "import/Import.h"
#include "journal/Journal.h"
#include "support/CoupleTestSupport.h"
#include "support/TempDir.h"

#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

namespace twofold::test {
namespace {

const std::filesystem::path kJrnl =
    std::filesystem::path(TWOFOLD_SOURCE_DIR) / "tests" / "data" / "import" / "jrnl";

ImportOptions utcPlus2()
{
    ImportOptions options;
    options.localToUtc = [](const CivilTime& c) {
        return civilToUtcMs(c) - 2 * 3'600'000;
    };
    return options;
}

std::vector<TimedEntry> readAs(ImportFormat format, const std::filesystem::path& path)
{
    auto read = readImport(format, path, SystemClock::instance(), utcPlus2());
    EXPECT_TRUE(read) << path << ": " << (read ? "" : read.error().message) << " line "
                      << (read ? 0 : read.error().line);
    if (!read) {
        return {};
    }
    for (TimedEntry& e : *read) {
        std::ranges::sort(e.fields.tags); // jrnl writes them from a set: no order to keep
    }
    return *read;
}

void expectTheThreeEntries(const std::vector<TimedEntry>& entries, const std::string& what)
{
    SCOPED_TRACE(what);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].fields.title, "Long day at the office.");
    EXPECT_EQ(entries[0].fields.body,
              "Came home late; Sam had kept dinner warm.\nI want to say thank you properly. @work @us");
    EXPECT_EQ(entries[0].fields.tags, (std::vector<std::string>{"us", "work"}));
    EXPECT_EQ(entries[0].createdMs, civilToUtcMs({2024, 5, 3, 17, 45, 0, 0})); // 19:45 at UTC+2
    EXPECT_EQ(entries[1].fields.title, "Sunday.");
    EXPECT_EQ(entries[1].fields.body, "Slow breakfast, no phones. @us\n\n# Plan\nWalk by the river.");
    EXPECT_EQ(entries[1].fields.tags, (std::vector<std::string>{"us"}));
    EXPECT_EQ(entries[1].createdMs, civilToUtcMs({2024, 5, 5, 8, 2, 0, 0}));
    EXPECT_EQ(entries[2].fields.title, "New year, new notebook.");
    EXPECT_EQ(entries[2].fields.body, "");
    EXPECT_TRUE(entries[2].fields.tags.empty());
    EXPECT_EQ(entries[2].createdMs, civilToUtcMs({2025, 1, 2, 5, 15, 0, 0}));
}

// The same journal in each of jrnl's shapes reads as the same three entries.
TEST(JrnlImportTest, EveryShapeJrnlWritesReadsTheSameEntries)
{
    expectTheThreeEntries(readAs(ImportFormat::JrnlJson, kJrnl / "export.json"), "json");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "export.json"), "json as jrnl");
    expectTheThreeEntries(readAs(ImportFormat::JrnlJson, kJrnl / "entries"), "one json per entry");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "journal.txt"), "text journal");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "journal-ampm.txt"), "text, %F %r times");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "journal-dayfirst.txt"), "text, day first");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "export.md"), "markdown, one file");
    expectTheThreeEntries(readAs(ImportFormat::Markdown, kJrnl / "export.md"), "markdown export as markdown");
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, kJrnl / "md-entries"), "markdown, one file per entry");
}

class JrnlJournalTest : public ::testing::Test
{
protected:
    Journal& journal() { return p.alex->journal(); }
    TwoPartners p;
    TempDir tmp;
};

// Round trip between shapes: the text journal imported after its JSON export adds nothing,
// and the star is counted (Twofold has no favourite mark yet).
TEST_F(JrnlJournalTest, TheJournalAfterItsExportAddsNothing)
{
    auto json = importEntries(journal(), ImportFormat::JrnlJson, kJrnl / "export.json", utcPlus2());
    ASSERT_TRUE(json) << json.error().message;
    EXPECT_EQ(json->imported, 3u);
    EXPECT_EQ(json->starred, 1u);
    EXPECT_EQ(json->timeInGivenZone, 3u);
    for (const char* name : {"journal.txt", "journal-ampm.txt", "export.md", "md-entries", "entries"}) {
        auto again = importEntries(journal(), ImportFormat::Jrnl, kJrnl / name, utcPlus2());
        ASSERT_TRUE(again) << name << ": " << again.error().message;
        EXPECT_EQ(again->imported, 0u) << name;
        EXPECT_EQ(again->duplicates, 3u) << name;
    }
    EXPECT_EQ(*journal().count(), 3);
}

TEST_F(JrnlJournalTest, TheTextJournalsStarIsCounted)
{
    auto report = importEntries(journal(), ImportFormat::Jrnl, kJrnl / "journal.txt", utcPlus2());
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 3u);
    EXPECT_EQ(report->starred, 1u);
}

// Hostile and broken files: refused with the reason and the place, nothing imported.
TEST_F(JrnlJournalTest, BrokenFilesAreRefusedAndImportNothing)
{
    struct Case
    {
        const char* name;
        std::string bytes;
        std::size_t line;
    };
    const std::vector<Case> cases = {
        {"latin1.txt", "[2024-05-03 19:45] Caf\xe9 au lait\n", 0},
        {"utf16.txt",
         std::string("\xff\xfe[\0"
                     "2\0"
                     "0\0",
                     8),
         0},
        {"before.txt", "Notes to self\n[2024-05-03 19:45] Title\nbody\n", 1},
        {"no-entries.txt", "just some words\n[1] a footnote\n", 0},
        {"bad-date.txt", "[2024-02-30 10:00] Not a day\n", 0},
        {"truncated.json", R"({"entries": [{"title": "a", "body": "b", "date": "2024-05-03", "ti)", 1},
        {"bad-time.json", R"({"title": "a", "body": "b", "date": "2024-05-03", "time": "25:99"})", 1},
        {"before.md", "# 2024\n\nstray words\n### 2024-05-03 19:45 Title\n", 3},
        {"binary.md", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), 0},
    };
    for (const Case& c : cases) {
        const auto path = tmp / c.name;
        std::ofstream(path, std::ios::binary) << c.bytes;
        auto report = importEntries(journal(), ImportFormat::Jrnl, path, utcPlus2());
        ASSERT_FALSE(report) << c.name;
        EXPECT_EQ(report.error().line, c.line) << c.name << ": " << report.error().message;
        EXPECT_EQ(report.error().message.find("Caf"), std::string::npos) << "never quotes the file";
    }
    EXPECT_EQ(*journal().count(), 0);
}

// jrnl's folder journal (2024/05/03.txt) with a stray note beside the days: the note is
// skipped and counted, the days come in.
TEST_F(JrnlJournalTest, AFolderJournalSkipsAndCountsFilesThatAreNotJrnl)
{
    std::filesystem::create_directories(tmp / "journal/2024/05");
    std::ofstream(tmp / "journal/2024/05/03.txt") << "[2024-05-03 19:45] Long day.\nHome late.\n";
    std::ofstream(tmp / "journal/2024/05/05.txt")
        << "[2024-05-05 10:02] Sunday. *\n\n[2024-05-05 21:00] Night.\n";
    std::ofstream(tmp / "journal/2024/should-be-ignored.txt") << "a note to myself\n";
    auto report = importEntries(journal(), ImportFormat::Jrnl, tmp / "journal", utcPlus2());
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 3u);
    EXPECT_EQ(report->files, 2u);
    EXPECT_EQ(report->otherFilesSkipped, 1u);
    EXPECT_EQ(report->starred, 1u);
}

TEST_F(JrnlJournalTest, AFileLargerThan256MiBIsRefusedUnread)
{
    const auto path = tmp / "huge.txt";
    {
        std::ofstream out(path, std::ios::binary);
        out << "[2024-05-03 19:45] Title\n";
    }
    std::filesystem::resize_file(path, (256u << 20) + 1); // sparse: nothing written
    auto report = importEntries(journal(), ImportFormat::Jrnl, path, utcPlus2());
    ASSERT_FALSE(report);
    EXPECT_NE(report.error().message.find("256 MiB"), std::string::npos);
}

// A journal file saved by an editor that wrote a byte-order mark first reads the same.
TEST(JrnlImportTest, AByteOrderMarkIsNotText)
{
    TempDir tmp;
    const auto path = tmp / "bom.txt";
    std::ifstream in(kJrnl / "journal.txt", std::ios::binary);
    std::ofstream(path, std::ios::binary) << "\xEF\xBB\xBF" << in.rdbuf();
    expectTheThreeEntries(readAs(ImportFormat::Jrnl, path), "text with a byte-order mark");
}

// A "[1] footnote" line, a bracketed word and a line like a heading inside an entry stay text.
TEST(JrnlImportTest, BracketsInsideAnEntryStayText)
{
    TempDir tmp;
    const auto path = tmp / "brackets.txt";
    std::ofstream(path) << "[2019-07-08 05:42] Entry subject\n[1] line starting with 1\n[note] more\n";
    auto read = readImport(ImportFormat::Jrnl, path, SystemClock::instance());
    ASSERT_TRUE(read) << read.error().message;
    ASSERT_EQ(read->size(), 1u);
    EXPECT_EQ((*read)[0].fields.title, "Entry subject");
    EXPECT_EQ((*read)[0].fields.body, "[1] line starting with 1\n[note] more");
}

} // namespace
} // namespace twofold::test
