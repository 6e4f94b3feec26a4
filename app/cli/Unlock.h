// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "cli/Commands.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <expected>
#include <string_view>

namespace twofold::cli {

// An open vault and one partner's unlocked session (declared in this order so the
// session is locked before the vault lets go of its directory lock).
struct UnlockedPartner
{
    Vault vault;
    Session session;
};

// Whether an older journal or couple.db (DESIGN.md §4 "Freshness") stops the command.
enum class OlderFiles
{
    Refuse, // say so on io.err and exit 3: every command until the user accepts them
    Allow,  // `verify --accept-older`, which records them as seen
};

// Opens the vault, finds --partner, reads the password (--password-fd or the
// terminal, with `promptVerb` as in "Password for Alex: ") and unlocks. On success,
// if someone failed to unlock this partner since their last visit, says so in one
// line on io.err. If the journal or couple.db is older than this partner last saw it,
// says so and returns exit 3 unless `older` is Allow. On failure, reports it and returns
// the exit code.
std::expected<UnlockedPartner, int> unlockPartner(const Invocation& invocation,
                                                  std::string_view promptVerb = "Password",
                                                  OlderFiles older = OlderFiles::Refuse);

// The sentences for what Session::freshness() found, one per older file, joined by a space.
std::string olderFilesSentence(const Freshness& freshness);

} // namespace twofold::cli
