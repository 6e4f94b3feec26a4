// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <string_view>

namespace twofold {
class Database;
class SecretBuffer;
} // namespace twofold

// Leaving the couple ("Leave this couple"; docs/ARCHITECTURE.md, "Leaving the couple"):
//   A. a leave record in keyring.db, MAC'd with a subkey of the leaver's master key: the
//      commit point. Only the leaver can make one the check accepts, so nothing the other
//      partner writes can start (or finish) a leave in the leaver's name;
//   B. couple.db: every row the leaver wrote or that names them, in one transaction
//      (secure_delete on, the WAL checkpointed away);
//   C. the leaver's journal and its side files deleted, the folder fsynced;
//   D. one keyring.db transaction deletes the leaver's row and every record kept for them.
// A crash before A leaves the couple as it was; after A, the leaver's next unlock (with
// their password or recovery code) runs B–D again and reports ErrorCode::PartnerLeft.
// Private to core.
namespace twofold::detail {

struct VaultState;
struct SessionKeys;

// A: the commit point.
Status recordLeave(const VaultState& vault, std::string_view partnerId, const SecretBuffer& master,
                   std::int64_t nowMs);

// Whether keyring.db holds a leave record for this partner that their master key made.
Result<bool> leaveRecorded(const VaultState& vault, std::string_view partnerId, const SecretBuffer& master);

// Whether keyring.db holds any leave record for this partner (unauthenticated: for the
// other partner's unlock, which must not refuse a keyring whose leaver is half gone).
bool leaveUnderWay(const VaultState& vault, std::string_view partnerId);

// B: the leaver's rows in couple.db (idempotent).
Status removeFromCouple(Database& couple, std::string_view partnerId);

// B–D, after A. Closes the journal in `keys`.
Status finishLeave(VaultState& vault, std::string_view partnerId, SessionKeys& keys);

} // namespace twofold::detail
