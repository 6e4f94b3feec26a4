// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "crypto/Kdf.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "vault/PartnerConsent.h"
#include "vault/PartnerInfo.h"
#include "vault/Session.h"

#include <filesystem>
#include <memory>
#include <string_view>
#include <vector>

namespace twofold {

namespace detail {
struct VaultState;
}

struct VaultOptions
{
    KdfParams kdf = KdfParams::production();        // for new partners and password changes
    KdfParams floor = KdfParams::productionFloor(); // stored parameters below this are refused
    const Clock* clock = &SystemClock::instance();
    RandomSource* random = &SystemRandom::instance();
    // Where this OS account keeps its freshness state files; empty: $XDG_STATE_HOME/twofold
    // (default ~/.local/state/twofold). Tests point it at a scratch folder.
    std::filesystem::path stateDirectory;

    // The defaults, except that a build configured with the test hook
    // -DTWOFOLD_INSECURE_FAST_KDF_HOOK=ON (scripts/test does) honours
    // TWOFOLD_INSECURE_FAST_KDF=1 so end-to-end tests of the binaries stay quick.
    // Every other build ignores the variable; install refuses a build with the hook.
    static VaultOptions fromEnvironment();
};

struct NewPartner
{
    std::string name;
    std::string colour = "#7a5c99";
};

struct Enrollment
{
    Session session;           // the new partner, unlocked
    SecretBuffer recoveryCode; // shown once, never stored in clear
};

// The vault directory (DESIGN.md §3): keyring.db, partner-<id>.db, couple.db.
// Holding a Vault holds the directory's lock shared: other processes (of either account
// of a shared vault) may open it too, a restore may not. Unlocking a partner takes that
// partner's journal lock: a second process unlocking the same partner gets VaultInUse.
class Vault
{
public:
    static Result<Vault> create(const std::filesystem::path& dir, VaultOptions options = {});
    static Result<Vault> open(const std::filesystem::path& dir, VaultOptions options = {});
    static bool exists(const std::filesystem::path& dir);
    // The default vault directory (from TWOFOLD_VAULT or the caller's data dir).
    static std::filesystem::path defaultDirectory(const std::filesystem::path& appDataDir);

    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    ~Vault();

    // From here on no other process has the vault open or can open it (a move, docs/
    // ARCHITECTURE.md "Two accounts, one vault"); VaultInUse while another process has it.
    Status holdExclusively();

    const std::filesystem::path& directory() const;
    std::string vaultId() const; // hex, for display in diagnostics

    // Re-read every time: keyring.db is untrusted and may change underneath.
    Result<std::vector<PartnerInfo>> partners() const;
    // By exact id, or by name ignoring case.
    Result<PartnerInfo> findPartner(std::string_view nameOrId) const;

    // The first partner enrolls with no sponsor; the second only while the first is
    // unlocked (sponsor), because the couple key comes from the sponsor's session.
    Result<Enrollment> enroll(const NewPartner& partner, const SecretBuffer& password,
                              const Session* sponsor = nullptr);

    // Wrong password: WrongPassword, and the attempt is recorded for that partner.
    Result<Session> unlock(std::string_view partnerId, const SecretBuffer& password);
    Result<Session> unlockWithRecoveryCode(std::string_view partnerId, const SecretBuffer& recoveryCode);

    // Checks `secret` against this partner's row of the keyring as it is now (Argon2id, the
    // master key unwrapped, the row's MAC checked), without opening any database: so it works
    // when a journal is damaged, which is when a restore is needed. A wrong one is
    // WrongPassword and recorded as a failed attempt, like a wrong unlock. What restoring
    // over this vault needs (core/backup/Backup.h, RestoreRequest).
    Result<PartnerConsent> confirmPartner(std::string_view partnerId, const SecretBuffer& secret,
                                          Credential with);

private:
    enum class UnlockWith
    {
        Password,
        RecoveryCode,
    };
    explicit Vault(std::shared_ptr<detail::VaultState> state) noexcept;
    Result<Session> unlockSlot(std::string_view partnerId, const SecretBuffer& secret, UnlockWith with);
    std::shared_ptr<detail::VaultState> m_state;
};

} // namespace twofold
