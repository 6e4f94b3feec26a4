// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/Propagate.h"
#include "couple/detail/Protocol.h"
#include "couple/detail/SignedRecords.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SignKeyPair.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "vault/Vault.h"
#include "vault/detail/VaultCommon.h"
#include "vault/detail/VaultState.h"

namespace twofold {

namespace {

using detail::asDatabaseError;
using detail::infoFromRow;
using detail::kSlotBoxSecret;
using detail::kSlotCoupleKey;
using detail::kSlotPassword;
using detail::kSlotRecovery;
using detail::kSlotSignSecret;
using detail::lowerAscii;
using detail::randomBytes;

SecretBuffer randomSecret(RandomSource& random, std::size_t size)
{
    SecretBuffer secret(size);
    random.fill(secret.span());
    return secret;
}

// profileSignature: over (id, name, colour), so the other partner can check them
// (docs/ARCHITECTURE.md, "Signed records (protocol v2)").
Status registerPublicKey(Database& couple, std::string_view partnerId, const Bytes& publicKey,
                         const Bytes& signPublicKey, const Bytes& profileSignature, std::int64_t nowMs)
{
    auto stmt =
        couple.prepare("INSERT INTO partners (id, public_key, joined_at, sign_public_key, profile_signature)"
                       " VALUES (?, ?, ?, ?, ?);");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId)
        .bind(2, publicKey)
        .bind(3, nowMs)
        .bind(4, signPublicKey)
        .bind(5, profileSignature);
    return stmt->run();
}

} // namespace

Result<Enrollment> Vault::enroll(const NewPartner& partner, const SecretBuffer& password,
                                 const Session* sponsor)
{
    auto& state = *m_state;
    RandomSource& random = *state.options.random;
    if (partner.name.empty() || partner.name.size() > 200) {
        return fail(ErrorCode::InvalidArgument, "a partner needs a name of 1 to 200 bytes");
    }
    if (partner.colour.size() > 32) {
        return fail(ErrorCode::InvalidArgument, "colour is too long");
    }
    auto rows = state.keyring.rows();
    if (!rows) {
        return propagate(rows);
    }
    if (rows->size() >= 2) {
        return fail(ErrorCode::PartnerLimit, "a vault holds two partners");
    }
    if (!rows->empty()) {
        // The second partner gets the couple key from the first partner's open session.
        if (sponsor == nullptr || !sponsor->isUnlocked() || sponsor->m_vault != m_state) {
            return fail(ErrorCode::NotUnlocked, "the first partner must be unlocked to add the second");
        }
    }
    for (const auto& row : *rows) {
        if (lowerAscii(row.name) == lowerAscii(partner.name)) {
            return fail(ErrorCode::InvalidArgument, "both partners have the same name");
        }
    }

    const std::int64_t now = state.options.clock->nowMs();
    KeyringRow row;
    row.id = toHex(randomBytes(random, 8));
    row.slot = rows->empty() ? 1 : (rows->front().slot == 1 ? 2 : 1);
    row.name = partner.name;
    row.colour = partner.colour;
    row.createdMs = now;

    auto keys = std::make_unique<detail::SessionKeys>();
    auto journalLock = PartnerLock::take(state.partnerLockPath(row.id));
    if (!journalLock) {
        return propagate(journalLock);
    }
    keys->journalLock = std::move(*journalLock);
    keys->master = randomSecret(random, kKeyBytes);
    keys->box = BoxKeyPair::generate(random);
    keys->sign = SignKeyPair::generate(random);
    keys->coupleKey = rows->empty() ? randomSecret(random, kKeyBytes) : sponsor->m_keys->coupleKey.clone();
    SecretBuffer recoveryCode = generateRecoveryCode(random);

    row.passwordSalt = randomBytes(random, kSaltBytes);
    row.passwordKdf = state.options.kdf;
    auto passwordKey = deriveKeyFromPassword(password, row.passwordSalt, row.passwordKdf);
    if (!passwordKey) {
        return propagate(passwordKey);
    }
    row.passwordWrappedMaster =
        wrapSecret(keys->master, *passwordKey, state.keyring.associatedData(row.id, kSlotPassword));

    row.recoverySalt = randomBytes(random, kSaltBytes);
    row.recoveryKdf = state.options.kdf;
    auto recoveryKey = deriveKeyFromPassword(recoveryCode, row.recoverySalt, row.recoveryKdf);
    if (!recoveryKey) {
        return propagate(recoveryKey);
    }
    row.recoveryWrappedMaster =
        wrapSecret(keys->master, *recoveryKey, state.keyring.associatedData(row.id, kSlotRecovery));

    row.boxPublicKey = keys->box.publicKey;
    row.wrappedBoxSecret =
        wrapSecret(keys->box.secretKey, keys->master, state.keyring.associatedData(row.id, kSlotBoxSecret));
    row.wrappedCoupleKey =
        wrapSecret(keys->coupleKey, keys->master, state.keyring.associatedData(row.id, kSlotCoupleKey));
    row.signPublicKey = keys->sign.publicKey;
    row.wrappedSignSecret =
        wrapSecret(keys->sign.seed, keys->master, state.keyring.associatedData(row.id, kSlotSignSecret));
    row.rowMac = state.keyring.computeMac(row, keys->master);

    // Databases first, keyring row last: a crash in between leaves an orphan file
    // nobody can reach, never a partner whose journal is missing.
    const SecretBuffer journalKey = deriveSubkey(keys->master, 1, detail::kJournalKeyContext);
    auto journal =
        Journal::open(state.journalPath(row.id), journalKey, OpenMode::CreateIfMissing, *state.options.clock);
    if (!journal) {
        return propagate(journal);
    }
    // A new journal speaks the couple space's protocol v2 from the start: nothing in it
    // is ever migrated from protocol v1.
    if (auto st = journal->setSetting(detail::kCoupleProtocolSetting, detail::kCoupleProtocolV2); !st) {
        return propagate(st);
    }
    // Nor are unsigned records of the first release ever trusted by it.
    if (auto st = journal->setSetting(detail::kSignedRecordsSetting, detail::kSignedRecordsDone); !st) {
        return propagate(st);
    }
    keys->journal.emplace(std::move(*journal));

    auto couple = Database::openEncrypted(state.couplePath(), keys->coupleKey,
                                          rows->empty() ? OpenMode::CreateIfMissing : OpenMode::Existing);
    if (!couple) {
        return std::unexpected(asDatabaseError(couple.error(), "couple.db"));
    }
    if (auto st = migrate(*couple, Schema::Couple); !st) {
        return propagate(st);
    }
    const Bytes profileSignature = keys->sign.sign(detail::profileMessage(row.id, row.name, row.colour));
    if (auto st =
            registerPublicKey(*couple, row.id, row.boxPublicKey, row.signPublicKey, profileSignature, now);
        !st) {
        return propagate(st);
    }
    keys->couple = std::move(*couple);

    if (auto st = state.keyring.insert(row); !st) {
        return propagate(st);
    }
    Session session(m_state, infoFromRow(row), std::move(keys), {});
    return Enrollment{std::move(session), std::move(recoveryCode)};
}

} // namespace twofold
