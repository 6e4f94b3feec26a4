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

// Opens the vault, finds --partner, reads the password (--password-fd or the
// terminal, with `promptVerb` as in "Password for Alex: ") and unlocks. On success,
// if someone failed to unlock this partner since their last visit, says so in one
// line on io.err. On failure, reports it and returns the exit code.
std::expected<UnlockedPartner, int> unlockPartner(const Invocation& invocation,
                                                  std::string_view promptVerb = "Password");

} // namespace twofold::cli
