// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Journal.h"
#include "storage/Database.h"

namespace twofold::detail {

// A partner's journal database, for the parts of core that keep their own rows in it
// (freshness counters, my items and pins of the couple space, re-keying, backup and restore,
// import's record of what came in) and for tests that forge rows. Not for the shells:
// LayeringTest keeps ui/ and app/ out of every detail/ folder, so Journal's public API is all
// they can reach.
class JournalAccess
{
public:
    static Database& database(Journal& journal) noexcept { return journal.database(); }
};

} // namespace twofold::detail
