// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// CoupleSession: one partner unlocked with their couple space, and the Together partner,
// torn down in the right order, on the vault's clock (issue 11).
#include "couple/CoupleSession.h"

#include "couple/WeeklyReview.h"
#include "support/CoupleTestSupport.h"

#include <gtest/gtest.h>

using namespace twofold;
using namespace twofold::test;

TEST(CoupleSessionTest, TheCoupleSpaceRunsOnTheVaultsClock)
{
    ManualClock clock; // 2026-01-01, a Thursday
    TwoPartners couple(&clock);
    CoupleSession alex(std::move(*couple.alex));
    ASSERT_TRUE(alex.openCouple(shippedPacks()));
    auto schedule = WeeklyReview(*alex.couple()).schedule();
    ASSERT_TRUE(schedule);
    EXPECT_EQ(schedule->currentReviewDate, "2025-12-28") << "the space used another clock than the vault's";
}

TEST(CoupleSessionTest, TogetherIsOnlyWithTheOtherPartnerAndLockEndsBothInOrder)
{
    TwoPartners couple;
    CoupleSession alex(std::move(*couple.alex));
    // Not before this partner's own space is open.
    EXPECT_FALSE(alex.beginTogether(std::move(*couple.sam), shippedPacks()));
    EXPECT_FALSE(alex.isTogether());
    ASSERT_TRUE(alex.openCouple(shippedPacks()));

    // Alex's own second session is no "other partner": refused, and locked.
    Session second = std::move(couple.unlock("alex"));
    couple.alex.reset();
    EXPECT_FALSE(alex.beginTogether(std::move(second), shippedPacks()));
    EXPECT_FALSE(alex.isTogether());
    EXPECT_EQ(alex.otherSession(), nullptr);

    ASSERT_TRUE(alex.beginTogether(std::move(couple.unlock("sam")), shippedPacks()));
    couple.sam.reset();
    ASSERT_TRUE(alex.isTogether());
    EXPECT_TRUE(alex.couple()->isTogether());
    EXPECT_TRUE(alex.otherCouple()->isTogether());
    EXPECT_EQ(alex.otherSession()->partner().id, couple.samId);

    // A move keeps everything working: the spaces read through sessions on the heap.
    CoupleSession moved(std::move(alex));
    ASSERT_TRUE(moved.otherCouple()->promptStates());
    ASSERT_TRUE(moved.couple()->promptStates());

    moved.endTogether();
    EXPECT_FALSE(moved.isTogether());
    EXPECT_EQ(moved.otherSession(), nullptr);
    EXPECT_FALSE(moved.couple()->isTogether());
    EXPECT_TRUE(moved.isUnlocked()) << "ending Together leaves this partner unlocked";

    ASSERT_TRUE(moved.beginTogether(std::move(couple.unlock("sam")), shippedPacks()));
    moved.lock();
    EXPECT_FALSE(moved.isUnlocked());
    EXPECT_EQ(moved.couple(), nullptr);
    EXPECT_EQ(moved.otherSession(), nullptr);
}
