// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The reveal protocol end to end through the API (docs/ARCHITECTURE.md, "The couple
// space and the reveal protocol").
#include "support/CoupleTestSupport.h"

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kIntimacy = "foundations.what-intimacy-means";
constexpr std::string_view kCloseness = "foundations.kinds-of-closeness";

RevealState stateOf(CoupleSpace& space, std::string_view prompt)
{
    auto s = space.status(Topic::answer(std::string(prompt)));
    EXPECT_TRUE(s) << (s ? "" : s.error().detail);
    return s ? s->state : RevealState::NotAnswered;
}

} // namespace

TEST(RevealTest, AnswerStaysSealedUntilBothConsent)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    const Topic topic = Topic::answer(std::string(kIntimacy));

    EXPECT_EQ(stateOf(alex, kIntimacy), RevealState::NotAnswered);
    ASSERT_TRUE(alex.answer(kIntimacy, "Being known on an ordinary Tuesday.", Reveal::Yes));
    EXPECT_EQ(stateOf(alex, kIntimacy), RevealState::WaitingForPartner);
    EXPECT_EQ(stateOf(sam, kIntimacy), RevealState::WaitingForYou);

    ASSERT_TRUE(sam.answer(kIntimacy, "Feeling safe enough to be silly."));
    EXPECT_EQ(stateOf(sam, kIntimacy), RevealState::WaitingForYou);
    auto early = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(early);
    EXPECT_FALSE(early->partners.has_value()) << "never the partner's words before the reveal";
    ASSERT_TRUE(early->mine);
    EXPECT_EQ(early->mine->value, "Feeling safe enough to be silly.");

    // Sam agrees: Sam's session writes Sam's grant, and Alex's session (not linked in
    // together mode) writes Alex's the next time it looks at the topic.
    auto status = sam.reveal(topic);
    ASSERT_TRUE(status) << status.error().detail;
    EXPECT_EQ(status->state, RevealState::WaitingForPartner);
    auto alexView = alex.readAnswer(kIntimacy);
    ASSERT_TRUE(alexView);
    EXPECT_EQ(alexView->status.state, RevealState::Revealed);
    ASSERT_TRUE(alexView->partners);
    EXPECT_EQ(alexView->partners->value, "Feeling safe enough to be silly.");
    auto samView = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(samView && samView->partners);
    EXPECT_EQ(samView->partners->value, "Being known on an ordinary Tuesday.");
    EXPECT_EQ(samView->status.state, RevealState::Revealed);
}

TEST(RevealTest, TogetherModeRevealsForBothAtOnce)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(sam));
    EXPECT_TRUE(sam.isTogether());
    ASSERT_TRUE(alex.answer(kIntimacy, "a", Reveal::Yes));
    ASSERT_TRUE(sam.answer(kIntimacy, "b", Reveal::Yes));
    // Both grants exist right after Sam's change: Alex's session wrote its own too.
    auto keys = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), keys.coupleKey);
    int granted = 0;
    for (const auto& e : rawEnvelopes(raw)) {
        granted += rawGrant(raw, e.id, e.author == couple.alexId ? couple.samId : couple.alexId).has_value();
    }
    EXPECT_EQ(granted, 2);
    couple.sam->lock();
    EXPECT_FALSE(alex.isTogether());
}

TEST(RevealTest, PendingGrantIsWrittenAtUnlockBeforeAnythingIsShown)
{
    TwoPartners couple;
    {
        CoupleSpace alex = couple.openSpace(*couple.alex);
        ASSERT_TRUE(alex.answer(kIntimacy, "alex's words", Reveal::Yes));
    }
    couple.alex->lock();
    {
        CoupleSpace sam = couple.openSpace(*couple.sam);
        ASSERT_TRUE(sam.answer(kIntimacy, "sam's words", Reveal::Yes));
        EXPECT_EQ(stateOf(sam, kIntimacy), RevealState::WaitingForPartner)
            << "Alex's grant needs Alex's session";
    }
    Session& alexAgain = couple.unlock("alex");
    auto alex = CoupleSpace::open(alexAgain, shippedPacks(), couple.spaceOptions());
    ASSERT_TRUE(alex);
    // open() wrote Alex's grant: Sam can read Alex's answer now.
    CoupleSpace sam = couple.openSpace(*couple.sam);
    auto view = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->value, "alex's words");
}

TEST(RevealTest, EditingVoidsConsentAndTheNewVersionNeedsConsentAgain)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(sam));
    ASSERT_TRUE(alex.answer(kIntimacy, "first", Reveal::Yes));
    ASSERT_TRUE(sam.answer(kIntimacy, "sam", Reveal::Yes));
    ASSERT_EQ(stateOf(alex, kIntimacy), RevealState::Revealed);

    ASSERT_TRUE(alex.answer(kIntimacy, "second thoughts"));
    EXPECT_EQ(stateOf(alex, kIntimacy), RevealState::WaitingForYou);
    // An edit not agreed to is invisible (DESIGN.md §1.4): for Sam nothing changed, and
    // what was revealed stays readable.
    EXPECT_EQ(stateOf(sam, kIntimacy), RevealState::Revealed);
    auto view = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->value, "first") << "what was revealed stays readable";
    EXPECT_FALSE(view->partnersIsEarlierVersion) << "nothing says an edit exists";

    ASSERT_TRUE(alex.reveal(Topic::answer(std::string(kIntimacy))));
    view = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(view && view->partners);
    EXPECT_EQ(view->partners->value, "second thoughts");
    EXPECT_FALSE(view->partnersIsEarlierVersion);
    EXPECT_EQ(view->status.state, RevealState::Revealed);
}

TEST(RevealTest, HoldBeforeGrantAndRetractAfter)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(sam));
    const Topic topic = Topic::answer(std::string(kIntimacy));
    ASSERT_TRUE(alex.answer(kIntimacy, "a", Reveal::Yes));
    auto held = alex.hold(topic);
    ASSERT_TRUE(held);
    EXPECT_EQ(*held, Withdrawal::Withdrawn);
    ASSERT_TRUE(sam.answer(kIntimacy, "b", Reveal::Yes));
    EXPECT_EQ(stateOf(sam, kIntimacy), RevealState::WaitingForPartner)
        << "held: shown as waiting, not declined";
    EXPECT_EQ(stateOf(alex, kIntimacy), RevealState::WaitingForYou);

    ASSERT_TRUE(alex.reveal(topic));
    EXPECT_EQ(stateOf(alex, kIntimacy), RevealState::Revealed);
    auto late = alex.hold(topic);
    ASSERT_TRUE(late);
    EXPECT_EQ(*late, Withdrawal::AlreadyRevealed);
    auto deleted = alex.deleteMine(topic);
    ASSERT_TRUE(deleted);
    EXPECT_EQ(*deleted, Withdrawal::AlreadyRevealed);

    auto retracted = alex.retract(topic);
    ASSERT_TRUE(retracted);
    EXPECT_TRUE(retracted->partnerMayHaveRead);
    auto samView = sam.readAnswer(kIntimacy);
    ASSERT_TRUE(samView);
    EXPECT_FALSE(samView->partners.has_value());
    EXPECT_EQ(samView->status.state, RevealState::WaitingForPartner);
    auto alexView = alex.readAnswer(kIntimacy);
    ASSERT_TRUE(alexView);
    EXPECT_FALSE(alexView->partners.has_value()) << "a retract un-reveals both ways";
    EXPECT_EQ(alexView->status.state, RevealState::WaitingForYou);
}

TEST(RevealTest, AnswersOnlyToPromptsBothSee)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    auto r = alex.answer("faith.some-prompt", "x");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    auto empty = alex.answer(kCloseness, "");
    ASSERT_FALSE(empty);
    auto none = alex.reveal(Topic::answer(std::string(kCloseness)));
    ASSERT_FALSE(none);
    EXPECT_EQ(none.error().code, ErrorCode::NotFound);
}

TEST(RevealTest, LockedSessionReportsNotUnlocked)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    couple.alex->lock();
    auto r = alex.answer(kIntimacy, "x");
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::NotUnlocked);
    EXPECT_EQ(alex.promptStates().error().code, ErrorCode::NotUnlocked);
}

TEST(RevealTest, PromptStatesListEverySharedPromptWithoutText)
{
    TwoPartners couple;
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(sam.answer(kCloseness, "sam"));
    auto shared = alex.prompts().sharedPrompts();
    ASSERT_TRUE(shared);
    const auto countWaiting = [&] {
        auto states = alex.promptStates();
        EXPECT_TRUE(states);
        EXPECT_EQ(states->size(), shared->size());
        int waiting = 0;
        for (const auto& s : *states) {
            waiting += s.state == RevealState::WaitingForYou;
            if (s.topic.key == kCloseness) {
                EXPECT_EQ(s.answeredByPartner, s.state == RevealState::WaitingForYou);
            }
        }
        return waiting;
    };
    // Answered but not agreed looks exactly like not answered (DESIGN.md §1.4).
    EXPECT_EQ(countWaiting(), 0);
    ASSERT_TRUE(sam.reveal(Topic::answer(std::string(kCloseness))));
    EXPECT_EQ(countWaiting(), 1);
}
