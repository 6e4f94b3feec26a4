// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "journal/Journal.h"
#include "support/TempDir.h"

#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace twofold;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// The calendar's queries, "On this day", the filtered list and moving an entry in time,
// on a real SQLCipher journal with a fixed clock. Core knows no time zones: local days
// come in as UTC ranges, here Europe/Berlin's, worked out by hand (DST included).
namespace {

constexpr std::int64_t kHour = 3'600'000;
// Europe/Berlin: 29 March 2026 has 23 hours, 25 October 2026 has 25.
constexpr std::int64_t kBerlinMar29 = 1'774'738'800'000;       // 2026-03-29 00:00 +01:00
constexpr std::int64_t kBerlinMar30 = 1'774'821'600'000;       // 2026-03-30 00:00 +02:00
constexpr std::int64_t kBerlinOct25 = 1'792'879'200'000;       // 2026-10-25 00:00 +02:00
constexpr std::int64_t kBerlinOct26 = 1'792'969'200'000;       // 2026-10-26 00:00 +01:00
constexpr std::int64_t kMay14Noon2025 = 1'747'216'800'000;     // 2025-05-14 12:00 +02:00
constexpr std::int64_t kMay14Morning2024 = 1'715'670'000'000;  // 2024-05-14 09:00 +02:00
constexpr std::int64_t kMay14Today = 1'778'738'400'000;        // 2026-05-14 08:00 +02:00
constexpr std::int64_t kMay13Late2024 = 1'715'637'540'000;     // 2024-05-13 23:59 +02:00
constexpr std::int64_t kMay15Midnight2025 = 1'747'260'000'000; // 2025-05-15 00:00 +02:00

SecretBuffer randomKey()
{
    SecretBuffer key(32);
    SystemRandom::instance().fill(key.span());
    return key;
}

std::vector<std::string> titlesOf(const std::vector<EntrySummary>& rows)
{
    std::vector<std::string> titles;
    for (const EntrySummary& row : rows) {
        titles.push_back(row.title);
    }
    return titles;
}

class JournalCalendarTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(dir / "partner-a.db", key, OpenMode::CreateIfMissing, clock);
        ASSERT_TRUE(opened.has_value()) << opened.error().detail;
        journal.emplace(std::move(*opened));
    }

    EntryId addAt(std::string title, std::int64_t createdMs, std::vector<std::string> tags = {},
                  std::optional<int> mood = std::nullopt, unsigned kinds = 0)
    {
        EntryFields fields;
        fields.title = std::move(title);
        fields.body = "text";
        fields.tags = std::move(tags);
        fields.mood = mood;
        fields.kinds = kinds;
        auto id = journal->createAt(fields, createdMs, createdMs);
        EXPECT_TRUE(id.has_value()) << id.error().detail;
        return id.value_or(0);
    }

    std::vector<std::string> filtered(const EntryFilter& filter)
    {
        auto rows = journal->list(PageRequest{50, std::nullopt}, filter);
        EXPECT_TRUE(rows.has_value()) << rows.error().detail;
        return titlesOf(rows.value_or(std::vector<EntrySummary>{}));
    }

    test::TempDir dir;
    ManualClock clock{kMay14Today};
    SecretBuffer key = randomKey();
    std::optional<Journal> journal;
};

} // namespace

TEST_F(JournalCalendarTest, CreatedTimesAreTheRangeHalfOpenOldestFirst)
{
    addAt("before", kBerlinMar29 - 1);
    addAt("first minute", kBerlinMar29);
    addAt("late", kBerlinMar30 - 1);
    addAt("next day", kBerlinMar30);
    auto times = journal->createdTimes({kBerlinMar29, kBerlinMar30});
    ASSERT_TRUE(times.has_value()) << times.error().detail;
    EXPECT_THAT(*times, ElementsAre(kBerlinMar29, kBerlinMar30 - 1));
    auto none = journal->createdTimes({kBerlinMar30, kBerlinMar29});
    ASSERT_TRUE(none.has_value());
    EXPECT_THAT(*none, IsEmpty());
}

TEST_F(JournalCalendarTest, DstDaysAreTheRangesTheCallerGives)
{
    // 23:30 local on the short day is 22:30 hours after its midnight; on the long day 24:30.
    addAt("short day, late", kBerlinMar29 + 22 * kHour + kHour / 2);
    addAt("long day, late", kBerlinOct25 + 24 * kHour + kHour / 2);
    addAt("after long day", kBerlinOct26);
    auto shortDay =
        journal->list(PageRequest{}, EntryFilter{.within = TimeRange{kBerlinMar29, kBerlinMar30}});
    ASSERT_TRUE(shortDay.has_value());
    EXPECT_THAT(titlesOf(*shortDay), ElementsAre("short day, late"));
    auto longDay = journal->listWithin(std::vector<TimeRange>{{kBerlinOct25, kBerlinOct26}});
    ASSERT_TRUE(longDay.has_value());
    EXPECT_THAT(titlesOf(*longDay), ElementsAre("long day, late"));
}

TEST_F(JournalCalendarTest, OnThisDayIsTheEarlierYearsDaysOnly)
{
    addAt("2024 morning", kMay14Morning2024, {"walk"});
    addAt("2024 day before", kMay13Late2024);
    addAt("2025 noon", kMay14Noon2025, {"Talk", "walk"});
    addAt("2025 next day", kMay15Midnight2025);
    addAt("today", kMay14Today);
    const std::int64_t day = 24 * kHour;
    const std::vector<TimeRange> earlier{{kMay14Morning2024 - 9 * kHour, kMay14Morning2024 - 9 * kHour + day},
                                         {kMay15Midnight2025 - day, kMay15Midnight2025}};
    auto rows = journal->listWithin(earlier);
    ASSERT_TRUE(rows.has_value()) << rows.error().detail;
    EXPECT_THAT(titlesOf(*rows), ElementsAre("2025 noon", "2024 morning"));
    EXPECT_THAT(rows->front().tags, ElementsAre("Talk", "walk"));
    auto capped = journal->listWithin(earlier, 1);
    ASSERT_TRUE(capped.has_value());
    EXPECT_THAT(titlesOf(*capped), ElementsAre("2025 noon"));
    EXPECT_FALSE(journal->listWithin(earlier, 0).has_value());
}

TEST_F(JournalCalendarTest, FiltersNarrowByTagMoodAndKinds)
{
    const unsigned emotional = kindBit(IntimacyKind::Emotional);
    const unsigned physical = kindBit(IntimacyKind::Physical);
    addAt("a", 1000, {"Walk"}, 4, emotional);
    addAt("b", 2000, {"walk", "talk"}, 2, emotional | physical);
    addAt("c", 3000, {"talk"}, 4, physical);
    addAt("d", 4000, {}, std::nullopt, 0);
    EXPECT_THAT(filtered({.tag = "WALK"}), ElementsAre("b", "a"));
    EXPECT_THAT(filtered({.tag = "nobody"}), IsEmpty());
    EXPECT_THAT(filtered({.mood = 4}), ElementsAre("c", "a"));
    EXPECT_THAT(filtered({.kinds = physical}), ElementsAre("c", "b"));
    EXPECT_THAT(filtered({.kinds = emotional | physical}), ElementsAre("b"));
    EXPECT_THAT(filtered({.tag = "talk", .mood = 4}), ElementsAre("c"));
    EXPECT_THAT(filtered({}), ElementsAre("d", "c", "b", "a"));
    EXPECT_THAT(filtered({.within = TimeRange{2000, 4000}}), ElementsAre("c", "b"));
    EXPECT_FALSE(journal->list(PageRequest{}, EntryFilter{.mood = 6}).has_value());
}

TEST_F(JournalCalendarTest, FilteredListPagesThroughEveryMatchOnce)
{
    // 230 entries, a third tagged, some at the same millisecond: pages meet without gaps.
    std::vector<std::string> expected;
    for (int i = 0; i < 230; ++i) {
        const bool tagged = i % 3 == 0;
        addAt("e" + std::to_string(i), 1'000 * (i / 2),
              tagged ? std::vector<std::string>{"us"} : std::vector<std::string>{});
    }
    std::vector<EntryId> seen;
    std::optional<PageCursor> after;
    int pages = 0;
    for (;;) {
        auto page = journal->list(PageRequest{20, after}, EntryFilter{.tag = "us"});
        ASSERT_TRUE(page.has_value()) << page.error().detail;
        if (page->empty()) {
            break;
        }
        ++pages;
        for (const EntrySummary& row : *page) {
            EXPECT_THAT(row.tags, ElementsAre("us"));
            seen.push_back(row.id);
        }
        after = PageCursor{page->back().createdMs, page->back().id};
    }
    EXPECT_EQ(seen.size(), 77u);
    EXPECT_EQ(pages, 4);
    std::vector<EntryId> sorted = seen;
    std::ranges::sort(sorted);
    EXPECT_EQ(std::ranges::adjacent_find(sorted), sorted.end());
}

TEST_F(JournalCalendarTest, MovingAnEntryReordersTheListAndItsDays)
{
    const EntryId old = addAt("old", kMay14Morning2024);
    addAt("middle", kMay14Noon2025);
    const EntryId moved = addAt("moved", kMay14Today);
    clock.setMs(kMay14Today + kHour);
    ASSERT_TRUE(journal->setCreatedMs(moved, kBerlinMar29 - 30 * 24 * kHour)); // late February 2026
    ASSERT_TRUE(journal->setCreatedMs(old, kBerlinOct25 + kHour));
    auto page = journal->list(PageRequest{});
    ASSERT_TRUE(page.has_value());
    EXPECT_THAT(titlesOf(*page), ElementsAre("old", "moved", "middle"));
    auto entry = journal->get(moved);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->createdMs, kBerlinMar29 - 30 * 24 * kHour);
    EXPECT_EQ(entry->updatedMs, kMay14Today + kHour);
    // It left its old day and is on the new one.
    auto mayDay = journal->createdTimes({kMay14Today - 8 * kHour, kMay14Today + 16 * kHour});
    ASSERT_TRUE(mayDay.has_value());
    EXPECT_THAT(*mayDay, IsEmpty());
    // Still there after the file is closed and opened again.
    ASSERT_TRUE(journal->close());
    auto reopened = Journal::open(dir / "partner-a.db", key, OpenMode::Existing, clock);
    ASSERT_TRUE(reopened.has_value()) << reopened.error().detail;
    auto again = reopened->get(old);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->createdMs, kBerlinOct25 + kHour);
    EXPECT_EQ(again->fields.title, "old");
}

TEST_F(JournalCalendarTest, MovingRefusesNonsenseAndUnknownEntries)
{
    const EntryId id = addAt("x", kMay14Today);
    auto tooEarly = journal->setCreatedMs(id, -40'000'000'000'000);
    ASSERT_FALSE(tooEarly);
    EXPECT_EQ(tooEarly.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(journal->setCreatedMs(id, 300'000'000'000'000));
    auto missing = journal->setCreatedMs(id + 100, kMay14Today);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->createdMs, kMay14Today);
}
