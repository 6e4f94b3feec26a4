// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/Commands.h"
#include "cli/Unlock.h"
#include "couple/CoupleSession.h"

#include <expected>
#include <memory>
#include <optional>
#include <string>

namespace twofold::cli {

// One partner unlocked with their couple space open (core's CoupleSession, which owns
// the session and the space in teardown order). The vault is declared first, so it lets
// go of its directory lock only after the session is locked.
struct UnlockedCouple
{
    std::optional<Vault> vault;
    std::optional<CoupleSession> unlocked;
    std::string partnerName; // "your partner" while nobody else has enrolled, or unsigned

    Session& session() { return unlocked->session(); }
    CoupleSpace& couple() { return *unlocked->couple(); }
};

// unlockPartner(), then CoupleSpace::open with the shipped prompt packs right away, so
// this partner's pending grants are written before anything is shown (DESIGN.md §4).
std::expected<UnlockedCouple, int> unlockCouple(const Invocation& invocation);

} // namespace twofold::cli
