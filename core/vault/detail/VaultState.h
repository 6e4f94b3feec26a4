// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/FileLock.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/SecretBuffer.h"
#include "crypto/SignKeyPair.h"
#include "journal/Journal.h"
#include "storage/Database.h"
#include "vault/Keyring.h"
#include "vault/Vault.h"

#include <filesystem>
#include <optional>

namespace twofold::detail {

// What a Vault and its Sessions share: the directory, its lock (shared: docs/ARCHITECTURE.md,
// "Locks") and the keyring.
struct VaultState
{
    std::filesystem::path dir;
    VaultOptions options;
    Keyring keyring;
    FolderLock lock;

    VaultState(std::filesystem::path d, VaultOptions o, Keyring k, FolderLock l)
        : dir(std::move(d)), options(o), keyring(std::move(k)), lock(std::move(l))
    {}
    ~VaultState() = default;
    VaultState(const VaultState&) = delete;
    VaultState& operator=(const VaultState&) = delete;

    std::filesystem::path keyringPath() const { return dir / "keyring.db"; }
    std::filesystem::path couplePath() const { return dir / "couple.db"; }
    std::filesystem::path journalPath(std::string_view partnerId) const
    {
        return dir / ("partner-" + std::string(partnerId) + ".db");
    }
    std::filesystem::path partnerLockPath(std::string_view partnerId) const
    {
        return dir / ("partner-" + std::string(partnerId) + ".lock");
    }
};

// An unlocked partner's keys and open databases; all wiped on lock.
struct SessionKeys
{
    PartnerLock journalLock; // this partner's journal is open in this process only; released last
    SecretBuffer master;
    BoxKeyPair box;
    SignKeyPair sign;
    SecretBuffer coupleKey;
    std::optional<Journal> journal;
    Database couple;
};

// Subkey contexts (crypto_kdf needs exactly 8 characters).
inline constexpr char kJournalKeyContext[9] = "journal_";

} // namespace twofold::detail
