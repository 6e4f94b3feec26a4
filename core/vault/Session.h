// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "journal/Journal.h"
#include "vault/Freshness.h"
#include "vault/PartnerInfo.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace twofold {

namespace detail {
struct VaultState;
struct SessionKeys;
} // namespace detail

class Clock;
class Database;
class RandomSource;
class SecretBuffer;

// One unlocked partner. Holds that partner's keys in secure memory and their open
// journal; lock() (or destruction) closes the databases and wipes every key.
class Session
{
public:
    Session(Session&&) noexcept;
    Session& operator=(Session&&) noexcept;
    ~Session();

    bool isUnlocked() const noexcept;
    const PartnerInfo& partner() const noexcept { return m_partner; }
    // The vault folder this session belongs to (also after lock()).
    const std::filesystem::path& vaultDirectory() const noexcept;
    // The vault's clock and random source (VaultOptions), for whatever reads through this
    // session: the couple space takes its time from here, never from a default.
    const Clock& clock() const noexcept;
    RandomSource& random() const noexcept;

    // The private journal. Precondition: isUnlocked().
    Journal& journal();
    // couple.db, shared by both partners, encrypted with the couple key.
    Database& coupleDatabase();
    // This partner's X25519 public key, derived from the unwrapped secret key.
    const Bytes& publicKey() const;
    // Opens a crypto_box_seal addressed to this partner (an envelope's item key, for
    // core/couple), without handing out the secret key. WrongKey if it does not open;
    // NotUnlocked after lock().
    Result<SecretBuffer> openSealed(ByteView sealed) const;
    // This partner's Ed25519 public key (derived from the unwrapped seed), and a
    // signature by it: what proves that a shared item is theirs (DESIGN.md §4).
    const Bytes& signPublicKey() const;
    Result<Bytes> sign(ByteView message) const;

    // Whether `password` is this partner's current password (Argon2id): what the shells ask
    // before anything that changes who can get in (DESIGN.md §6). A wrong one is recorded as
    // a failed attempt, like a wrong unlock.
    Status verifyPassword(const SecretBuffer& password);
    // Re-wraps the master key under a new password (Argon2id, nothing re-encrypted).
    Status changePassword(const SecretBuffer& newPassword);
    // A fresh recovery code; the old one stops working.
    Result<SecretBuffer> resetRecoveryCode();
    // "Lock out anyone who knew my old password" (docs/ARCHITECTURE.md, "Re-keying"): a new
    // master key, the journal re-encrypted under it, new key pairs, every seal and signature
    // of mine redone, and a new recovery code (returned, to be shown once). Crash-safe: the
    // old password works until one keyring.db transaction commits, the new one after it.
    // Once that commit happened the new code is returned even if finishing failed; the
    // session is then locked and the next unlock finishes (isUnlocked() tells).
    Result<SecretBuffer> rekey(const SecretBuffer& newPassword);

    // "Leave this couple" (docs/ARCHITECTURE.md, "Leaving the couple"): with this partner's
    // current password (a wrong one is WrongPassword, recorded as a failed attempt, and
    // changes nothing), deletes this partner's journal, keyring row and everything of theirs
    // in couple.db. The other partner's journal is not touched. Crash-safe: once a leave
    // record that only this partner's key can make is in keyring.db, the next unlock with
    // this partner's password or recovery code finishes it (and reports PartnerLeft). On
    // success the session is locked; the shells offer an export first.
    Status leaveCouple(const SecretBuffer& password);

    // Whether `partnerId`, a partner this journal once knew, has left the couple: keyring.db
    // has no row for them, or their leave is under way and couple.db no longer names them.
    // Nothing in it is authenticated (anyone may delete rows): the couple space only
    // withdraws this partner's own agreements on it, never deletes anything of the other's.
    Result<bool> partnerHasLeft(std::string_view partnerId);

    // Failed unlock attempts (UTC ms) recorded since this partner last unlocked;
    // read and cleared at unlock, shown to this partner alone.
    const std::vector<std::int64_t>& failedAttemptsSinceLastUnlock() const noexcept
    {
        return m_failedAttempts;
    }

    // Whether unlock found the journal or couple.db older than this partner last saw them
    // (an older copy put back). The session works; the shell says so before anything else
    // and offers restore from a backup or continue (docs/ARCHITECTURE.md, "Freshness").
    const Freshness& freshness() const noexcept { return m_freshness; }
    // "Continue": records the files as they are now as seen, so they are no longer reported.
    Status acceptOlderFiles();

    // Records what this session saw (never lowering an unaccepted record), closes the
    // databases and wipes every key. The session is unusable afterwards.
    void lock() noexcept;

private:
    friend class Vault;
    enum class Slot
    {
        Password,
        RecoveryCode,
    };
    Status rewrapMaster(const SecretBuffer& secret, Slot slot);
    // At unlock: compare the files with what was seen, then record (core/vault/detail/FreshnessRecords).
    Status checkFreshness();
    Status recordFreshness();

    Session(std::shared_ptr<detail::VaultState> vault, PartnerInfo partner,
            std::unique_ptr<detail::SessionKeys> keys, std::vector<std::int64_t> failedAttempts);

    std::shared_ptr<detail::VaultState> m_vault;
    PartnerInfo m_partner;
    std::unique_ptr<detail::SessionKeys> m_keys;
    std::vector<std::int64_t> m_failedAttempts;
    Freshness m_freshness;
    bool m_recordFreshnessOnLock = true; // false when the check failed: never lower a record
};

} // namespace twofold
