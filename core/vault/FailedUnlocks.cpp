// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/FailedUnlocks.h"

#include <algorithm>
#include <limits>

namespace twofold {

FailedUnlockSummary summarizeFailedUnlocks(std::span<const std::int64_t> attempts, std::int64_t nowMs,
                                           std::int64_t notBeforeMs)
{
    FailedUnlockSummary summary;
    const std::int64_t earliest = std::max(notBeforeMs, kFailedUnlocksNotBeforeMs);
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    const std::int64_t latest =
        nowMs > kMax - kFailedUnlockClockSkewMs ? kMax : nowMs + kFailedUnlockClockSkewMs;
    std::size_t plausible = 0;
    for (const std::int64_t at : attempts) {
        if (at < earliest || at > latest) {
            ++summary.implausible;
            continue;
        }
        ++plausible;
        summary.lastMs = std::max(summary.lastMs.value_or(at), at);
    }
    summary.count = std::min(plausible, kFailedUnlocksShownAtMost);
    summary.moreThanShown = plausible > kFailedUnlocksShownAtMost;
    return summary;
}

} // namespace twofold
