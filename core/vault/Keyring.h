// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "storage/Database.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

class SecretBuffer;

// One partner's row of keyring.db. Nothing here is secret in clear; every wrapped
// value is bound by its associated data to (vault id, partner id, slot name).
struct KeyringRow
{
    std::string id;
    int slot = 0;
    std::string name;
    std::string colour;
    std::int64_t createdMs = 0;
    Bytes passwordSalt;
    KdfParams passwordKdf;
    Bytes passwordWrappedMaster;
    Bytes recoverySalt;
    KdfParams recoveryKdf;
    Bytes recoveryWrappedMaster;
    Bytes boxPublicKey;
    Bytes wrappedBoxSecret;
    Bytes wrappedCoupleKey;
    Bytes rowMac; // BLAKE2b keyed with a subkey of the master key, over every field above
    // Ed25519 (protocol v2): empty in a row of the first release until its partner's
    // next unlock adds them. The MAC covers them once present ("keyring-row-v2").
    Bytes signPublicKey;
    Bytes wrappedSignSecret;
};

// keyring.db: plain SQLite and untrusted input (DESIGN.md §3). This class only
// reads, checks the shape of, and writes rows; authentication happens in Vault
// once a master key is unwrapped.
class Keyring
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr std::size_t kVaultIdBytes = 16;

    static Result<Keyring> create(const std::filesystem::path& path, ByteView vaultId);
    static Result<Keyring> open(const std::filesystem::path& path);

    const Bytes& vaultId() const noexcept { return m_vaultId; }

    // Rows that are structurally sound; a malformed row makes the keyring damaged.
    Result<std::vector<KeyringRow>> rows();
    Result<std::optional<KeyringRow>> row(std::string_view partnerId);
    Status insert(const KeyringRow& row);
    // Every field but id, slot and created_at, in one statement (a re-key's commit point).
    Status update(const KeyringRow& row);
    // Deletes the partner's row and every record kept for them (failed attempts, freshness,
    // a leave under way) in one transaction: the end of leaving the couple. NotFound when
    // there is no such row.
    Status remove(std::string_view partnerId);

    Status recordFailedUnlock(std::string_view partnerId, std::int64_t atMs);
    // Returns the recorded attempts and clears them.
    Result<std::vector<std::int64_t>> takeFailedUnlocks(std::string_view partnerId);

    // The associated data binding a wrapped value to its place.
    Bytes associatedData(std::string_view partnerId, std::string_view slotName) const;
    // The bytes the row MAC covers (everything but the MAC), length-prefixed.
    Bytes macInput(const KeyringRow& row) const;
    // BLAKE2b over macInput(row), keyed with a subkey of the partner's master key.
    Bytes computeMac(const KeyringRow& row, const SecretBuffer& master) const;
    // Constant-time check of row.rowMac.
    bool macIsValid(const KeyringRow& row, const SecretBuffer& master) const;

    static bool isValidPartnerId(std::string_view id);

private:
    Keyring(Database db, Bytes vaultId) noexcept : m_db(std::move(db)), m_vaultId(std::move(vaultId)) {}
    Result<KeyringRow> readRow(const class Statement& stmt) const;

    Database m_db;
    Bytes m_vaultId;
};

} // namespace twofold
