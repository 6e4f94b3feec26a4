// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/Session.h"

#include "common/CrashPoint.h"
#include "common/Propagate.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryCode.h"
#include "storage/Statement.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/Leave.h"
#include "vault/detail/Rekey.h"
#include "vault/detail/VaultState.h"

#include <algorithm>

namespace twofold {

namespace {

Bytes freshSalt(RandomSource& random)
{
    Bytes salt(kSaltBytes);
    random.fill(salt);
    return salt;
}

} // namespace

Session::Session(std::shared_ptr<detail::VaultState> vault, PartnerInfo partner,
                 std::unique_ptr<detail::SessionKeys> keys, std::vector<std::int64_t> failedAttempts)
    : m_vault(std::move(vault)), m_partner(std::move(partner)), m_keys(std::move(keys)),
      m_failedAttempts(std::move(failedAttempts))
{}

Session::Session(Session&&) noexcept = default;

Session& Session::operator=(Session&& other) noexcept
{
    if (this != &other) {
        lock();
        m_vault = std::move(other.m_vault);
        m_partner = std::move(other.m_partner);
        m_keys = std::move(other.m_keys);
        m_failedAttempts = std::move(other.m_failedAttempts);
        m_freshness = other.m_freshness;
        m_recordFreshnessOnLock = other.m_recordFreshnessOnLock;
    }
    return *this;
}

Session::~Session()
{
    lock();
}

bool Session::isUnlocked() const noexcept
{
    return m_keys != nullptr;
}

Journal& Session::journal()
{
    return *m_keys->journal;
}

Database& Session::coupleDatabase()
{
    return m_keys->couple;
}

const Bytes& Session::publicKey() const
{
    return m_keys->box.publicKey;
}

Result<SecretBuffer> Session::openSealed(ByteView sealed) const
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    return twofold::openSealed(sealed, m_keys->box);
}

const Bytes& Session::signPublicKey() const
{
    return m_keys->sign.publicKey;
}

Result<Bytes> Session::sign(ByteView message) const
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    return m_keys->sign.sign(message);
}

Status Session::changePassword(const SecretBuffer& newPassword)
{
    return rewrapMaster(newPassword, Slot::Password);
}

Result<SecretBuffer> Session::resetRecoveryCode()
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    SecretBuffer code = generateRecoveryCode(*m_vault->options.random);
    if (auto st = rewrapMaster(code, Slot::RecoveryCode); !st) {
        return propagate(st);
    }
    return code;
}

Result<SecretBuffer> Session::rekey(const SecretBuffer& newPassword)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto& state = *m_vault;
    RandomSource& random = *state.options.random;
    auto found = state.keyring.row(m_partner.id);
    if (!found) {
        return propagate(found);
    }
    if (!*found || !state.keyring.macIsValid(**found, m_keys->master)) {
        return fail(ErrorCode::DamagedKeyring, "keyring row fails authentication");
    }
    const KeyringRow& current = **found;

    // Phase A: everything new, nothing committed.
    auto fresh = std::make_unique<detail::SessionKeys>();
    fresh->master = SecretBuffer(kKeyBytes);
    random.fill(fresh->master.span());
    fresh->box = BoxKeyPair::generate(random);
    fresh->sign = SignKeyPair::generate(random);
    fresh->coupleKey = m_keys->coupleKey.clone(); // shared with my partner: unchanged
    SecretBuffer code = generateRecoveryCode(random);

    KeyringRow next = current;
    next.passwordSalt = freshSalt(random);
    next.passwordKdf = state.options.kdf;
    auto passwordKey = deriveKeyFromPassword(newPassword, next.passwordSalt, next.passwordKdf);
    if (!passwordKey) {
        return propagate(passwordKey);
    }
    next.passwordWrappedMaster =
        wrapSecret(fresh->master, *passwordKey, state.keyring.associatedData(next.id, "password"));
    next.recoverySalt = freshSalt(random);
    next.recoveryKdf = state.options.kdf;
    auto recoveryKey = deriveKeyFromPassword(code, next.recoverySalt, next.recoveryKdf);
    if (!recoveryKey) {
        return propagate(recoveryKey);
    }
    next.recoveryWrappedMaster =
        wrapSecret(fresh->master, *recoveryKey, state.keyring.associatedData(next.id, "recovery"));
    next.boxPublicKey = fresh->box.publicKey;
    next.wrappedBoxSecret =
        wrapSecret(fresh->box.secretKey, fresh->master, state.keyring.associatedData(next.id, "box-secret"));
    next.wrappedCoupleKey =
        wrapSecret(fresh->coupleKey, fresh->master, state.keyring.associatedData(next.id, "couple-key"));
    next.signPublicKey = fresh->sign.publicKey;
    next.wrappedSignSecret =
        wrapSecret(fresh->sign.seed, fresh->master, state.keyring.associatedData(next.id, "sign-secret"));
    next.rowMac = state.keyring.computeMac(next, fresh->master);

    const std::int64_t now = state.options.clock->nowMs();
    crashPoint("rekey-start");
    if (auto st = detail::writeRekeyedJournal(state, m_partner.id, *m_keys, *fresh, now); !st) {
        // Best effort: a leftover copy is also removed at the next unlock.
        (void)detail::settleRekeyedJournal(state, m_partner.id,
                                           deriveSubkey(m_keys->master, 1, detail::kJournalKeyContext));
        return propagate(st);
    }
    crashPoint("rekey-journal-written");

    // Phase B, the commit point: one keyring.db transaction.
    if (auto st = state.keyring.update(next); !st) {
        return propagate(st);
    }
    crashPoint("rekey-keyring-committed");

    // From here on only the new password opens anything. Whatever fails below, the next
    // unlock finishes it, and the new code must be shown now: it is the only one.
    const auto finish = [&]() -> Status {
        m_keys->journal.reset();
        if (auto st = detail::installRekeyedJournal(state, m_partner.id); !st) {
            return st;
        }
        crashPoint("rekey-journal-installed");
        const SecretBuffer journalKey = deriveSubkey(fresh->master, 1, detail::kJournalKeyContext);
        auto journal = Journal::open(state.journalPath(m_partner.id), journalKey, OpenMode::Existing,
                                     *state.options.clock);
        if (!journal) {
            return propagate(journal);
        }
        // The same SessionKeys object, its members replaced: a Journal& or Database& that a
        // shell or a CoupleSpace holds stays valid (the journal is a new object in the same place).
        m_keys->journal.emplace(std::move(*journal));
        m_keys->master = std::move(fresh->master);
        m_keys->box = std::move(fresh->box);
        m_keys->sign = std::move(fresh->sign);
        fresh.reset();
        // The freshness records, under the new master key.
        (void)recordFreshness();
        // Phase C.
        return detail::finishRekey(next, *m_keys, state.options.clock->nowMs());
    };
    if (auto st = finish(); !st) {
        m_recordFreshnessOnLock = false;
        lock();
    }
    return code;
}

Status Session::verifyPassword(const SecretBuffer& password)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto& state = *m_vault;
    auto found = state.keyring.row(m_partner.id);
    if (!found) {
        return propagate(found);
    }
    if (!*found) {
        return fail(ErrorCode::DamagedKeyring, "this partner's keyring row is gone");
    }
    const KeyringRow& row = **found;
    if (!row.passwordKdf.atLeast(state.options.floor)) {
        return fail(ErrorCode::WeakKdfParameters, "stored Argon2id parameters are below the floor");
    }
    auto key = deriveKeyFromPassword(password, row.passwordSalt, row.passwordKdf);
    if (!key) {
        return propagate(key);
    }
    auto master =
        unwrapSecret(row.passwordWrappedMaster, *key, state.keyring.associatedData(row.id, "password"));
    if (!master || !master->equals(m_keys->master)) {
        // A guess at this partner's password like any other: shown to them at their next unlock.
        (void)state.keyring.recordFailedUnlock(row.id, state.options.clock->nowMs());
        return fail(ErrorCode::WrongPassword, "the master key did not unwrap");
    }
    return {};
}

Status Session::leaveCouple(const SecretBuffer& password)
{
    if (auto st = verifyPassword(password); !st) {
        return st;
    }
    auto& state = *m_vault;
    crashPoint("leave-start");
    // The commit point: from here the leave finishes, now or at this partner's next unlock.
    if (auto st = detail::recordLeave(state, m_partner.id, m_keys->master, state.options.clock->nowMs());
        !st) {
        return st;
    }
    crashPoint("leave-committed");
    // Nothing of this partner is recorded as seen any more: the freshness records go with the row.
    m_recordFreshnessOnLock = false;
    auto finished = detail::finishLeave(state, m_partner.id, *m_keys);
    lock();
    return finished;
}

Result<bool> Session::partnerHasLeft(std::string_view partnerId)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto row = m_vault->keyring.row(partnerId);
    if (!row) {
        return propagate(row);
    }
    if (!*row) {
        return true;
    }
    if (!detail::leaveUnderWay(*m_vault, partnerId)) {
        return false;
    }
    auto stmt = m_keys->couple.prepare("SELECT 1 FROM partners WHERE id = ?;");
    if (!stmt) {
        return propagate(stmt);
    }
    stmt->bind(1, partnerId);
    auto named = stmt->step();
    if (!named) {
        return propagate(named);
    }
    return !*named;
}

Status Session::rewrapMaster(const SecretBuffer& secret, Slot slot)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto& state = *m_vault;
    auto found = state.keyring.row(m_partner.id);
    if (!found) {
        return propagate(found);
    }
    if (!*found) {
        return fail(ErrorCode::DamagedKeyring, "this partner's keyring row is gone");
    }
    KeyringRow row = std::move(**found);
    // The row must still be the one we unlocked from before we sign a new version of it.
    if (!state.keyring.macIsValid(row, m_keys->master)) {
        return fail(ErrorCode::DamagedKeyring, "keyring row fails authentication");
    }
    const bool password = slot == Slot::Password;
    Bytes salt = freshSalt(*state.options.random);
    auto key = deriveKeyFromPassword(secret, salt, state.options.kdf);
    if (!key) {
        return propagate(key);
    }
    Bytes wrapped = wrapSecret(m_keys->master, *key,
                               state.keyring.associatedData(row.id, password ? "password" : "recovery"));
    if (password) {
        row.passwordSalt = std::move(salt);
        row.passwordKdf = state.options.kdf;
        row.passwordWrappedMaster = std::move(wrapped);
    } else {
        row.recoverySalt = std::move(salt);
        row.recoveryKdf = state.options.kdf;
        row.recoveryWrappedMaster = std::move(wrapped);
    }
    row.rowMac = state.keyring.computeMac(row, m_keys->master);
    return state.keyring.update(row);
}

const std::filesystem::path& Session::vaultDirectory() const noexcept
{
    return m_vault->dir;
}

const Clock& Session::clock() const noexcept
{
    return *m_vault->options.clock;
}

RandomSource& Session::random() const noexcept
{
    return *m_vault->options.random;
}

Status Session::checkFreshness()
{
    auto found = detail::checkFreshness(*m_vault, m_partner.id, *m_keys);
    if (!found) {
        m_recordFreshnessOnLock = false;
        return propagate(found);
    }
    m_freshness = *found;
    // Best effort: a state folder we cannot write must not keep a partner out.
    (void)recordFreshness();
    return {};
}

Status Session::recordFreshness()
{
    auto now = detail::currentGenerations(*m_keys);
    if (!now) {
        return propagate(now);
    }
    // Never below what was seen: an older file not yet accepted stays reported.
    return detail::recordSeen(
        *m_vault, m_partner.id, *m_keys,
        {std::max(now->journal, m_freshness.journalSeen), std::max(now->couple, m_freshness.coupleSeen)});
}

Status Session::acceptOlderFiles()
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto now = detail::currentGenerations(*m_keys);
    if (!now) {
        return propagate(now);
    }
    if (auto st = detail::recordSeen(*m_vault, m_partner.id, *m_keys, *now); !st) {
        return st;
    }
    m_freshness = Freshness{false, false, now->journal, now->journal, now->couple, now->couple};
    return {};
}

void Session::lock() noexcept
{
    if (m_keys) {
        // What this session saw, for the next unlock's check (errors cannot stop a lock).
        if (m_recordFreshnessOnLock) {
            (void)recordFreshness();
        }
        // Closing the databases drops SQLCipher's copies of the keys (cipher_memory_security
        // wipes them); the SecretBuffers wipe ours.
        m_keys->journal.reset();
        (void)m_keys->couple.close();
        m_keys.reset();
    }
    m_failedAttempts.clear();
    m_freshness = {};
}

} // namespace twofold
