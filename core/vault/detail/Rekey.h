// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace twofold {
class SecretBuffer;
struct KeyringRow;
} // namespace twofold

// Re-keying ("Lock out anyone who knew my old password"; docs/ARCHITECTURE.md,
// "Re-keying"), in three phases:
//   A. the journal is copied, re-encrypted under the new master key's journal key, into
//      partner-<id>.db.rekey; in that copy my items are sealed and signed with my new key
//      pairs, and my old secret keys are kept (rekey_pending) for phase C;
//   B. one keyring.db transaction replaces my row: the commit point;
//   C. couple.db is brought over to my new keys in one transaction (my row, a rotation
//      record signed by my old key, seals and signatures), then rekey_pending is emptied.
// A crash before B leaves the old password working (a leftover .rekey file is deleted at
// the next unlock); after B, the next unlock moves the .rekey file into place and runs C.
// Phase A and the files: Rekey.cpp; B: Session::rekey; C: FinishRekey.cpp. Private to core.
namespace twofold::detail {

struct VaultState;
struct SessionKeys;

std::filesystem::path rekeyedJournalPath(const VaultState& vault, std::string_view partnerId);

// Phase A: writes the re-keyed journal (fsynced, with its folder) and the rotation record.
Status writeRekeyedJournal(const VaultState& vault, std::string_view partnerId, SessionKeys& old,
                           const SessionKeys& fresh, std::int64_t nowMs);

// After B, with the old journal closed: the .rekey file replaces the journal.
Status installRekeyedJournal(const VaultState& vault, std::string_view partnerId);

// At unlock, before the journal opens with journalKey (from the keyring as it is now):
// a .rekey file that journalKey does not open where the journal does is a re-key that never
// committed (deleted); one that it opens where the journal does not is committed (installed).
Status settleRekeyedJournal(const VaultState& vault, std::string_view partnerId,
                            const SecretBuffer& journalKey);

// Phase C, when the open journal has rekey_pending (else nothing): `row` is my keyring row.
Status finishRekey(const KeyringRow& row, SessionKeys& keys, std::int64_t nowMs);

} // namespace twofold::detail
