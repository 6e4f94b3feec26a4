// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/detail/MyItemStore.h"
#include "crypto/SignKeyPair.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace twofold {
class Database;
class Session;
} // namespace twofold

// Key rotations (docs/ARCHITECTURE.md, "Re-keying"): a partner who re-keys signs, with
// the OLD signing key, a record naming their old and new public keys (couple migration
// 0006). The other partner's session moves its pin only along such records, each signed
// by the key before it; anything else stays "keys changed". Private to core.
namespace twofold::detail {

struct KeyRotation
{
    std::string partnerId;
    Pin from;
    Pin to;
    Bytes signature; // by from.signPublicKey over keyRotationMessage
    std::int64_t atMs = 0;
};

// "twofold-key-rotation-v1" ‖ partner id ‖ old box ‖ old sign ‖ new box ‖ new sign,
// each length-prefixed. The old keys bind a record to one step of one partner's history.
Bytes keyRotationMessage(std::string_view partnerId, const Pin& from, const Pin& to);

// Signs and writes (or writes again) a rotation of partnerId from `from` to `to`.
Status recordKeyRotation(Database& couple, std::string_view partnerId, const Pin& from, const Pin& to,
                         const SignKeyPair& oldSign, std::int64_t atMs);

// Whether couple.db holds a chain of rotation records of partnerId leading from `from`
// to `to`, each signed by the signing key it rotates away from.
Result<bool> rotationLeadsTo(Database& couple, std::string_view partnerId, const Pin& from, const Pin& to);

// The other partner's side, called by GrantResolver::partner() when couple.db's keys of
// my partner differ from the ones pinned in my journal: if a signed chain leads from the
// pin to them, the pin moves, and every grant of mine to my partner (in couple.db and
// as my journal records it) is sealed again to their new public key. Returns whether
// the new keys are now trusted.
Result<bool> followKeyRotation(Session& session, std::string_view me, std::string_view partnerId,
                               const Pin& pinned, const Pin& current, std::int64_t nowMs);

} // namespace twofold::detail
