// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "vault/Freshness.h"

#include <cstdint>
#include <filesystem>
#include <string_view>

namespace twofold {
class Database;
class SecretBuffer;
} // namespace twofold

namespace twofold::detail {

struct VaultState;
struct SessionKeys;

// The generation counters of one partner's two files (migrations */0004_freshness.sql).
struct Generations
{
    std::int64_t journal = 0;
    std::int64_t couple = 0;
};

// Where one partner's records outside their journal live: keyring.db's `freshness` row and
// this account's state file. A restore (core/backup) names a keyring.db that is not yet in
// place.
struct RecordPlace
{
    Bytes vaultId;
    std::filesystem::path keyring;
    std::filesystem::path stateFile; // empty: none can be named
};
RecordPlace recordPlace(const VaultState& vault, std::string_view partnerId);

// The highest of the keyring record and the state file that verify with `master` (0 for none).
Generations seenOutsideJournal(const RecordPlace& place, std::string_view partnerId,
                               const SecretBuffer& master);
Status writeKeyringRecord(const RecordPlace& place, std::string_view partnerId, const SecretBuffer& master,
                          Generations seen);
Status writeStateFile(const RecordPlace& place, std::string_view partnerId, const SecretBuffer& master,
                      Generations seen);
// The journal's own counter, and its record of the couple.db counter it has seen.
Result<std::int64_t> journalGeneration(Database& journal);
Result<std::int64_t> coupleSeen(Database& journal);
Status writeCoupleSeen(Database& journal, std::int64_t couple);

// Reads the counters of the open journal and couple.db. A couple.db whose counter cannot
// be read (someone holding the couple key removed it) counts as generation 0.
Result<Generations> currentGenerations(SessionKeys& keys);

// The highest values this partner recorded as seen, from the three places they alone
// write authentically: the journal's couple_seen row, the keyring's `freshness` row and
// the per-account state file. A keyring row or state file whose MAC does not verify
// (forged, or from another vault or partner) is ignored; a missing one counts as 0.
Result<Generations> highestSeen(const VaultState& vault, std::string_view partnerId, SessionKeys& keys);

// Records `seen` in all three places (the state file atomically, 0600 in a 0700 folder).
Status recordSeen(const VaultState& vault, std::string_view partnerId, SessionKeys& keys, Generations seen);

// At unlock: compares the files with what was seen.
Result<Freshness> checkFreshness(const VaultState& vault, std::string_view partnerId, SessionKeys& keys);

// $XDG_STATE_HOME/twofold/<vault-id-hex>-<partner-id>.state (VaultOptions::stateDirectory
// replaces $XDG_STATE_HOME/twofold); empty when no state folder can be named.
std::filesystem::path stateFilePath(const VaultState& vault, std::string_view partnerId);

} // namespace twofold::detail
