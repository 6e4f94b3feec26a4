// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "support/CoupleTestSupport.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

bool hasPrompt(const std::vector<Prompt>& prompts, std::string_view id)
{
    return std::ranges::any_of(prompts, [&](const Prompt& p) { return p.id == id; });
}

bool anyFromPack(const std::vector<Prompt>& prompts, std::string_view pack)
{
    return std::ranges::any_of(prompts, [&](const Prompt& p) { return p.packId == pack; });
}

} // namespace

TEST(PromptCatalogTest, DefaultsFollowThePacksAndLeaveOutTheCheckIn)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto shared = alex.prompts().sharedPrompts();
    ASSERT_TRUE(shared);
    EXPECT_TRUE(hasPrompt(*shared, "foundations.what-intimacy-means"));
    EXPECT_FALSE(anyFromPack(*shared, "faith")) << "faith is off unless chosen";
    EXPECT_FALSE(anyFromPack(*shared, kCheckInPackId));
    auto packs = alex.prompts().packs();
    ASSERT_TRUE(packs);
    EXPECT_EQ(packs->back().packId, kCustomPackId);
}

TEST(PromptCatalogTest, ASharedPromptAppearsOnlyIfBothHaveItsPackOn)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.prompts().setPack("faith", PackSwitch::On));
    EXPECT_FALSE(anyFromPack(*alex.prompts().sharedPrompts(), "faith")) << "Sam has not chosen it";
    EXPECT_FALSE(anyFromPack(*sam.prompts().sharedPrompts(), "faith"));
    ASSERT_TRUE(sam.prompts().setPack("faith", PackSwitch::On));
    EXPECT_TRUE(anyFromPack(*alex.prompts().sharedPrompts(), "faith"));
    EXPECT_TRUE(anyFromPack(*sam.prompts().sharedPrompts(), "faith"));

    ASSERT_TRUE(sam.prompts().setPack("foundations", PackSwitch::Off));
    EXPECT_FALSE(anyFromPack(*alex.prompts().sharedPrompts(), "foundations"));
    auto choices = alex.prompts().packs();
    auto foundations =
        std::ranges::find_if(*choices, [](const PackChoice& c) { return c.packId == "foundations"; });
    ASSERT_NE(foundations, choices->end());
    EXPECT_TRUE(foundations->onForMe);
    EXPECT_FALSE(foundations->onForPartner);
    auto r = alex.answer("foundations.what-intimacy-means", "x");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(alex.prompts().setPack("no-such-pack", PackSwitch::On).error().code, ErrorCode::NotFound);
}

TEST(PromptCatalogTest, CustomPromptsCanBeAddedEditedAndRetired)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto id = alex.prompts().addCustomPrompt("What made you laugh this week?", "Tell the story.");
    ASSERT_TRUE(id) << id.error().detail;
    EXPECT_TRUE(isValidPromptId(*id, kCustomPackId)) << *id;
    EXPECT_TRUE(hasPrompt(*sam.prompts().sharedPrompts(), *id)) << "the couple's prompts are for both";

    ASSERT_TRUE(sam.prompts().editCustomPrompt(*id, "What made you laugh out loud this week?"));
    auto found = alex.prompts().find(*id);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->text, "What made you laugh out loud this week?");
    EXPECT_EQ((*found)->followUp, "");

    ASSERT_TRUE(alex.answer(*id, "the dog", Reveal::Yes));
    ASSERT_TRUE(sam.answer(*id, "the dog, again", Reveal::Yes));
    ASSERT_TRUE(alex.resolvePendingGrants());
    ASSERT_TRUE(alex.prompts().retireCustomPrompt(*id));
    EXPECT_FALSE(hasPrompt(*alex.prompts().sharedPrompts(), *id));
    auto view = alex.readAnswer(*id);
    ASSERT_TRUE(view && view->partners) << "answers to a retired prompt stay readable";
    EXPECT_EQ(view->partners->value, "the dog, again");
    EXPECT_TRUE(*alex.prompts().find(*id));
    EXPECT_EQ(alex.prompts().retireCustomPrompt(*id).error().code, ErrorCode::NotFound);
    EXPECT_EQ(alex.prompts().editCustomPrompt(*id, "x").error().code, ErrorCode::NotFound);
    EXPECT_EQ(alex.prompts().customPrompts(IncludeRetired::Yes)->size(), 1u);
    EXPECT_TRUE(alex.prompts().customPrompts(IncludeRetired::No)->empty());

    ASSERT_TRUE(sam.prompts().setPack(kCustomPackId, PackSwitch::Off));
    auto second = alex.prompts().addCustomPrompt("Another?");
    ASSERT_TRUE(second);
    EXPECT_FALSE(hasPrompt(*alex.prompts().sharedPrompts(), *second))
        << "Sam switched the couple's own prompts off";
}

TEST(PromptCatalogTest, CustomPromptTextIsChecked)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    for (std::string_view bad :
         {std::string_view(""), std::string_view("   "), std::string_view("two\nlines")}) {
        auto r = alex.prompts().addCustomPrompt(bad);
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    }
    EXPECT_FALSE(alex.prompts().addCustomPrompt(std::string(kMaxPromptTextLength + 1, 'a')));
    auto longest = alex.prompts().addCustomPrompt(std::string(kMaxPromptTextLength, 'a'));
    EXPECT_TRUE(longest) << longest.error().detail;
}
