// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/WeeklyReview.h"

#include "support/CoupleTestSupport.h"
#include "support/LegacyReviews.h"

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

namespace {

constexpr std::int64_t kDay = 24LL * 60 * 60 * 1000;
// ManualClock starts at 2026-01-01 00:00 UTC, a Thursday.

} // namespace

TEST(WeeklyReviewTest, ReviewDueFollowsTheReviewDayAndTheClock)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    WeeklyReview review(alex);
    EXPECT_EQ(*review.reviewDay(), Weekday::Sunday);

    auto s = review.schedule();
    ASSERT_TRUE(s);
    EXPECT_EQ(s->currentReviewDate, "2025-12-28");
    EXPECT_FALSE(s->due) << "a review day before the couple existed is not owed";
    EXPECT_EQ(s->nextReviewDate, "2026-01-04");

    clock.advanceMs(3 * kDay); // Sunday 2026-01-04
    s = review.schedule();
    EXPECT_EQ(s->currentReviewDate, "2026-01-04");
    EXPECT_TRUE(s->due);
    EXPECT_EQ(s->daysOverdue, 0);

    clock.advanceMs(2 * kDay); // Tuesday
    s = review.schedule();
    EXPECT_TRUE(s->due);
    EXPECT_EQ(s->daysOverdue, 2);

    ASSERT_TRUE(saveLegacyReview(review, "2026-01-04"));
    s = review.schedule();
    EXPECT_FALSE(s->due);
    EXPECT_EQ(s->nextReviewDate, "2026-01-11");

    // Review day moved to Wednesday (either partner may): Wednesday 2026-01-07 is due.
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(WeeklyReview(sam).setReviewDay(Weekday::Wednesday));
    clock.advanceMs(kDay);
    s = review.schedule();
    EXPECT_EQ(s->reviewDay, Weekday::Wednesday);
    EXPECT_EQ(s->currentReviewDate, "2026-01-07");
    EXPECT_TRUE(s->due);
}

TEST(WeeklyReviewTest, ANewCoupleHasNoReviewDoneYet)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    WeeklyReview review(alex);
    // Before the first review day the couple owes nothing, and nothing is done either.
    auto s = review.schedule();
    ASSERT_TRUE(s);
    EXPECT_FALSE(s->due);
    EXPECT_FALSE(s->currentSaved) << "not \"this week's review is done\" before any review exists";
    EXPECT_FALSE(s->lastSavedDate.has_value());

    clock.advanceMs(3 * kDay); // Sunday 2026-01-04
    ASSERT_TRUE(saveLegacyReview(review, "2026-01-04"));
    s = review.schedule();
    EXPECT_FALSE(s->due);
    EXPECT_TRUE(s->currentSaved);
    EXPECT_EQ(s->lastSavedDate, "2026-01-04");

    clock.advanceMs(7 * kDay); // the next Sunday: due again, the last review stays known
    s = review.schedule();
    EXPECT_TRUE(s->due);
    EXPECT_FALSE(s->currentSaved);
    EXPECT_EQ(s->lastSavedDate, "2026-01-04");

    // A record that does not check is no review done.
    const RawKeys sam = unwrapKeys(couple.dir(), couple.samId, TwoPartners::kSamPassword);
    Database raw = openCoupleRaw(couple.dir(), sam.coupleKey);
    ASSERT_TRUE(raw.exec("INSERT INTO reviews (review_date, saved_at, signed_by, signature)"
                         " VALUES ('2026-01-11', 1, '" +
                         couple.alexId + "', x'00');"));
    s = review.schedule();
    EXPECT_TRUE(s->due);
    EXPECT_FALSE(s->currentSaved);
    EXPECT_EQ(s->lastSavedDate, "2026-01-04");
}

TEST(WeeklyReviewTest, LocalTimeDecidesTheDay)
{
    ManualClock clock(1'767'225'600'000 + 2 * kDay + 23 * 60 * 60 * 1000); // Saturday 23:00 UTC
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    WeeklyReview review(alex);
    EXPECT_FALSE(review.schedule(0)->due);
    EXPECT_TRUE(review.schedule(+120)->due) << "already Sunday at UTC+2";
    EXPECT_FALSE(review.schedule(24 * 60).has_value());
}

TEST(WeeklyReviewTest, CheckInsAreRevealedTogetherWithIntentionsAndHistory)
{
    ManualClock clock;
    TwoPartners couple(&clock);
    CoupleSpace alex = couple.openSpace(*couple.alex);
    CoupleSpace sam = couple.openSpace(*couple.sam);
    ASSERT_TRUE(alex.beginTogether(sam));
    const std::string date = "2026-01-04";
    const CheckIn alexCheckIn{4, 3, 2, 5, "the walk on Sunday", "more sleep"};
    const CheckIn samCheckIn{3, 3, 4, 4, "you cooked", "a quiet evening"};
    ASSERT_TRUE(alex.checkIn(date, alexCheckIn, Reveal::Yes));
    auto early = sam.readCheckIn(date);
    ASSERT_TRUE(early);
    EXPECT_FALSE(early->partners.has_value());
    EXPECT_EQ(early->status.state, RevealState::WaitingForYou);
    ASSERT_TRUE(sam.checkIn(date, samCheckIn, Reveal::Yes));
    auto alexView = alex.readCheckIn(date);
    ASSERT_TRUE(alexView && alexView->partners);
    EXPECT_EQ(alexView->partners->value, samCheckIn);
    EXPECT_EQ(alexView->mine->value, alexCheckIn);
    EXPECT_EQ(sam.readCheckIn(date)->partners->value, alexCheckIn);

    EXPECT_FALSE(alex.checkIn(date, CheckIn{0, 3, 3, 3, "", ""}));
    EXPECT_FALSE(alex.checkIn("2026-02-30", alexCheckIn));

    WeeklyReview alexReview(alex);
    WeeklyReview samReview(sam);
    ASSERT_TRUE(alexReview.setIntention(date, "phones away at dinner"));
    ASSERT_TRUE(samReview.setIntention(date, "one walk together"));
    EXPECT_FALSE(alexReview.setIntention(date, ""));
    auto saved = saveLegacyReview(alexReview, date);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->myIntention, "phones away at dinner");
    EXPECT_EQ(saved->partnerIntention, "one walk together");
    EXPECT_EQ(saved->savedMs, clock.nowMs());

    clock.advanceMs(7 * kDay);
    ASSERT_TRUE(saveLegacyReview(samReview, "2026-01-11"));
    auto history = samReview.history();
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[0].reviewDate, "2026-01-11");
    EXPECT_EQ((*history)[1].reviewDate, date);
    EXPECT_EQ((*history)[1].myIntention, "one walk together");
    EXPECT_EQ((*history)[1].partnerIntention, "phones away at dinner");
    EXPECT_FALSE((*history)[0].myIntention.has_value());
}

TEST(WeeklyReviewTest, DatesAreChecked)
{
    EXPECT_TRUE(WeeklyReview::isValidDate("2028-02-29"));
    EXPECT_FALSE(WeeklyReview::isValidDate("2027-02-29"));
    EXPECT_FALSE(WeeklyReview::isValidDate("2026-1-04"));
    EXPECT_FALSE(WeeklyReview::isValidDate("2026-01-04 "));
    EXPECT_FALSE(WeeklyReview::isValidDate("abcd-ef-gh"));
}
