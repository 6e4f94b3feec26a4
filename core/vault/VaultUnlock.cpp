// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/detail/KeyRotation.h"
#include "couple/detail/Protocol.h"
#include "couple/detail/SignedRecords.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SignKeyPair.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "vault/Vault.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/Leave.h"
#include "vault/detail/Rekey.h"
#include "vault/detail/VaultCommon.h"
#include "vault/detail/VaultState.h"

#include <sodium.h>

namespace twofold {

namespace {

using detail::asDatabaseError;
using detail::infoFromRow;
using detail::kSlotBoxSecret;
using detail::kSlotCoupleKey;
using detail::kSlotSignSecret;
using detail::unwrapMaster;

bool sameBytes(const Bytes& a, const Bytes& b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Result<std::optional<Bytes>> couplePublicKey(Database& couple, std::string_view partnerId)
{
    auto stmt = couple.prepare("SELECT public_key FROM partners WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return std::optional<Bytes>();
    }
    return std::optional<Bytes>(stmt->columnBlob(0));
}

Result<std::optional<Bytes>> coupleSignKey(Database& couple, std::string_view partnerId)
{
    auto stmt =
        couple.prepare("SELECT sign_public_key FROM partners WHERE id = ? AND sign_public_key IS NOT NULL;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return std::optional<Bytes>();
    }
    return std::optional<Bytes>(stmt->columnBlob(0));
}

// Writes my true public keys into couple.db where they differ (only when they differ:
// reading needs no free byte).
Status repairOwnKeys(Database& couple, std::string_view partnerId, const Bytes& boxPublicKey,
                     const Bytes& signPublicKey)
{
    auto box = couplePublicKey(couple, partnerId);
    if (!box) {
        return propagate(box);
    }
    if (!*box) {
        return fail(ErrorCode::DamagedKeyring, "couple.db does not name this partner");
    }
    auto sign = coupleSignKey(couple, partnerId);
    if (!sign) {
        return propagate(sign);
    }
    const bool boxOk = sameBytes(**box, boxPublicKey);
    const bool signOk = !*sign || sameBytes(**sign, signPublicKey); // none yet: the couple space adds it
    if (boxOk && signOk) {
        return {};
    }
    auto stmt = couple.prepare("UPDATE partners SET public_key = ?, sign_public_key = ? WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, boxPublicKey).bind(2, signPublicKey).bind(3, partnerId);
    return stmt->run();
}

// A partner of the first release gets a signing key at their next unlock (protocol v2).
Status addSigningKey(Keyring& keyring, KeyringRow& row, detail::SessionKeys& keys, RandomSource& random)
{
    keys.sign = SignKeyPair::generate(random);
    row.signPublicKey = keys.sign.publicKey;
    row.wrappedSignSecret =
        wrapSecret(keys.sign.seed, keys.master, keyring.associatedData(row.id, kSlotSignSecret));
    row.rowMac = keyring.computeMac(row, keys.master);
    return keyring.update(row);
}

} // namespace

Result<Session> Vault::unlock(std::string_view partnerId, const SecretBuffer& password)
{
    return unlockSlot(partnerId, password, UnlockWith::Password);
}

Result<Session> Vault::unlockWithRecoveryCode(std::string_view partnerId, const SecretBuffer& recoveryCode)
{
    auto code = normalizeRecoveryCode(recoveryCode.view());
    if (!code) {
        // Not even the shape of a code: still a failed attempt at this partner's journal.
        (void)m_state->keyring.recordFailedUnlock(partnerId, m_state->options.clock->nowMs());
        return fail(ErrorCode::WrongPassword, "not a recovery code");
    }
    return unlockSlot(partnerId, *code, UnlockWith::RecoveryCode);
}

Result<Session> Vault::unlockSlot(std::string_view partnerId, const SecretBuffer& secret, UnlockWith with)
{
    auto& state = *m_state;
    auto found = state.keyring.row(partnerId);
    if (!found) {
        return propagate(found);
    }
    if (!*found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id");
    }
    KeyringRow row = std::move(**found);
    auto master = unwrapMaster(
        state, row, secret, with == UnlockWith::Password ? Credential::Password : Credential::RecoveryCode);
    if (!master) {
        return propagate(master);
    }

    auto keys = std::make_unique<detail::SessionKeys>();
    // This partner's journal is open in one process at a time (the app, or a command).
    auto journalLock = PartnerLock::take(state.partnerLockPath(row.id));
    if (!journalLock) {
        return propagate(journalLock);
    }
    keys->journalLock = std::move(*journalLock);
    keys->master = std::move(*master);
    auto boxSecret = unwrapSecret(row.wrappedBoxSecret, keys->master,
                                  state.keyring.associatedData(row.id, kSlotBoxSecret));
    auto coupleKey = unwrapSecret(row.wrappedCoupleKey, keys->master,
                                  state.keyring.associatedData(row.id, kSlotCoupleKey));
    if (!boxSecret || !coupleKey || coupleKey->size() != kKeyBytes) {
        return fail(ErrorCode::DamagedKeyring, "a wrapped key fails authentication");
    }
    auto box = BoxKeyPair::fromSecretKey(std::move(*boxSecret));
    if (!box) {
        return propagate(box);
    }
    keys->box = std::move(*box);
    keys->coupleKey = std::move(*coupleKey);
    // Never trust the stored public key: it must be the one derived from the secret key.
    if (!sameBytes(keys->box.publicKey, row.boxPublicKey)) {
        return fail(ErrorCode::DamagedKeyring, "stored public key does not match the secret key");
    }
    if (row.signPublicKey.empty()) {
        if (auto st = addSigningKey(state.keyring, row, *keys, *state.options.random); !st) {
            return propagate(st);
        }
    } else {
        auto seed = unwrapSecret(row.wrappedSignSecret, keys->master,
                                 state.keyring.associatedData(row.id, kSlotSignSecret));
        if (!seed) {
            return fail(ErrorCode::DamagedKeyring, "a wrapped key fails authentication");
        }
        auto sign = SignKeyPair::fromSeed(std::move(*seed));
        if (!sign) {
            return propagate(sign);
        }
        keys->sign = std::move(*sign);
        if (!sameBytes(keys->sign.publicKey, row.signPublicKey)) {
            return fail(ErrorCode::DamagedKeyring, "stored signing key does not match the secret key");
        }
    }

    // A leave that committed and did not finish (docs/ARCHITECTURE.md, "Leaving the couple"):
    // it finishes now, and this partner is gone. Only this partner's master key makes a leave
    // record that passes, so nobody else can start one in their name.
    auto leaving = detail::leaveRecorded(state, row.id, keys->master);
    if (!leaving) {
        return propagate(leaving);
    }
    if (*leaving) {
        auto couple = Database::openEncrypted(state.couplePath(), keys->coupleKey, OpenMode::Existing);
        if (!couple) {
            return std::unexpected(asDatabaseError(couple.error(), "couple.db"));
        }
        if (auto st = migrate(*couple, Schema::Couple); !st) {
            return propagate(st);
        }
        keys->couple = std::move(*couple);
        if (auto st = detail::finishLeave(state, row.id, *keys); !st) {
            return propagate(st);
        }
        return fail(ErrorCode::PartnerLeft, "this partner left the couple; leaving has now finished");
    }

    const SecretBuffer journalKey = deriveSubkey(keys->master, 1, detail::kJournalKeyContext);
    // A re-key interrupted by a crash: its copy goes, or takes the journal's place, by
    // whether the keyring committed it (docs/ARCHITECTURE.md, "Re-keying").
    if (auto st = detail::settleRekeyedJournal(state, row.id, journalKey); !st) {
        return std::unexpected(asDatabaseError(st.error(), "the journal"));
    }
    auto journal =
        Journal::open(state.journalPath(row.id), journalKey, OpenMode::Existing, *state.options.clock);
    if (!journal) {
        return std::unexpected(asDatabaseError(journal.error(), "the journal"));
    }
    keys->journal.emplace(std::move(*journal));

    auto couple = Database::openEncrypted(state.couplePath(), keys->coupleKey, OpenMode::Existing);
    if (!couple) {
        return std::unexpected(asDatabaseError(couple.error(), "couple.db"));
    }
    if (auto st = migrate(*couple, Schema::Couple); !st) {
        return propagate(st);
    }
    keys->couple = std::move(*couple);
    // A re-key that committed but did not finish in couple.db finishes now, before anything
    // is read (on a full disk, next time: my partner sees my old keys until then).
    if (auto st = detail::finishRekey(row, *keys, state.options.clock->nowMs());
        !st && st.error().code != ErrorCode::DiskFull) {
        return propagate(st);
    }
    couple = std::move(keys->couple);
    // couple.db is authenticated by SQLCipher: it is the reference for public keys.
    auto rows = state.keyring.rows();
    if (!rows) {
        return propagate(rows);
    }
    for (const auto& other : *rows) {
        if (other.id == row.id) {
            // My own keys in couple.db are whatever my partner (who holds the couple key)
            // left there: my session knows the true ones and puts them back, so an edit of
            // the shared file can never lock me out of my private journal. On a full disk,
            // next time; the couple space refuses to open until then.
            auto st = repairOwnKeys(*couple, row.id, keys->box.publicKey, keys->sign.publicKey);
            if (!st && st.error().code != ErrorCode::DiskFull) {
                return propagate(st);
            }
            continue;
        }
        auto registered = couplePublicKey(*couple, other.id);
        if (!registered) {
            return propagate(registered);
        }
        if (!*registered) {
            // My partner is leaving and their session stopped after couple.db: their row here
            // goes at their next unlock. Anything else is a keyring that couple.db does not back.
            if (detail::leaveUnderWay(state, other.id)) {
                continue;
            }
            return fail(ErrorCode::DamagedKeyring, "keyring public key differs from couple.db");
        }
        // Signing keys likewise, once both files have one.
        auto signKey = coupleSignKey(*couple, other.id);
        if (!signKey) {
            return propagate(signKey);
        }
        const bool boxDiffers = !sameBytes(**registered, other.boxPublicKey);
        const bool signDiffers =
            *signKey && !other.signPublicKey.empty() && !sameBytes(**signKey, other.signPublicKey);
        if (boxDiffers || signDiffers) {
            // My partner re-keyed and their session has not finished in couple.db yet: the keyring
            // names keys that a rotation signed by the ones in couple.db leads to.
            bool rotated = false;
            if (*signKey && !other.signPublicKey.empty()) {
                auto leads = detail::rotationLeadsTo(*couple, other.id, detail::Pin{**registered, **signKey},
                                                     detail::Pin{other.boxPublicKey, other.signPublicKey});
                if (!leads) {
                    return propagate(leads);
                }
                rotated = *leads;
            }
            if (!rotated) {
                return fail(ErrorCode::DamagedKeyring, boxDiffers
                                                           ? "keyring public key differs from couple.db"
                                                           : "keyring signing key differs from couple.db");
            }
        }
    }
    keys->couple = std::move(*couple);

    auto attempts = state.keyring.takeFailedUnlocks(row.id);
    if (!attempts) {
        return propagate(attempts);
    }
    Session session(m_state, infoFromRow(row), std::move(keys), std::move(*attempts));
    // An older journal or couple.db put back is reported, never silent (DESIGN.md §4).
    if (auto st = session.checkFreshness(); !st) {
        return propagate(st);
    }
    return session;
}

} // namespace twofold
