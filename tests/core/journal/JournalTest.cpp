// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "journal/Journal.h"

#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "journal/detail/JournalAccess.h"
#include "storage/Statement.h"
#include "support/TempDir.h"

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace twofold;

namespace {

SecretBuffer randomKey()
{
    SecretBuffer key(32);
    SystemRandom::instance().fill(key.span());
    return key;
}

EntryFields fieldsWith(std::string title, std::string body, std::vector<std::string> tags = {})
{
    EntryFields fields;
    fields.title = std::move(title);
    fields.body = std::move(body);
    fields.tags = std::move(tags);
    return fields;
}

std::string words(std::size_t count, const std::string& word = "filler")
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            text += ' ';
        }
        text += word;
    }
    return text;
}

// The highlighted substrings of a hit, checked to lie inside its snippet.
std::vector<std::string> highlighted(const SearchHit& hit)
{
    std::vector<std::string> out;
    for (const auto& [first, last] : hit.highlights) {
        EXPECT_LT(first, last);
        EXPECT_LE(last, hit.snippet.size());
        if (first < last && last <= hit.snippet.size()) {
            out.push_back(hit.snippet.substr(first, last - first));
        }
    }
    return out;
}

std::vector<EntryId> idsOf(const std::vector<SearchHit>& hits)
{
    std::vector<EntryId> ids;
    for (const auto& hit : hits) {
        ids.push_back(hit.id);
    }
    return ids;
}

class JournalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(dir / "partner-a.db", key, OpenMode::CreateIfMissing, clock);
        ASSERT_TRUE(opened.has_value()) << opened.error().detail;
        journal.emplace(std::move(*opened));
    }

    EntryId add(const EntryFields& fields)
    {
        auto id = journal->create(fields);
        EXPECT_TRUE(id.has_value()) << id.error().detail;
        return id.value_or(0);
    }

    std::vector<SearchHit> find(std::string_view query, int limit = 50)
    {
        auto hits = journal->search(query, limit);
        EXPECT_TRUE(hits.has_value()) << hits.error().detail;
        return hits.value_or(std::vector<SearchHit>{});
    }

    test::TempDir dir;
    ManualClock clock;
    SecretBuffer key = randomKey();
    std::optional<Journal> journal;
};

} // namespace

// ---- entries --------------------------------------------------------------------------

TEST_F(JournalTest, CreateThenGetReturnsEveryField)
{
    EntryFields fields;
    fields.title = "Our evening";
    fields.body = "# Heading\n\nWe *talked* for hours.\n- one\n- two\n";
    fields.mood = 4;
    fields.kinds = kindBit(IntimacyKind::Emotional) | kindBit(IntimacyKind::Spiritual);
    fields.tags = {"walk", "Talk", "évening"};
    fields.promptId = "intimacy-meaning";
    const EntryId id = add(fields);
    ASSERT_GT(id, 0);

    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value()) << entry.error().detail;
    EXPECT_EQ(entry->id, id);
    EXPECT_EQ(entry->fields, fields);
    EXPECT_EQ(entry->createdMs, clock.nowMs());
    EXPECT_EQ(entry->updatedMs, clock.nowMs());

    auto count = journal->count();
    ASSERT_TRUE(count.has_value());
    EXPECT_EQ(*count, 1);
}

TEST_F(JournalTest, EmptyOptionalFieldsRoundTripAsEmpty)
{
    const EntryId id = add(fieldsWith("", ""));
    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields, EntryFields{});
    EXPECT_FALSE(entry->fields.mood.has_value());
    EXPECT_FALSE(entry->fields.promptId.has_value());
}

TEST_F(JournalTest, CreateAtKeepsGivenTimes)
{
    auto id = journal->createAt(fieldsWith("old", "imported"), 1'000, 2'000);
    ASSERT_TRUE(id.has_value());
    auto entry = journal->get(*id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->createdMs, 1'000);
    EXPECT_EQ(entry->updatedMs, 2'000);
}

TEST_F(JournalTest, UpdateChangesUpdatedTimeButNotCreatedTime)
{
    const std::int64_t created = clock.nowMs();
    const EntryId id = add(fieldsWith("first", "before", {"a"}));
    clock.advanceMs(90'000);

    EntryFields changed = fieldsWith("second", "after", {"b", "c"});
    changed.mood = 2;
    changed.kinds = kindBit(IntimacyKind::Physical);
    changed.promptId = "p2";
    ASSERT_TRUE(journal->update(id, changed).has_value());

    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields, changed);
    EXPECT_EQ(entry->createdMs, created);
    EXPECT_EQ(entry->updatedMs, created + 90'000);
}

TEST_F(JournalTest, UpdateOfMissingEntryIsNotFound)
{
    auto st = journal->update(4242, fieldsWith("x", "y"));
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::NotFound);
}

TEST_F(JournalTest, GetOfMissingEntryIsNotFound)
{
    auto entry = journal->get(77);
    ASSERT_FALSE(entry.has_value());
    EXPECT_EQ(entry.error().code, ErrorCode::NotFound);
}

TEST_F(JournalTest, TagsAreTrimmedDeduplicatedCaseInsensitivelyInOrder)
{
    const EntryId id = add(fieldsWith(
        "t", "b", {"  Love ", "", "   ", "trust", "LOVE", "love", "Trust\t", "Über", "über", "two  words"}));
    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields.tags, (std::vector<std::string>{"Love", "trust", "Über", "two words"}));
}

TEST_F(JournalTest, TagsAreSharedAcrossEntriesAndListedSorted)
{
    const EntryId a = add(fieldsWith("a", "", {"walks", "Beach"}));
    add(fieldsWith("b", "", {"beach", "coffee"}));
    auto tags = journal->tags();
    ASSERT_TRUE(tags.has_value());
    // One tag for "Beach"/"beach"; the latest spelling wins.
    EXPECT_EQ(*tags, (std::vector<std::string>{"beach", "coffee", "walks"}));

    // A tag no entry uses any more disappears.
    ASSERT_TRUE(journal->remove(a).has_value());
    tags = journal->tags();
    ASSERT_TRUE(tags.has_value());
    EXPECT_EQ(*tags, (std::vector<std::string>{"beach", "coffee"}));
}

TEST_F(JournalTest, InvalidMoodAndKindsAreRefused)
{
    for (const int mood : {0, 6, -1, 100}) {
        EntryFields fields = fieldsWith("secret title", "secret body");
        fields.mood = mood;
        auto id = journal->create(fields);
        ASSERT_FALSE(id.has_value()) << "mood " << mood;
        EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);
        EXPECT_EQ(id.error().detail.find("secret"), std::string::npos);
    }
    EntryFields fields = fieldsWith("t", "b");
    fields.kinds = 16;
    auto id = journal->create(fields);
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);

    const EntryId existing = add(fieldsWith("t", "b"));
    EntryFields badUpdate = fieldsWith("t", "b");
    badUpdate.mood = 9;
    auto st = journal->update(existing, badUpdate);
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::InvalidArgument);

    auto count = journal->count();
    ASSERT_TRUE(count.has_value());
    EXPECT_EQ(*count, 1);
}

TEST_F(JournalTest, EveryValidMoodIsAccepted)
{
    for (int mood = 1; mood <= 5; ++mood) {
        EntryFields fields = fieldsWith("t", "b");
        fields.mood = mood;
        auto id = journal->create(fields);
        ASSERT_TRUE(id.has_value());
        EXPECT_EQ(journal->get(*id)->fields.mood, mood);
    }
}

TEST_F(JournalTest, InvalidUtf8IsRefused)
{
    auto id = journal->create(fieldsWith("t", std::string("bad \xC3\x28 byte")));
    ASSERT_FALSE(id.has_value());
    EXPECT_EQ(id.error().code, ErrorCode::InvalidArgument);
}

TEST_F(JournalTest, RemoveReturnsTheEntryAndRestorePutsItBack)
{
    EntryFields fields = fieldsWith("keep me", "body words here", {"x", "y"});
    fields.mood = 3;
    fields.promptId = "p";
    const EntryId id = add(fields);
    clock.advanceMs(5'000);
    ASSERT_TRUE(journal->update(id, fields).has_value());
    auto before = journal->get(id);
    ASSERT_TRUE(before.has_value());

    clock.advanceMs(5'000);
    auto removed = journal->remove(id);
    ASSERT_TRUE(removed.has_value()) << removed.error().detail;
    EXPECT_EQ(*removed, *before);
    EXPECT_EQ(journal->get(id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(*journal->count(), 0);
    EXPECT_EQ(journal->remove(id).error().code, ErrorCode::NotFound);

    ASSERT_TRUE(journal->restore(*removed).has_value());
    auto after = journal->get(id);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(*after, *before); // same id, same times, same fields
    EXPECT_EQ(idsOf(find("keep")), std::vector<EntryId>{id});
}

TEST_F(JournalTest, RestoreOverAnExistingEntryIsRefused)
{
    const EntryId id = add(fieldsWith("a", "b"));
    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    auto st = journal->restore(*entry);
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::InvalidArgument);
}

// ---- list -----------------------------------------------------------------------------

TEST_F(JournalTest, PagingVisitsEveryEntryExactlyOnceNewestFirst)
{
    // 250 entries; groups of five share a millisecond, so paging must break ties by id.
    std::set<EntryId> created;
    for (int i = 0; i < 250; ++i) {
        auto id = journal->createAt(fieldsWith("entry " + std::to_string(i), "body"), 1'000'000 + (i / 5) * 7,
                                    1'000'000);
        ASSERT_TRUE(id.has_value());
        created.insert(*id);
    }
    std::vector<EntrySummary> all;
    PageRequest request;
    request.limit = 17;
    int pages = 0;
    while (true) {
        auto page = journal->list(request);
        ASSERT_TRUE(page.has_value()) << page.error().detail;
        if (page->empty()) {
            break;
        }
        EXPECT_LE(page->size(), 17u);
        all.insert(all.end(), page->begin(), page->end());
        request.after = PageCursor{page->back().createdMs, page->back().id};
        ASSERT_LT(++pages, 100);
    }
    ASSERT_EQ(all.size(), 250u);
    std::set<EntryId> seen;
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_TRUE(seen.insert(all[i].id).second) << "entry listed twice: " << all[i].id;
        if (i > 0) {
            const bool newerFirst = all[i - 1].createdMs > all[i].createdMs ||
                                    (all[i - 1].createdMs == all[i].createdMs && all[i - 1].id > all[i].id);
            EXPECT_TRUE(newerFirst) << "out of order at " << i;
        }
    }
    EXPECT_EQ(seen, created);
}

TEST_F(JournalTest, ListSummariesCarryFirstLineTagsAndFields)
{
    EntryFields fields = fieldsWith("Title", "\n\n## Today we walked\nsecond line", {"walk", "sea"});
    fields.mood = 5;
    fields.kinds = kindBit(IntimacyKind::Physical);
    const EntryId first = add(fields);
    clock.advanceMs(10);
    const EntryId second = add(fieldsWith("Plain", "> quoted start\nmore"));
    clock.advanceMs(10);
    const EntryId third = add(fieldsWith("Empty", ""));

    auto page = journal->list(PageRequest{});
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->size(), 3u);
    EXPECT_EQ((*page)[0].id, third);
    EXPECT_EQ((*page)[0].firstLine, "");
    EXPECT_TRUE((*page)[0].tags.empty());
    EXPECT_EQ((*page)[1].id, second);
    EXPECT_EQ((*page)[1].firstLine, "quoted start");
    const EntrySummary& s = (*page)[2];
    EXPECT_EQ(s.id, first);
    EXPECT_EQ(s.title, "Title");
    EXPECT_EQ(s.firstLine, "Today we walked");
    EXPECT_EQ(s.tags, (std::vector<std::string>{"walk", "sea"}));
    EXPECT_EQ(s.mood, 5);
    EXPECT_EQ(s.kinds, kindBit(IntimacyKind::Physical));
    EXPECT_EQ(s.createdMs, s.updatedMs);
}

TEST_F(JournalTest, FirstLineIsCutOnACharacterBoundary)
{
    std::string body;
    for (int i = 0; i < 100; ++i) {
        body += "שלום 🙂 ";
    }
    add(fieldsWith("long", body));
    auto page = journal->list(PageRequest{});
    ASSERT_TRUE(page.has_value());
    ASSERT_EQ(page->size(), 1u);
    const std::string& line = (*page)[0].firstLine;
    EXPECT_LE(line.size(), 160u);
    EXPECT_GT(line.size(), 100u);
    EXPECT_TRUE(line.ends_with("\u2026"));
    EXPECT_EQ(body.substr(0, line.size() - 3), line.substr(0, line.size() - 3));
    // A cut inside a multi-byte sequence would leave the next byte of the body a
    // continuation byte (10xxxxxx).
    const std::size_t cut = line.size() - 3;
    ASSERT_LT(cut, body.size());
    EXPECT_NE(static_cast<unsigned char>(body[cut]) & 0xC0, 0x80);
}

TEST_F(JournalTest, ListRefusesANonPositiveLimit)
{
    PageRequest request;
    request.limit = 0;
    auto page = journal->list(request);
    ASSERT_FALSE(page.has_value());
    EXPECT_EQ(page.error().code, ErrorCode::InvalidArgument);
}

// ---- search ---------------------------------------------------------------------------

TEST_F(JournalTest, SearchFindsByTitleBodyAndTag)
{
    const EntryId byTitle = add(fieldsWith("Sunrise hike", "we climbed"));
    const EntryId byBody = add(fieldsWith("Untitled", "the lighthouse at dusk"));
    const EntryId byTag = add(fieldsWith("Plain", "nothing special", {"gratitude"}));

    EXPECT_EQ(idsOf(find("sunrise")), std::vector<EntryId>{byTitle});
    EXPECT_EQ(idsOf(find("LIGHTHOUSE")), std::vector<EntryId>{byBody});
    EXPECT_EQ(idsOf(find("gratitude")), std::vector<EntryId>{byTag});
    EXPECT_TRUE(find("volcano").empty());
}

TEST_F(JournalTest, SearchNeedsEveryWordAndTreatsOnlyTheLastAsPrefix)
{
    const EntryId both = add(fieldsWith("", "dinner by candlelight"));
    add(fieldsWith("", "dinner alone"));

    EXPECT_EQ(idsOf(find("dinner candle")), std::vector<EntryId>{both});
    EXPECT_EQ(find("dinner c").size(), 1u);
    EXPECT_EQ(find("din").size(), 2u);
    // Not the last word: no prefix match.
    EXPECT_TRUE(find("din candlelight").empty());
}

TEST_F(JournalTest, SearchIsCaseAndDiacriticInsensitive)
{
    const EntryId id = add(fieldsWith("", "Un café à Paris"));
    auto hits = find("CAFE paris");
    ASSERT_EQ(idsOf(hits), std::vector<EntryId>{id});
    EXPECT_EQ(highlighted(hits[0]), (std::vector<std::string>{"café", "Paris"}));
}

TEST_F(JournalTest, HostileQueriesNeverError)
{
    add(fieldsWith("and near or not", "AND OR NOT NEAR words with \"quotes\" and (parens) * stars"));
    const std::vector<std::string> hostile = {
        "\"",    "\"\"", "AND (", "(",          ")",          "*",       "NEAR(",      "NEAR(a b)",
        "a OR",  "OR",   "NOT",   "-",          "^",          "title:x", "{title}: x", "a + b",
        "!!!",   "...",  "'",     "\\",         "\"unclosed", "a\"b",    "col:",       "*word",
        "word*", "AND",  "🙂",  "( ) \" * :", "\x01\x02",   "😀 AND 😀", "NEAR",       "a NEAR/3 b"};
    for (const auto& query : hostile) {
        auto hits = journal->search(query);
        EXPECT_TRUE(hits.has_value()) << "query [" << query << "]: " << hits.error().detail;
    }
    // Operator words are searched as plain words.
    EXPECT_EQ(find("AND (").size(), 1u);
    EXPECT_EQ(find("NEAR(").size(), 1u);
    EXPECT_EQ(find("\"quotes").size(), 1u);
    // Only punctuation: nothing to search for.
    EXPECT_TRUE(find("!!! ... *").empty());
}

TEST_F(JournalTest, EmptyOrBlankQueryGivesNoResults)
{
    add(fieldsWith("t", "anything"));
    EXPECT_TRUE(find("").empty());
    EXPECT_TRUE(find("   \t\n ").empty());
}

TEST_F(JournalTest, SnippetHighlightsPointAtTheMatchedWords)
{
    add(fieldsWith("Evening", "After work we cooked pasta together and laughed about the burnt garlic."));
    auto hits = find("pasta garl");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].title, "Evening");
    EXPECT_EQ(highlighted(hits[0]), (std::vector<std::string>{"pasta", "garlic"}));
    EXPECT_NE(hits[0].snippet.find("cooked pasta together"), std::string::npos);
    EXPECT_EQ(hits[0].createdMs, clock.nowMs());
}

TEST_F(JournalTest, SnippetIsAWindowAroundTheFirstMatch)
{
    const std::string body = words(200, "before") + " the **tangerine** moment " + words(200, "after");
    add(fieldsWith("long", body));
    auto hits = find("tangerine");
    ASSERT_EQ(hits.size(), 1u);
    const std::string& snippet = hits[0].snippet;
    EXPECT_TRUE(snippet.starts_with("\u2026")) << snippet;
    EXPECT_TRUE(snippet.ends_with("\u2026")) << snippet;
    EXPECT_EQ(highlighted(hits[0]), std::vector<std::string>{"tangerine"});
    const auto wordCount = std::count(snippet.begin(), snippet.end(), ' ') + 1;
    EXPECT_GE(wordCount, 20);
    EXPECT_LE(wordCount, 40);
    EXPECT_EQ(snippet.find('*'), std::string::npos); // Markdown emphasis dropped
}

TEST_F(JournalTest, SnippetOfATitleOnlyMatchIsTheStartOfTheBody)
{
    add(fieldsWith("Anniversary", "Ten years today.\nWe went back to the same cafe."));
    auto hits = find("anniversary");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].snippet, "Ten years today. We went back to the same cafe.");
    EXPECT_TRUE(hits[0].highlights.empty());
}

TEST_F(JournalTest, SearchWorksForHebrewText)
{
    const EntryId id = add(fieldsWith("יומן", "אמרתי לה שלום עולם והיא חייכה"));
    auto hits = find("שלום עולם");
    ASSERT_EQ(idsOf(hits), std::vector<EntryId>{id});
    EXPECT_EQ(highlighted(hits[0]), (std::vector<std::string>{"שלום", "עולם"}));
    EXPECT_EQ(idsOf(find("עול")), std::vector<EntryId>{id}); // prefix of a Hebrew word
    EXPECT_EQ(idsOf(find("יומן")), std::vector<EntryId>{id});
}

TEST_F(JournalTest, SearchWorksForArabicText)
{
    const EntryId id = add(fieldsWith("", "قلت مرحبا بالعالم اليوم"));
    auto hits = find("مرحبا");
    ASSERT_EQ(idsOf(hits), std::vector<EntryId>{id});
    EXPECT_EQ(highlighted(hits[0]), std::vector<std::string>{"مرحبا"});
}

TEST_F(JournalTest, SearchAroundEmojiKeepsEverySequenceWhole)
{
    const std::string body =
        "Best day 🎉🎉 with you ❤️ and the 👨‍👩‍👧 family picnic🧺 outside";
    const EntryId id = add(fieldsWith("🌞 sunny", body));
    auto hits = find("picnic");
    ASSERT_EQ(idsOf(hits), std::vector<EntryId>{id});
    EXPECT_EQ(hits[0].snippet, body);
    EXPECT_EQ(highlighted(hits[0]), std::vector<std::string>{"picnic"});
    EXPECT_EQ(idsOf(find("sunny")), std::vector<EntryId>{id});
    // Emoji alone are not words; searching for them is not an error.
    EXPECT_TRUE(journal->search("🎉").has_value());
}

TEST_F(JournalTest, FiftyThousandWordBodyRoundTripsExactlyAndIsSearchable)
{
    std::string body;
    body.reserve(50'000 * 8);
    for (int i = 0; i < 50'000; ++i) {
        body += (i == 37'123) ? "zanzibar" : "w" + std::to_string(i % 977);
        body += (i % 13 == 12) ? "\n" : " ";
    }
    const EntryId id = add(fieldsWith("huge", body));
    auto entry = journal->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields.body, body);

    auto hits = find("zanzibar");
    ASSERT_EQ(idsOf(hits), std::vector<EntryId>{id});
    EXPECT_EQ(highlighted(hits[0]), std::vector<std::string>{"zanzibar"});
    EXPECT_LT(hits[0].snippet.size(), 400u);
}

TEST_F(JournalTest, SearchPrefersBetterMatchesThenNewer)
{
    const EntryId older = add(fieldsWith("", "river " + words(50)));
    clock.advanceMs(1'000);
    const EntryId newer = add(fieldsWith("", "river " + words(50)));
    clock.advanceMs(1'000);
    const EntryId strong = add(fieldsWith("River river", "river river river"));
    EXPECT_EQ(idsOf(find("river")), (std::vector<EntryId>{strong, newer, older}));
    EXPECT_EQ(find("river", 2).size(), 2u);
}

TEST_F(JournalTest, RemovedEntryIsNoLongerFound)
{
    const EntryId id = add(fieldsWith("t", "ephemeral thought", {"fleeting"}));
    ASSERT_EQ(find("ephemeral").size(), 1u);
    ASSERT_TRUE(journal->remove(id).has_value());
    EXPECT_TRUE(find("ephemeral").empty());
    EXPECT_TRUE(find("fleeting").empty());
    // Gone from the index itself, not merely hidden by the join with entries.
    auto stmt = twofold::detail::JournalAccess::database(*journal).prepare(
        "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'ephemeral'");
    ASSERT_TRUE(stmt.has_value());
    auto row = stmt->step();
    ASSERT_TRUE(row.has_value() && *row);
    EXPECT_EQ(stmt->columnInt(0), 0);
}

TEST_F(JournalTest, UpdatedEntryIsFoundByItsNewTextOnly)
{
    const EntryId id = add(fieldsWith("t", "original wording", {"oldtag"}));
    ASSERT_TRUE(journal->update(id, fieldsWith("t", "revised wording", {"newtag"})).has_value());
    EXPECT_TRUE(find("original").empty());
    EXPECT_TRUE(find("oldtag").empty());
    EXPECT_EQ(idsOf(find("revised")), std::vector<EntryId>{id});
    EXPECT_EQ(idsOf(find("newtag")), std::vector<EntryId>{id});
}

// ---- drafts and settings ---------------------------------------------------------------

TEST_F(JournalTest, DraftsRoundTripAndDiscard)
{
    EntryFields fields = fieldsWith("half written", "I wanted to say", {" raw tag ", "a:b", "5:x"});
    fields.mood = 2;
    fields.kinds = kAllIntimacyKinds;
    fields.promptId = "p1";
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, fields, 0}).has_value());

    auto draft = journal->draft(std::nullopt);
    ASSERT_TRUE(draft.has_value());
    ASSERT_TRUE(draft->has_value());
    EXPECT_EQ((*draft)->fields, fields); // exactly as typed
    EXPECT_FALSE((*draft)->entryId.has_value());
    EXPECT_EQ((*draft)->savedMs, clock.nowMs());

    clock.advanceMs(3'000);
    fields.body += " more";
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, fields, 0}).has_value());
    draft = journal->draft(std::nullopt);
    ASSERT_TRUE(draft.has_value() && draft->has_value());
    EXPECT_EQ((*draft)->fields.body, "I wanted to say more");
    EXPECT_EQ((*draft)->savedMs, clock.nowMs());

    ASSERT_TRUE(journal->discardDraft(std::nullopt).has_value());
    draft = journal->draft(std::nullopt);
    ASSERT_TRUE(draft.has_value());
    EXPECT_FALSE(draft->has_value());
    EXPECT_TRUE(journal->discardDraft(std::nullopt).has_value()); // nothing to discard is fine
}

TEST_F(JournalTest, DraftsOfDifferentEntriesAreSeparate)
{
    const EntryId id = add(fieldsWith("saved", "saved body"));
    ASSERT_TRUE(journal->saveDraft(Draft{id, fieldsWith("edit", "editing"), 0}).has_value());
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, fieldsWith("new", "fresh"), 0}).has_value());

    auto edit = journal->draft(id);
    ASSERT_TRUE(edit.has_value() && edit->has_value());
    EXPECT_EQ((*edit)->entryId, id);
    EXPECT_EQ((*edit)->fields.body, "editing");
    auto fresh = journal->draft(std::nullopt);
    ASSERT_TRUE(fresh.has_value() && fresh->has_value());
    EXPECT_EQ((*fresh)->fields.body, "fresh");

    // Saving the entry supersedes its draft; the new-entry draft stays.
    ASSERT_TRUE(journal->update(id, fieldsWith("edit", "editing")).has_value());
    edit = journal->draft(id);
    ASSERT_TRUE(edit.has_value());
    EXPECT_FALSE(edit->has_value());
    fresh = journal->draft(std::nullopt);
    ASSERT_TRUE(fresh.has_value());
    EXPECT_TRUE(fresh->has_value());
}

TEST_F(JournalTest, DraftWithInvalidMoodIsRefused)
{
    EntryFields fields = fieldsWith("t", "b");
    fields.mood = 0;
    auto st = journal->saveDraft(Draft{std::nullopt, fields, 0});
    ASSERT_FALSE(st.has_value());
    EXPECT_EQ(st.error().code, ErrorCode::InvalidArgument);
}

TEST_F(JournalTest, SettingsRoundTrip)
{
    auto missing = journal->setting("theme");
    ASSERT_TRUE(missing.has_value());
    EXPECT_FALSE(missing->has_value());

    ASSERT_TRUE(journal->setSetting("theme", "dark").has_value());
    ASSERT_TRUE(journal->setSetting("theme", "light").has_value());
    auto value = journal->setting("theme");
    ASSERT_TRUE(value.has_value() && value->has_value());
    EXPECT_EQ(**value, "light");

    EXPECT_EQ(journal->setSetting("", "x").error().code, ErrorCode::InvalidArgument);
}

// ---- lifetime and privacy ---------------------------------------------------------------

TEST_F(JournalTest, MovedJournalKeepsWorking)
{
    const EntryId id = add(fieldsWith("before move", "cached statements"));
    Journal moved = std::move(*journal);
    journal.reset();
    auto entry = moved.get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields.title, "before move");
    EXPECT_TRUE(moved.create(fieldsWith("after move", "x")).has_value());
    EXPECT_EQ(*moved.count(), 2);
}

TEST_F(JournalTest, ReopensWithItsKeyAndRefusesAnother)
{
    const EntryId id = add(fieldsWith("persisted", "still here", {"kept"}));
    ASSERT_TRUE(journal->close().has_value());
    journal.reset();

    auto wrong = Journal::open(dir / "partner-a.db", randomKey(), OpenMode::Existing, clock);
    ASSERT_FALSE(wrong.has_value());
    EXPECT_EQ(wrong.error().code, ErrorCode::WrongKey);

    auto reopened = Journal::open(dir / "partner-a.db", key, OpenMode::Existing, clock);
    ASSERT_TRUE(reopened.has_value()) << reopened.error().detail;
    auto entry = reopened->get(id);
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->fields.body, "still here");
    auto hits = reopened->search("still");
    ASSERT_TRUE(hits.has_value());
    EXPECT_EQ(hits->size(), 1u);
}

TEST_F(JournalTest, NoPlaintextReachesAnyFile)
{
    const std::string marker = "quokkamarker";
    EntryFields fields = fieldsWith(marker + " title", "body with " + marker + " inside", {marker + "tag"});
    fields.promptId = marker + "prompt";
    const EntryId id = add(fields);
    for (int i = 0; i < 20; ++i) {
        add(fieldsWith("t" + std::to_string(i), "more " + marker + " text " + words(30)));
    }
    ASSERT_TRUE(journal->update(id, fieldsWith(marker, marker + " edited", {marker})).has_value());
    ASSERT_TRUE(journal->saveDraft(Draft{std::nullopt, fieldsWith(marker, marker), 0}).has_value());
    ASSERT_TRUE(journal->setSetting("note", marker).has_value());
    ASSERT_EQ(find(marker).size(), 21u);
    ASSERT_EQ(find("quokkam").size(), 21u);

    // Look while the connection is open (WAL and shm present) and again after closing.
    for (const bool closed : {false, true}) {
        if (closed) {
            ASSERT_TRUE(journal->close().has_value());
            journal.reset();
        }
        const std::string all = test::concatenateAllFiles(dir.path());
        ASSERT_FALSE(all.empty());
        EXPECT_THAT(test::plaintextFormsIn(all, marker), ::testing::IsEmpty()) << "closed=" << closed;
        EXPECT_EQ(all.find("quokkam"), std::string::npos);
    }
}
