// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/PromptSuggestion.h"

#include "support/CoupleTestSupport.h"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
constexpr std::string_view kFirst = "foundations.what-intimacy-means";

bool has(const std::vector<Prompt>& prompts, std::string_view id)
{
    return std::ranges::any_of(prompts, [&](const Prompt& p) { return p.id == id; });
}

std::vector<std::string> ids(const std::vector<Prompt>& prompts)
{
    std::vector<std::string> out;
    for (const Prompt& p : prompts) {
        out.push_back(p.id);
    }
    return out;
}

std::string coupleDbBytes(const TwoPartners& couple)
{
    return readFile(couple.dir() / "couple.db") + readFile(couple.dir() / "couple.db-wal");
}

} // namespace

TEST(PromptSuggestionTest, SuggestsOnlySharedPromptsIHaveNotAnswered)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto shared = alex.prompts().sharedPrompts();
    ASSERT_TRUE(shared);
    auto before = promptsToSuggest(alex, couple.alex->journal());
    ASSERT_TRUE(before) << before.error().detail;
    EXPECT_EQ(ids(*before), ids(*shared)) << "nothing answered yet: every shared prompt, in catalog order";

    ASSERT_TRUE(alex.answer(kFirst, "Being known.", Reveal::NotYet));
    auto after = promptsToSuggest(alex, couple.alex->journal());
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), shared->size() - 1);
    EXPECT_FALSE(has(*after, kFirst)) << "answered, even unrevealed, is not suggested again";

    DeterministicRandom random(20260101);
    for (int i = 0; i < 50; ++i) {
        auto suggested = suggestPrompt(alex, couple.alex->journal(), random);
        ASSERT_TRUE(suggested && *suggested);
        EXPECT_NE((*suggested)->id, kFirst);
        EXPECT_TRUE(has(*shared, (*suggested)->id));
    }
}

TEST(PromptSuggestionTest, APromptMyPartnerAnsweredIsStillMineToAnswer)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(sam.answer(kFirst, "Time without phones.", Reveal::Yes));
    EXPECT_TRUE(has(*promptsToSuggest(alex, couple.alex->journal()), kFirst));
    EXPECT_FALSE(has(*promptsToSuggest(sam, couple.sam->journal()), kFirst));
}

TEST(PromptSuggestionTest, NotNowRestsAPromptForSevenDaysOnTheInjectedClock)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    Journal& journal = couple.alex->journal();
    ASSERT_TRUE(putOffPrompt(journal, kFirst));
    auto stored = journal.setting(std::string(kPromptNotNowPrefix) + std::string(kFirst));
    ASSERT_TRUE(stored && *stored);
    EXPECT_EQ(**stored, "2026-01-08T00:00:00.000Z") << "the date it may come back, in my journal";

    EXPECT_TRUE(*isPutOff(journal, kFirst));
    EXPECT_FALSE(has(*promptsToSuggest(alex, journal), kFirst));
    clock.advanceMs(7 * kDay - 1);
    EXPECT_FALSE(has(*promptsToSuggest(alex, journal), kFirst)) << "a moment before the week is up";
    clock.advanceMs(1);
    EXPECT_FALSE(*isPutOff(journal, kFirst));
    EXPECT_TRUE(has(*promptsToSuggest(alex, journal), kFirst)) << "back after seven days, quietly";

    // The prompt never left the full list, and answering it stays possible at any time.
    ASSERT_TRUE(putOffPrompt(journal, kFirst));
    EXPECT_TRUE(has(*alex.prompts().sharedPrompts(), kFirst));
    EXPECT_TRUE(alex.answer(kFirst, "Still thinking.", Reveal::NotYet));
}

TEST(PromptSuggestionTest, NotNowNeverReachesCoupleDbNorThePartner)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto samBefore = promptsToSuggest(sam, couple.sam->journal());
    auto samStates = sam.promptStates();
    ASSERT_TRUE(samBefore && samStates);
    const std::string bytesBefore = coupleDbBytes(couple);

    ASSERT_TRUE(putOffPrompt(couple.alex->journal(), kFirst));
    EXPECT_EQ(coupleDbBytes(couple), bytesBefore) << "couple.db does not change at all on \"Not now\"";
    EXPECT_FALSE(has(*promptsToSuggest(alex, couple.alex->journal()), kFirst));
    EXPECT_EQ(ids(*promptsToSuggest(sam, couple.sam->journal())), ids(*samBefore));
    auto samAfter = sam.promptStates();
    ASSERT_TRUE(samAfter);
    ASSERT_EQ(samAfter->size(), samStates->size());
    for (std::size_t i = 0; i < samAfter->size(); ++i) {
        EXPECT_EQ((*samAfter)[i].state, (*samStates)[i].state);
        EXPECT_EQ((*samAfter)[i].answeredByPartner, (*samStates)[i].answeredByPartner);
    }
    EXPECT_FALSE(*couple.sam->journal().setting(std::string(kPromptNotNowPrefix) + std::string(kFirst)));
}

TEST(PromptSuggestionTest, AnotherOneIsAlwaysADifferentPromptAndTheSeedRepeats)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    Journal& journal = couple.alex->journal();
    DeterministicRandom random(7);
    DeterministicRandom again(7);
    std::set<std::string> seen;
    std::string current;
    for (int i = 0; i < 40; ++i) {
        auto next = suggestPrompt(alex, journal, random, current);
        auto same = suggestPrompt(alex, journal, again, current);
        ASSERT_TRUE(next && *next && same && *same);
        EXPECT_EQ((*next)->id, (*same)->id) << "the same seed suggests the same prompts";
        EXPECT_NE((*next)->id, current) << "\"Another one\" never shows the same card again";
        current = (*next)->id;
        seen.insert(current);
    }
    EXPECT_GT(seen.size(), 5u) << "suggestions are spread over the prompts, not stuck on a few";
}

TEST(PromptSuggestionTest, WhenOneIsLeftAnotherOneKeepsItAndWhenNoneIsLeftThereIsNothing)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    Journal& journal = couple.alex->journal();
    auto shared = alex.prompts().sharedPrompts();
    ASSERT_TRUE(shared && shared->size() > 2);
    for (std::size_t i = 1; i < shared->size(); ++i) {
        ASSERT_TRUE(putOffPrompt(journal, (*shared)[i].id));
    }
    DeterministicRandom random(424242);
    auto last = suggestPrompt(alex, journal, random, (*shared)[0].id);
    ASSERT_TRUE(last && *last);
    EXPECT_EQ((*last)->id, (*shared)[0].id);

    ASSERT_TRUE(alex.answer((*shared)[0].id, "Done.", Reveal::NotYet));
    auto none = suggestPrompt(alex, journal, random);
    ASSERT_TRUE(none);
    EXPECT_FALSE(none->has_value());
    EXPECT_TRUE(promptsToSuggest(alex, journal)->empty());
}

TEST(PromptSuggestionTest, UnreadableNotNowDatesAndEmptyIdsAreHandled)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    Journal& journal = couple.alex->journal();
    ASSERT_TRUE(journal.setSetting(std::string(kPromptNotNowPrefix) + std::string(kFirst), "someday"));
    EXPECT_FALSE(*isPutOff(journal, kFirst)) << "an unreadable date lets the prompt come back";
    EXPECT_TRUE(has(*promptsToSuggest(alex, journal), kFirst));
    EXPECT_EQ(putOffPrompt(journal, "").error().code, ErrorCode::InvalidArgument);
}
