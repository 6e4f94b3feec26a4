// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "crypto/SecretBuffer.h"

#include <filesystem>
#include <string>

namespace twofold {

namespace detail {
struct ConsentAccess;
}

// What a partner typed to prove they are who they say.
enum class Credential
{
    Password,
    RecoveryCode,
    // Either, told apart by shape: text that reads as a recovery code is tried as one first,
    // then as a password (so a wrong guess of that shape is recorded twice).
    PasswordOrRecoveryCode,
};

// Proof that the person at the keyboard knew a partner's *current* password or recovery
// code: checked with Argon2id against the vault's keyring as it is now, never against a
// backup's (Vault::confirmPartner). Whatever replaces a partner's data asks for one
// (DESIGN.md §6; restoreBackup in core/backup/Backup.h checks it again, under the vault's
// lock, against the keyring it replaces). Only core makes one; it is move-only and the key
// it holds lives in secure memory and is wiped with it.
class PartnerConsent
{
public:
    PartnerConsent(PartnerConsent&&) noexcept = default;
    PartnerConsent& operator=(PartnerConsent&&) noexcept = default;
    ~PartnerConsent() = default;

    const std::string& partnerId() const noexcept { return m_partnerId; }
    // The vault it was given for, as hex (Vault::vaultId()).
    std::string vaultId() const { return toHex(m_vaultId); }

private:
    friend class Vault;
    friend struct detail::ConsentAccess;
    PartnerConsent(Bytes vaultId, std::string partnerId, Bytes rowMac, SecretBuffer master,
                   std::filesystem::path stateFile)
        : m_vaultId(std::move(vaultId)), m_partnerId(std::move(partnerId)), m_rowMac(std::move(rowMac)),
          m_master(std::move(master)), m_stateFile(std::move(stateFile))
    {}

    Bytes m_vaultId;
    std::string m_partnerId;
    Bytes m_rowMac;                    // of the keyring row it was checked against: that row, no other
    SecretBuffer m_master;             // the partner's master key, unwrapped from the current keyring
    std::filesystem::path m_stateFile; // where this account keeps the partner's freshness record
};

} // namespace twofold
