// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The weekly review's shared screen, as core decides it (issue 11, item 2): it shows only
// what a partner has agreed to, never whether the other holds something back, and
// sharing from it needs the password of the partner whose turn it is.
#include "couple/TogetherReview.h"

#include "couple/CoupleSpace.h"
#include "storage/Statement.h"
#include "support/CoupleTestSupport.h"

#include <algorithm>

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::string_view kDate = "2026-01-04";

SecretBuffer secret(std::string_view text)
{
    return SecretBuffer::fromString(text);
}

class TogetherReviewTest : public ::testing::Test
{
protected:
    TogetherReviewTest() : alex(couple.openSpace(*couple.alex)), sam(couple.openSpace(*couple.sam))
    {
        auto shared = alex.prompts().sharedPrompts();
        EXPECT_TRUE(shared && shared->size() >= 3);
        for (const Prompt& p : *shared) {
            prompts.push_back(p.id);
        }
    }

    // Runs `steps` on fresh spaces in Together mode and returns the review's turns.
    std::vector<ReviewTurn> turns()
    {
        EXPECT_TRUE(alex.beginTogether(sam));
        auto contents = TogetherReview(alex, sam, std::string(kDate)).contents();
        EXPECT_TRUE(contents);
        alex.endTogether();
        return contents ? contents->turns : std::vector<ReviewTurn>{};
    }

    ManualClock clock;
    TwoPartners couple{&clock};
    CoupleSpace alex;
    CoupleSpace sam;
    std::vector<std::string> prompts;
};

bool sameTurns(const std::vector<ReviewTurn>& a, const std::vector<ReviewTurn>& b)
{
    return std::ranges::equal(a, b, [](const ReviewTurn& x, const ReviewTurn& y) {
        return x.promptId == y.promptId && x.question == y.question && x.sharedBy == y.sharedBy;
    });
}

} // namespace

TEST_F(TogetherReviewTest, WhatTheOtherHoldsPrivatelyChangesNothingOnTheSharedScreen)
{
    // Sam agreed on prompt 0: Alex's turn, whatever Alex has or has not written.
    ASSERT_TRUE(sam.answer(prompts[0], "Sam shares this", Reveal::Yes));
    const std::vector<ReviewTurn> before = turns();
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(before[0].promptId, prompts[0]);
    EXPECT_EQ(before[0].sharedBy, ReviewSide::Second);
    EXPECT_EQ(before[0].turn(), ReviewSide::First);

    // Alex answers prompt 0 and prompt 1 privately, and Sam prompt 2: no trace of any.
    ASSERT_TRUE(alex.answer(prompts[0], "Alex holds this", Reveal::NotYet));
    ASSERT_TRUE(alex.answer(prompts[1], "Alex holds this too", Reveal::NotYet));
    ASSERT_TRUE(sam.answer(prompts[2], "Sam holds this", Reveal::NotYet));
    EXPECT_TRUE(sameTurns(turns(), before)) << "the screen depends on what a partner holds back";

    // Agreeing and then "not now" (hold) leaves no trace either.
    ASSERT_TRUE(alex.reveal(Topic::answer(prompts[1])));
    ASSERT_TRUE(alex.hold(Topic::answer(prompts[1])));
    EXPECT_TRUE(sameTurns(turns(), before));

    // Alex agreeing on prompt 1 is a fact Sam knows: now it is Sam's turn there.
    ASSERT_TRUE(alex.reveal(Topic::answer(prompts[1])));
    const std::vector<ReviewTurn> after = turns();
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[1].promptId, prompts[1]);
    EXPECT_EQ(after[1].sharedBy, ReviewSide::First);
}

TEST_F(TogetherReviewTest, OnlyRevealedWordsAndOffersAreInTheContents)
{
    ASSERT_TRUE(alex.answer(prompts[0], "ALEX-REVEALED", Reveal::Yes));
    ASSERT_TRUE(sam.answer(prompts[0], "SAM-REVEALED", Reveal::Yes));
    ASSERT_TRUE(alex.answer(prompts[1], "ALEX-HELD", Reveal::NotYet));
    ASSERT_TRUE(sam.answer(prompts[2], "SAM-AGREED-ONLY", Reveal::Yes));
    ASSERT_TRUE(alex.beginTogether(sam));
    TogetherReview review(alex, sam, std::string(kDate));
    // Alex checks in; Sam has not yet: neither check-in shows.
    ASSERT_TRUE(review.checkIn(ReviewSide::First, CheckIn{.emotional = 4, .appreciated = "ALEX-CHECKIN"}));
    auto contents = review.contents();
    ASSERT_TRUE(contents);
    EXPECT_FALSE(contents->firstCheckIn.has_value()) << "a check-in shows only once both are in";
    EXPECT_FALSE(contents->secondCheckIn.has_value());
    ASSERT_EQ(contents->answers.size(), 1u);
    EXPECT_EQ(contents->answers[0].first->value, "ALEX-REVEALED");
    EXPECT_EQ(contents->answers[0].second->value, "SAM-REVEALED");
    ASSERT_EQ(contents->turns.size(), 1u) << "a held answer is no turn; an agreed one is";
    EXPECT_EQ(contents->turns[0].promptId, prompts[2]);

    // Sam would rather not say anything: revealed together, as nothing.
    ASSERT_TRUE(review.checkIn(ReviewSide::Second, CheckIn{}));
    contents = review.contents();
    ASSERT_TRUE(contents && contents->firstCheckIn && contents->secondCheckIn);
    EXPECT_EQ(contents->firstCheckIn->value.emotional, 4);
    EXPECT_FALSE(contents->firstCheckIn->value.trust.has_value());
    EXPECT_EQ(contents->secondCheckIn->value, CheckIn{});
}

TEST_F(TogetherReviewTest, SharingFromTheReviewNeedsThePasswordOfWhoseTurnItIs)
{
    ASSERT_TRUE(sam.answer(prompts[0], "Sam shares this", Reveal::Yes));
    ASSERT_TRUE(alex.answer(prompts[0], "Alex's answer", Reveal::NotYet));
    ASSERT_TRUE(alex.answer(prompts[1], "Alex holds this", Reveal::NotYet));
    ASSERT_TRUE(alex.beginTogether(sam));
    TogetherReview review(alex, sam, std::string(kDate));

    // Sam at the keyboard, acting for Alex: Sam's own password does not do.
    auto forged = review.shareNow(ReviewSide::First, prompts[0], secret(TwoPartners::kSamPassword));
    ASSERT_FALSE(forged);
    EXPECT_EQ(forged.error().code, ErrorCode::WrongPassword);
    EXPECT_FALSE(alex.status(Topic::answer(prompts[0]))->agreedByMe);
    // Nor does sharing where it is not Alex's turn (Sam never agreed to prompt 1).
    auto notTheirTurn = review.shareNow(ReviewSide::First, prompts[1], secret(TwoPartners::kAlexPassword));
    ASSERT_FALSE(notTheirTurn);
    EXPECT_EQ(notTheirTurn.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(alex.status(Topic::answer(prompts[1]))->agreedByMe);
    // Sam cannot "share" for Sam where Sam already agreed.
    EXPECT_FALSE(review.shareNow(ReviewSide::Second, prompts[0], secret(TwoPartners::kSamPassword)));

    auto shared = review.shareNow(ReviewSide::First, prompts[0], secret(TwoPartners::kAlexPassword));
    ASSERT_TRUE(shared) << shared.error().detail;
    EXPECT_EQ(shared->state, RevealState::Revealed) << "in Together mode both grants are written at once";
    auto contents = review.contents();
    ASSERT_TRUE(contents);
    EXPECT_TRUE(contents->turns.empty());
    ASSERT_EQ(contents->answers.size(), 1u);
    EXPECT_EQ(contents->answers[0].second->value, "Sam shares this");
}

TEST_F(TogetherReviewTest, TheReviewIsSavedWholeOrNotAtAll)
{
    ASSERT_TRUE(alex.beginTogether(sam));
    TogetherReview review(alex, sam, std::string(kDate));
    // The disk (or anything) fails at the last write: neither intention may stay behind.
    const RawKeys keys = unwrapKeys(couple.dir(), couple.alexId, TwoPartners::kAlexPassword);
    {
        Database raw = openCoupleRaw(couple.dir(), keys.coupleKey);
        ASSERT_TRUE(raw.exec("CREATE TRIGGER fail_review BEFORE INSERT ON reviews "
                             "BEGIN SELECT RAISE(ABORT, 'no room'); END;"));
    }
    EXPECT_FALSE(review.save("walk on Tuesdays", "phone-free dinner"));
    {
        Database raw = openCoupleRaw(couple.dir(), keys.coupleKey);
        auto count = raw.prepare("SELECT count(*) FROM intentions;");
        ASSERT_TRUE(count && *count->step());
        EXPECT_EQ(count->columnInt(0), 0) << "an intention was saved without its review";
        ASSERT_TRUE(raw.exec("DROP TRIGGER fail_review;"));
    }
    auto saved = review.save("walk on Tuesdays", "");
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->myIntention, "walk on Tuesdays");
    EXPECT_FALSE(saved->partnerIntention.has_value()) << "an empty intention is none";
    // Sam reads it as Sam's partner's, signed by Alex.
    auto samSees = WeeklyReview(sam).review(kDate);
    ASSERT_TRUE(samSees && *samSees);
    EXPECT_EQ((*samSees)->partnerIntention, "walk on Tuesdays");

    // Outside Together mode there is no saving "together".
    alex.endTogether();
    EXPECT_FALSE(review.save("a", "b"));
}

TEST(WeeklyReviewDates, TheReviewDateOnADayIsTheLatestReviewDayOnOrBeforeIt)
{
    // 2026-01-01 is a Thursday.
    EXPECT_EQ(WeeklyReview::reviewDateOn(Weekday::Sunday, "2026-01-01"), "2025-12-28");
    EXPECT_EQ(WeeklyReview::reviewDateOn(Weekday::Thursday, "2026-01-01"), "2026-01-01");
    EXPECT_EQ(WeeklyReview::reviewDateOn(Weekday::Friday, "2026-01-01"), "2025-12-26");
    EXPECT_EQ(WeeklyReview::reviewDateOn(Weekday::Monday, "2024-03-01"), "2024-02-26");
    EXPECT_EQ(WeeklyReview::reviewDateOn(Weekday::Monday, "2026-02-30"), "");
}
