// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace twofold {

// What may honestly be said about the failed unlock attempts read at unlock
// (Session::failedAttemptsSinceLastUnlock). keyring.db is plain SQLite: anyone with the
// files can read, erase or forge its failed_unlocks rows, so the record is a hint, never
// proof. What it shows is bounded: a time in the future (beyond a few minutes of clock
// skew) or before any Twofold vault could exist is not an attempt that happened and is
// left out, and a count above kFailedUnlocksShownAtMost is said as "more than" that.
// Guesses against a copy of the files are never recorded at all. docs/SECURITY.md.
inline constexpr std::size_t kFailedUnlocksShownAtMost = 100;
// Clock skew tolerated between the attempt and this unlock.
inline constexpr std::int64_t kFailedUnlockClockSkewMs = 10LL * 60 * 1000;
// 2020-01-01T00:00:00Z: no Twofold vault is older.
inline constexpr std::int64_t kFailedUnlocksNotBeforeMs = 1'577'836'800'000;

struct FailedUnlockSummary
{
    // Plausible attempts, at most kFailedUnlocksShownAtMost.
    std::size_t count = 0;
    // More plausible attempts than kFailedUnlocksShownAtMost were recorded.
    bool moreThanShown = false;
    // The latest plausible attempt; none when count is 0.
    std::optional<std::int64_t> lastMs;
    // Rows left out because their time cannot be true.
    std::size_t implausible = 0;

    bool any() const noexcept { return count > 0; }
};

// `attempts` as recorded (UTC ms, any order); `nowMs` from the session's clock;
// `notBeforeMs` the earliest time an attempt could have happened (the vault's or the
// partner's creation when known, else kFailedUnlocksNotBeforeMs).
FailedUnlockSummary summarizeFailedUnlocks(std::span<const std::int64_t> attempts, std::int64_t nowMs,
                                           std::int64_t notBeforeMs = kFailedUnlocksNotBeforeMs);

} // namespace twofold
