// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/UnlockCouple.h"

#include "cli/ExitCodes.h"
#include "prompts/ShippedPromptPacks.h"

namespace twofold::cli {

std::expected<UnlockedCouple, int> unlockCouple(const Invocation& invocation)
{
    CliIo& io = invocation.io;
    auto unlocked = unlockPartner(invocation);
    if (!unlocked) {
        return std::unexpected(unlocked.error());
    }
    UnlockedCouple result;
    result.vault.emplace(std::move(unlocked->vault));
    result.unlocked.emplace(std::move(unlocked->session));
    if (auto st = result.unlocked->openCouple(shippedPromptPacks()); !st) {
        return std::unexpected(reportError(io.err, st.error()));
    }

    // The partner's name only under their own signature (docs/ARCHITECTURE.md, "Signed
    // records (protocol v2)"): keyring.db is plain SQLite anyone can edit.
    result.partnerName = "your partner";
    auto profile = result.couple().partnerProfile(*result.vault);
    if (!profile) {
        return std::unexpected(reportError(io.err, profile.error()));
    }
    if (profile->authentic) {
        result.partnerName = profile->name;
    }
    // My partner left the couple (docs/ARCHITECTURE.md, "Leaving the couple"): said once.
    if (auto left = result.couple().partnerLeftAt(); left && *left) {
        io.err << "Your partner has left the couple space. Your journal is yours as before.\n";
        (void)result.couple().dismissPartnerLeft();
    }
    return result;
}

} // namespace twofold::cli
