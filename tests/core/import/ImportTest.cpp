// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "import/Import.h"

#include "journal/Journal.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
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

ImportOptions inZone(int hoursEastOfUtc)
{
    ImportOptions options;
    options.localToUtc = [hoursEastOfUtc](const CivilTime& c) {
        return civilToUtcMs(c) - std::int64_t{hoursEastOfUtc} * 3'600'000;
    };
    return options;
}

// Issue 17: a jrnl file imported again under another --timezone (or on a computer in
// another zone) is recognised: its times carry no zone, and the same wall-clock time
// with the same title and text is the same entry.
TEST_F(ImportTest, JrnlImportedAgainUnderAnotherZoneIsNotDuplicated)
{
    const auto file = kData / "jrnl-export.json";
    auto first = importEntries(journal(), ImportFormat::JrnlJson, file, inZone(2));
    ASSERT_TRUE(first) << first.error().message;
    EXPECT_EQ(first->imported, 2u);
    for (int zone : {-10, 0, 9, 14, -12}) {
        auto again = importEntries(journal(), ImportFormat::JrnlJson, file, inZone(zone));
        ASSERT_TRUE(again) << again.error().message;
        EXPECT_EQ(again->imported, 0u) << "zone " << zone;
        EXPECT_EQ(again->duplicates, 2u) << "zone " << zone;
    }
    EXPECT_EQ(count(), 2);

    // Deleted after the import: it does not come back under another zone either.
    ASSERT_TRUE(journal().remove(allEntries(journal()).front().id));
    auto third = importEntries(journal(), ImportFormat::JrnlJson, file, inZone(-5));
    ASSERT_TRUE(third);
    EXPECT_EQ(third->imported, 0u);
    EXPECT_EQ(count(), 1);
}

// The same for Markdown: dates from file names and front matter without a zone.
TEST_F(ImportTest, MarkdownImportedAgainUnderAnotherZoneIsNotDuplicated)
{
    const auto folder = kData / "obsidian";
    auto first = importEntries(journal(), ImportFormat::Markdown, folder, inZone(2));
    ASSERT_TRUE(first) << first.error().message;
    ASSERT_GT(first->imported, 0u);
    ASSERT_GT(first->timeInGivenZone, 0u);
    auto again = importEntries(journal(), ImportFormat::Markdown, folder, inZone(-7));
    ASSERT_TRUE(again) << again.error().message;
    EXPECT_EQ(again->imported, 0u);
    EXPECT_EQ(again->duplicates, first->imported);
}

// The key is the wall-clock time, not a window: the same words at another time of day
// are another entry (a daily "Took my pills." is kept every day, and twice a day).
TEST_F(ImportTest, SameWordsAtAnotherWallClockTimeAreAnotherEntry)
{
    const auto one = tmp.path() / "one.json";
    const auto two = tmp.path() / "two.json";
    std::ofstream(one) << R"({"entries": [{"title": "Took my pills.", "body": "", "date": "2024-05-03",
        "time": "08:00", "tags": [], "starred": false}]})";
    std::ofstream(two) << R"({"entries": [
        {"title": "Took my pills.", "body": "", "date": "2024-05-03", "time": "08:00", "tags": []},
        {"title": "Took my pills.", "body": "", "date": "2024-05-03", "time": "20:00", "tags": []},
        {"title": "Took my pills.", "body": "", "date": "2024-05-03", "time": "20:00", "tags": []}]})";
    ASSERT_TRUE(importEntries(journal(), ImportFormat::JrnlJson, one, inZone(0)));
    // The 20:00 entry has the same words as the 08:00 one already imported: another time
    // of day, another entry. Twice in the file counts once.
    auto report = importEntries(journal(), ImportFormat::JrnlJson, two, inZone(0));
    ASSERT_TRUE(report) << report.error().message;
    EXPECT_EQ(report->imported, 1u);
    EXPECT_EQ(report->duplicates, 2u);
    EXPECT_EQ(count(), 2);
    // Under another zone both are recognised by their wall-clock times.
    auto east = importEntries(journal(), ImportFormat::JrnlJson, two, inZone(5));
    ASSERT_TRUE(east);
    EXPECT_EQ(east->imported, 0u);
    EXPECT_EQ(east->duplicates, 3u);
    EXPECT_EQ(count(), 2);
}

// An entry written in Twofold is the same entry only at the same moment: the wall-clock
// key is for what an import wrote, never a guess about the journal's own entries.
TEST_F(ImportTest, AnEntryWrittenInTwofoldMatchesOnlyAtItsMoment)
{
    EntryFields fields;
    fields.title = "Sunday.";
    fields.body = "Slow breakfast, no phones. @us";
    // 10:02 on 2024-05-05 at UTC+2 is 08:02 UTC.
    ASSERT_TRUE(journal().createAt(fields, civilToUtcMs({2024, 5, 5, 8, 2, 0, 0}),
                                   civilToUtcMs({2024, 5, 5, 8, 2, 0, 0})));
    const auto file = kData / "jrnl-export.json";
    auto dryRun = [&](int zone) {
        ImportOptions options = inZone(zone);
        options.dryRun = true;
        return importEntries(journal(), ImportFormat::JrnlJson, file, options);
    };
    auto east5 = dryRun(5);
    ASSERT_TRUE(east5);
    EXPECT_EQ(east5->imported, 2u); // at UTC+5 "Sunday." is another moment
    auto east2 = importEntries(journal(), ImportFormat::JrnlJson, file, inZone(2));
    ASSERT_TRUE(east2);
    EXPECT_EQ(east2->imported, 1u); // at UTC+2 it is the entry written in Twofold
    EXPECT_EQ(east2->duplicates, 1u);
    auto again = dryRun(5);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->imported, 1u); // still only its moment matches the typed entry
    EXPECT_EQ(again->duplicates, 1u);
    EXPECT_EQ(count(), 2);
}

std::int64_t generation(Journal& journal)
{
    auto stmt = detail::JournalAccess::database(journal).prepare("SELECT value FROM generation WHERE id = 1");
    EXPECT_TRUE(stmt);
    auto row = stmt->step();
    EXPECT_TRUE(row && *row);
    return stmt->columnInt(0);
}

// The import writes with the freshness triggers off (docs/PERFORMANCE.md) and advances the
// generation itself: it moves forward with the commit, and the triggers are on again after.
TEST_F(ImportTest, AnImportAdvancesTheGenerationAndLeavesTriggersOn)
{
    const std::int64_t before = generation(journal());
    auto report = importEntries(journal(), ImportFormat::JrnlJson, kData / "jrnl-export.json");
    ASSERT_TRUE(report) << report.error().message;
    const std::int64_t afterImport = generation(journal());
    EXPECT_GE(afterImport, before + 2);
    EntryFields fields;
    fields.title = "Written after";
    ASSERT_TRUE(journal().create(fields));
    EXPECT_GT(generation(journal()), afterImport) << "the journal's own triggers fire again";

    // A dry run writes nothing, the generation included.
    ImportOptions dry;
    dry.dryRun = true;
    const std::int64_t beforeDry = generation(journal());
    ASSERT_TRUE(importEntries(journal(), ImportFormat::DayOneJson, kData / "dayone-journal.json", dry));
    EXPECT_EQ(generation(journal()), beforeDry);
}

// A trigger that does more than count (someone's later migration) keeps every trigger on:
// the import never skips work it does not know.
TEST_F(ImportTest, AnUnknownTriggerKeepsTriggersOnDuringImport)
{
    Database& db = detail::JournalAccess::database(journal());
    ASSERT_TRUE(db.exec("CREATE TEMP TABLE seen (id INTEGER);"
                        "CREATE TEMP TRIGGER seen_entries AFTER INSERT ON main.entries "
                        "BEGIN INSERT INTO seen (id) VALUES (new.id); END;"));
    auto report = importEntries(journal(), ImportFormat::JrnlJson, kData / "jrnl-export.json");
    ASSERT_TRUE(report) << report.error().message;
    auto stmt = db.prepare("SELECT count(*) FROM seen");
    ASSERT_TRUE(stmt);
    ASSERT_TRUE(*stmt->step());
    EXPECT_EQ(stmt->columnInt(0), 2);
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
