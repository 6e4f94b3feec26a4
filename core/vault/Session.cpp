#include "vault/Session.h"

#include "crypto/KeyWrap.h"
#include "crypto/RecoveryCode.h"
#include "vault/detail/FreshnessRecords.h"
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
        return std::unexpected(st.error());
    }
    return code;
}

Status Session::rewrapMaster(const SecretBuffer& secret, Slot slot)
{
    if (!isUnlocked()) {
        return fail(ErrorCode::NotUnlocked, "session is locked");
    }
    auto& state = *m_vault;
    auto found = state.keyring.row(m_partner.id);
    if (!found) {
        return std::unexpected(found.error());
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
        return std::unexpected(key.error());
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

Status Session::checkFreshness()
{
    auto found = detail::checkFreshness(*m_vault, m_partner.id, *m_keys);
    if (!found) {
        m_recordFreshnessOnLock = false;
        return std::unexpected(found.error());
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
        return std::unexpected(now.error());
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
        return std::unexpected(now.error());
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
