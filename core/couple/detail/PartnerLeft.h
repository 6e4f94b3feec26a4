// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string_view>

namespace twofold {
class Session;
}

// The remaining partner's side of "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the
// couple"). Private to core.
namespace twofold::detail {

// Journal setting: when this partner's session found that their partner had left (UTC ms).
// The shells say so until this partner dismisses it, or a new partner joins.
inline constexpr std::string_view kPartnerLeftSetting = "couple.partner_left";

// The partner pinned in my journal as `leftId` has left (Session::partnerHasLeft). What I
// agreed to reveal, I agreed to with them: in ONE journal transaction my agreements and the
// grants my journal recorded are forgotten (my answers and check-ins stay in my journal,
// private), my offers and kept earlier versions are dropped, their pin and everything my
// journal remembered of theirs is deleted, and every row of mine in couple.db is marked as
// being unpublished, so the grant resolver that runs next removes them without an alarm
// (crash-safe like any unpublish). A new partner starts from nothing I agreed to before.
// My journal entries are not touched.
Status closeAfterPartnerLeft(Session& session, std::string_view leftId, std::int64_t nowMs);

} // namespace twofold::detail
