// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>

namespace twofold {

// What unlock found about the age of this partner's files (DESIGN.md §4 "Freshness";
// docs/ARCHITECTURE.md, "Freshness"). Each file carries a generation counter that every
// committed change advances; "seen" is the highest value this partner recorded where
// only they can write authentically (their journal, their MAC'd keyring record, their
// per-account state file). A file whose counter is below what was seen is an older copy
// put back: unlock still succeeds, and the shell says so and offers restore or continue.
// A counter above what was seen is never reported (a crash can leave the records behind).
struct Freshness
{
    bool journalOlder = false; // partner-<id>.db is older than this partner last saw it
    bool coupleOlder = false;  // couple.db is older than this partner last saw it
    std::int64_t journalNow = 0;
    std::int64_t journalSeen = 0;
    std::int64_t coupleNow = 0;
    std::int64_t coupleSeen = 0;

    bool anyOlder() const noexcept { return journalOlder || coupleOlder; }
};

} // namespace twofold
