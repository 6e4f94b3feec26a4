// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/FailedUnlocks.h"

#include <cstdint>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

namespace twofold {
namespace {

constexpr std::int64_t kNow = 1'795'275'730'000; // 2026-11-21
constexpr std::int64_t kMinute = 60'000;

TEST(FailedUnlocksTest, PlausibleAttemptsAreCountedWithTheLatest)
{
    const std::vector<std::int64_t> attempts = {kNow - 3 * kMinute, kNow - kMinute, kNow - 2 * kMinute};
    const FailedUnlockSummary summary = summarizeFailedUnlocks(attempts, kNow);
    EXPECT_EQ(summary.count, 3u);
    EXPECT_FALSE(summary.moreThanShown);
    EXPECT_EQ(summary.lastMs, kNow - kMinute);
    EXPECT_EQ(summary.implausible, 0u);
    EXPECT_FALSE(summarizeFailedUnlocks({}, kNow).any());
}

// A forged row "the last at 292278994-08-17" (INT64_MAX ms) is not shown as the last attempt.
TEST(FailedUnlocksTest, AForgedFarFutureRowIsIgnored)
{
    const std::vector<std::int64_t> attempts = {kNow - kMinute, std::numeric_limits<std::int64_t>::max(),
                                                kNow + 24 * 60 * kMinute};
    const FailedUnlockSummary summary = summarizeFailedUnlocks(attempts, kNow);
    EXPECT_EQ(summary.count, 1u);
    EXPECT_EQ(summary.lastMs, kNow - kMinute);
    EXPECT_EQ(summary.implausible, 2u);

    // Only forged rows: nothing to show as an attempt.
    const std::vector<std::int64_t> forged = {std::numeric_limits<std::int64_t>::max()};
    EXPECT_FALSE(summarizeFailedUnlocks(forged, kNow).any());
    EXPECT_EQ(summarizeFailedUnlocks(forged, kNow).implausible, 1u);
}

TEST(FailedUnlocksTest, AFewMinutesOfClockSkewAreAllowed)
{
    const std::vector<std::int64_t> attempts = {kNow + 5 * kMinute};
    EXPECT_EQ(summarizeFailedUnlocks(attempts, kNow).count, 1u);
    const std::vector<std::int64_t> tooFar = {kNow + kFailedUnlockClockSkewMs + 1};
    EXPECT_EQ(summarizeFailedUnlocks(tooFar, kNow).count, 0u);
    // And a clock at the end of time does not overflow.
    EXPECT_EQ(summarizeFailedUnlocks(attempts, std::numeric_limits<std::int64_t>::max()).count, 1u);
}

TEST(FailedUnlocksTest, TimesBefore2020OrBeforeTheVaultAreIgnored)
{
    const std::vector<std::int64_t> attempts = {0, -1, std::numeric_limits<std::int64_t>::min(),
                                                kFailedUnlocksNotBeforeMs - 1, kFailedUnlocksNotBeforeMs};
    const FailedUnlockSummary summary = summarizeFailedUnlocks(attempts, kNow);
    EXPECT_EQ(summary.count, 1u);
    EXPECT_EQ(summary.lastMs, kFailedUnlocksNotBeforeMs);
    EXPECT_EQ(summary.implausible, 4u);

    const std::vector<std::int64_t> beforeTheVault = {kNow - 10 * kMinute};
    EXPECT_EQ(summarizeFailedUnlocks(beforeTheVault, kNow, kNow - kMinute).count, 0u);
}

TEST(FailedUnlocksTest, AHugeCountIsCapped)
{
    const std::vector<std::int64_t> attempts(1'000'000, kNow - kMinute);
    const FailedUnlockSummary summary = summarizeFailedUnlocks(attempts, kNow);
    EXPECT_EQ(summary.count, kFailedUnlocksShownAtMost);
    EXPECT_TRUE(summary.moreThanShown);

    const std::vector<std::int64_t> exactly(kFailedUnlocksShownAtMost, kNow - kMinute);
    EXPECT_FALSE(summarizeFailedUnlocks(exactly, kNow).moreThanShown);
}

} // namespace
} // namespace twofold
