// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/Vault.h"

#include "common/FileLock.h"
#include "common/FileModes.h"
#include "couple/detail/KeyRotation.h"
#include "couple/detail/Protocol.h"
#include "couple/detail/SignedRecords.h"
#include "crypto/BoxKeyPair.h"
#include "crypto/KeyWrap.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SignKeyPair.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/Leave.h"
#include "vault/detail/Rekey.h"
#include "vault/detail/VaultState.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

namespace twofold {

namespace {

constexpr std::string_view kSlotPassword = "password";
constexpr std::string_view kSlotRecovery = "recovery";
constexpr std::string_view kSlotBoxSecret = "box-secret";
constexpr std::string_view kSlotCoupleKey = "couple-key";
constexpr std::string_view kSlotSignSecret = "sign-secret";

// Every process that has the vault open holds the folder's lock shared (docs/ARCHITECTURE.md,
// "Locks"): both accounts' apps and command lines at once, but never under a restore.
Result<FolderLock> acquireLock(const std::filesystem::path& dir)
{
    return FolderLock::take(dir, FolderLock::Kind::Shared);
}

// A vault folder another account shared with others (not with us) refuses us: say so,
// rather than "no vault here".
bool refusedByPermissions(const std::filesystem::path& dir)
{
    if (::access(dir.c_str(), X_OK) != 0) {
        return errno == EACCES;
    }
    return ::access((dir / "keyring.db").c_str(), R_OK | W_OK) != 0 && errno == EACCES;
}

Status makePrivateDirectory(const std::filesystem::path& dir)
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        return fail(ec == std::errc::no_space_on_device  ? ErrorCode::DiskFull
                    : ec == std::errc::permission_denied ? ErrorCode::PermissionDenied
                                                         : ErrorCode::IoError,
                    "cannot create the vault directory");
    }
    // A folder already shared with the partner's account keeps its ACLs; anything else is
    // narrowed to its owner.
    if (!hasDefaultAcl(dir) && ::chmod(dir.c_str(), S_IRWXU) != 0) {
        return fail(ErrorCode::IoError, "cannot set the vault directory's mode");
    }
    return {};
}

SecretBuffer randomSecret(RandomSource& random, std::size_t size)
{
    SecretBuffer secret(size);
    random.fill(secret.span());
    return secret;
}

Bytes randomBytes(RandomSource& random, std::size_t size)
{
    Bytes bytes(size);
    random.fill(bytes);
    return bytes;
}

bool sameBytes(const Bytes& a, const Bytes& b)
{
    return a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

PartnerInfo infoFromRow(const KeyringRow& row)
{
    return PartnerInfo{row.id, row.name, row.colour, row.slot};
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

// A journal or couple database that is missing where the keyring says it exists is
// damage, never a reason to start an empty one.
Error asDatabaseError(Error e, std::string_view what)
{
    if (e.code == ErrorCode::NotFound) {
        return Error{ErrorCode::DamagedDatabase, std::string(what) + " is missing"};
    }
    return e;
}

Result<std::optional<Bytes>> couplePublicKey(Database& couple, std::string_view partnerId)
{
    auto stmt = couple.prepare("SELECT public_key FROM partners WHERE id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
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
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId);
    auto row = stmt->step();
    if (!row) {
        return std::unexpected(row.error());
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
        return std::unexpected(box.error());
    }
    if (!*box) {
        return fail(ErrorCode::DamagedKeyring, "couple.db does not name this partner");
    }
    auto sign = coupleSignKey(couple, partnerId);
    if (!sign) {
        return std::unexpected(sign.error());
    }
    const bool boxOk = sameBytes(**box, boxPublicKey);
    const bool signOk = !*sign || sameBytes(**sign, signPublicKey); // none yet: the couple space adds it
    if (boxOk && signOk) {
        return {};
    }
    auto stmt = couple.prepare("UPDATE partners SET public_key = ?, sign_public_key = ? WHERE id = ?;");
    if (!stmt) {
        return std::unexpected(stmt.error());
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

// profileSignature: over (id, name, colour), so the other partner can check them
// (docs/ARCHITECTURE.md, "Signed records (protocol v2)").
Status registerPublicKey(Database& couple, std::string_view partnerId, const Bytes& publicKey,
                         const Bytes& signPublicKey, const Bytes& profileSignature, std::int64_t nowMs)
{
    auto stmt =
        couple.prepare("INSERT INTO partners (id, public_key, joined_at, sign_public_key, profile_signature)"
                       " VALUES (?, ?, ?, ?, ?);");
    if (!stmt) {
        return std::unexpected(stmt.error());
    }
    stmt->bind(1, partnerId)
        .bind(2, publicKey)
        .bind(3, nowMs)
        .bind(4, signPublicKey)
        .bind(5, profileSignature);
    return stmt->run();
}

// The master key from `row`'s password or recovery slot; a wrong secret is recorded as a
// failed attempt. From here on a failure means someone changed the keyring: the row's MAC.
Result<SecretBuffer> unwrapMaster(detail::VaultState& state, const KeyringRow& row,
                                  const SecretBuffer& secret, Credential with)
{
    const bool byPassword = with == Credential::Password;
    const KdfParams& params = byPassword ? row.passwordKdf : row.recoveryKdf;
    if (!params.atLeast(state.options.floor)) {
        return fail(ErrorCode::WeakKdfParameters, "stored Argon2id parameters are below the floor");
    }
    auto slotKey = deriveKeyFromPassword(secret, byPassword ? row.passwordSalt : row.recoverySalt, params);
    if (!slotKey) {
        return std::unexpected(slotKey.error());
    }
    auto master =
        unwrapSecret(byPassword ? row.passwordWrappedMaster : row.recoveryWrappedMaster, *slotKey,
                     state.keyring.associatedData(row.id, byPassword ? kSlotPassword : kSlotRecovery));
    if (!master) {
        (void)state.keyring.recordFailedUnlock(row.id, state.options.clock->nowMs());
        return fail(ErrorCode::WrongPassword, "the master key did not unwrap");
    }
    if (!state.keyring.macIsValid(row, *master)) {
        return fail(ErrorCode::DamagedKeyring, "keyring row fails authentication");
    }
    return std::move(*master);
}

} // namespace

VaultOptions VaultOptions::fromEnvironment()
{
#ifdef TWOFOLD_INSECURE_FAST_KDF_HOOK // a test hook, off unless CMake's option of that name is on
    if (const char* fast = std::getenv("TWOFOLD_INSECURE_FAST_KDF");
        fast != nullptr && std::string_view(fast) == "1") {
        VaultOptions options;
        options.kdf = KdfParams::minimum();
        options.floor = KdfParams::minimum();
        return options;
    }
#endif
    return VaultOptions{};
}

Vault::Vault(std::shared_ptr<detail::VaultState> state) noexcept : m_state(std::move(state)) {}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;
Vault::~Vault() = default;

bool Vault::exists(const std::filesystem::path& dir)
{
    std::error_code ec;
    return std::filesystem::exists(dir / "keyring.db", ec);
}

std::filesystem::path Vault::defaultDirectory(const std::filesystem::path& appDataDir)
{
    if (const char* env = std::getenv("TWOFOLD_VAULT"); env != nullptr && *env != '\0') {
        return env;
    }
    return appDataDir / "vault";
}

Result<Vault> Vault::create(const std::filesystem::path& dir, VaultOptions options)
{
    if (exists(dir)) {
        return fail(ErrorCode::VaultExists, "a vault already exists in this directory");
    }
    if (auto st = makePrivateDirectory(dir); !st) {
        return std::unexpected(st.error());
    }
    auto lock = acquireLock(dir);
    if (!lock) {
        return std::unexpected(lock.error());
    }
    const Bytes vaultId = randomBytes(*options.random, Keyring::kVaultIdBytes);
    auto keyring = Keyring::create(dir / "keyring.db", vaultId);
    if (!keyring) {
        return std::unexpected(keyring.error());
    }
    return Vault(std::make_shared<detail::VaultState>(dir, options, std::move(*keyring), std::move(*lock)));
}

Result<Vault> Vault::open(const std::filesystem::path& dir, VaultOptions options)
{
    if (refusedByPermissions(dir)) {
        return fail(ErrorCode::PermissionDenied, "this account may not open the vault folder");
    }
    if (!exists(dir)) {
        return fail(ErrorCode::VaultNotFound, "no vault in this directory");
    }
    // A vault copied or restored by hand may have lost its mode: only the owner may enter.
    // Never a shared vault (its default ACL gives the partner's account its files).
    if (!hasDefaultAcl(dir)) {
        (void)::chmod(dir.c_str(), S_IRWXU);
    }
    auto lock = acquireLock(dir);
    if (!lock) {
        return std::unexpected(lock.error());
    }
    auto keyring = Keyring::open(dir / "keyring.db");
    if (!keyring) {
        return std::unexpected(keyring.error());
    }
    return Vault(std::make_shared<detail::VaultState>(dir, options, std::move(*keyring), std::move(*lock)));
}

Status Vault::holdExclusively()
{
    return m_state->lock.makeExclusive();
}

const std::filesystem::path& Vault::directory() const
{
    return m_state->dir;
}

std::string Vault::vaultId() const
{
    return toHex(m_state->keyring.vaultId());
}

Result<std::vector<PartnerInfo>> Vault::partners() const
{
    auto rows = m_state->keyring.rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    std::vector<PartnerInfo> result;
    for (const auto& row : *rows) {
        result.push_back(infoFromRow(row));
    }
    return result;
}

Result<PartnerInfo> Vault::findPartner(std::string_view nameOrId) const
{
    auto all = partners();
    if (!all) {
        return std::unexpected(all.error());
    }
    for (const auto& p : *all) {
        if (p.id == nameOrId) {
            return p;
        }
    }
    const std::string wanted = lowerAscii(nameOrId);
    for (const auto& p : *all) {
        if (lowerAscii(p.name) == wanted) {
            return p;
        }
    }
    return fail(ErrorCode::UnknownPartner, "no partner with that name");
}

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
        return std::unexpected(rows.error());
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
        return std::unexpected(journalLock.error());
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
        return std::unexpected(passwordKey.error());
    }
    row.passwordWrappedMaster =
        wrapSecret(keys->master, *passwordKey, state.keyring.associatedData(row.id, kSlotPassword));

    row.recoverySalt = randomBytes(random, kSaltBytes);
    row.recoveryKdf = state.options.kdf;
    auto recoveryKey = deriveKeyFromPassword(recoveryCode, row.recoverySalt, row.recoveryKdf);
    if (!recoveryKey) {
        return std::unexpected(recoveryKey.error());
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
        return std::unexpected(journal.error());
    }
    // A new journal speaks the couple space's protocol v2 from the start: nothing in it
    // is ever migrated from protocol v1.
    if (auto st = journal->setSetting(detail::kCoupleProtocolSetting, detail::kCoupleProtocolV2); !st) {
        return std::unexpected(st.error());
    }
    // Nor are unsigned records of the first release ever trusted by it.
    if (auto st = journal->setSetting(detail::kSignedRecordsSetting, detail::kSignedRecordsDone); !st) {
        return std::unexpected(st.error());
    }
    keys->journal.emplace(std::move(*journal));

    auto couple = Database::openEncrypted(state.couplePath(), keys->coupleKey,
                                          rows->empty() ? OpenMode::CreateIfMissing : OpenMode::Existing);
    if (!couple) {
        return std::unexpected(asDatabaseError(couple.error(), "couple.db"));
    }
    if (auto st = migrate(*couple, Schema::Couple); !st) {
        return std::unexpected(st.error());
    }
    const Bytes profileSignature = keys->sign.sign(detail::profileMessage(row.id, row.name, row.colour));
    if (auto st =
            registerPublicKey(*couple, row.id, row.boxPublicKey, row.signPublicKey, profileSignature, now);
        !st) {
        return std::unexpected(st.error());
    }
    keys->couple = std::move(*couple);

    if (auto st = state.keyring.insert(row); !st) {
        return std::unexpected(st.error());
    }
    Session session(m_state, infoFromRow(row), std::move(keys), {});
    return Enrollment{std::move(session), std::move(recoveryCode)};
}

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
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id");
    }
    KeyringRow row = std::move(**found);
    auto master = unwrapMaster(
        state, row, secret, with == UnlockWith::Password ? Credential::Password : Credential::RecoveryCode);
    if (!master) {
        return std::unexpected(master.error());
    }

    auto keys = std::make_unique<detail::SessionKeys>();
    // This partner's journal is open in one process at a time (the app, or a command).
    auto journalLock = PartnerLock::take(state.partnerLockPath(row.id));
    if (!journalLock) {
        return std::unexpected(journalLock.error());
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
        return std::unexpected(box.error());
    }
    keys->box = std::move(*box);
    keys->coupleKey = std::move(*coupleKey);
    // Never trust the stored public key: it must be the one derived from the secret key.
    if (!sameBytes(keys->box.publicKey, row.boxPublicKey)) {
        return fail(ErrorCode::DamagedKeyring, "stored public key does not match the secret key");
    }
    if (row.signPublicKey.empty()) {
        if (auto st = addSigningKey(state.keyring, row, *keys, *state.options.random); !st) {
            return std::unexpected(st.error());
        }
    } else {
        auto seed = unwrapSecret(row.wrappedSignSecret, keys->master,
                                 state.keyring.associatedData(row.id, kSlotSignSecret));
        if (!seed) {
            return fail(ErrorCode::DamagedKeyring, "a wrapped key fails authentication");
        }
        auto sign = SignKeyPair::fromSeed(std::move(*seed));
        if (!sign) {
            return std::unexpected(sign.error());
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
        return std::unexpected(leaving.error());
    }
    if (*leaving) {
        auto couple = Database::openEncrypted(state.couplePath(), keys->coupleKey, OpenMode::Existing);
        if (!couple) {
            return std::unexpected(asDatabaseError(couple.error(), "couple.db"));
        }
        if (auto st = migrate(*couple, Schema::Couple); !st) {
            return std::unexpected(st.error());
        }
        keys->couple = std::move(*couple);
        if (auto st = detail::finishLeave(state, row.id, *keys); !st) {
            return std::unexpected(st.error());
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
        return std::unexpected(st.error());
    }
    keys->couple = std::move(*couple);
    // A re-key that committed but did not finish in couple.db finishes now, before anything
    // is read (on a full disk, next time: my partner sees my old keys until then).
    if (auto st = detail::finishRekey(row, *keys, state.options.clock->nowMs());
        !st && st.error().code != ErrorCode::DiskFull) {
        return std::unexpected(st.error());
    }
    couple = std::move(keys->couple);
    // couple.db is authenticated by SQLCipher: it is the reference for public keys.
    auto rows = state.keyring.rows();
    if (!rows) {
        return std::unexpected(rows.error());
    }
    for (const auto& other : *rows) {
        if (other.id == row.id) {
            // My own keys in couple.db are whatever my partner (who holds the couple key)
            // left there: my session knows the true ones and puts them back, so an edit of
            // the shared file can never lock me out of my private journal. On a full disk,
            // next time; the couple space refuses to open until then.
            auto st = repairOwnKeys(*couple, row.id, keys->box.publicKey, keys->sign.publicKey);
            if (!st && st.error().code != ErrorCode::DiskFull) {
                return std::unexpected(st.error());
            }
            continue;
        }
        auto registered = couplePublicKey(*couple, other.id);
        if (!registered) {
            return std::unexpected(registered.error());
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
            return std::unexpected(signKey.error());
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
                    return std::unexpected(leads.error());
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
        return std::unexpected(attempts.error());
    }
    Session session(m_state, infoFromRow(row), std::move(keys), std::move(*attempts));
    // An older journal or couple.db put back is reported, never silent (DESIGN.md §4).
    if (auto st = session.checkFreshness(); !st) {
        return std::unexpected(st.error());
    }
    return session;
}

} // namespace twofold

namespace twofold {

Result<PartnerConsent> Vault::confirmPartner(std::string_view partnerId, const SecretBuffer& secret,
                                             Credential with)
{
    auto& state = *m_state;
    if (with == Credential::PasswordOrRecoveryCode) {
        if (normalizeRecoveryCode(secret.view())) {
            auto byCode = confirmPartner(partnerId, secret, Credential::RecoveryCode);
            if (byCode || byCode.error().code != ErrorCode::WrongPassword) {
                return byCode;
            }
        }
        return confirmPartner(partnerId, secret, Credential::Password);
    }
    std::optional<SecretBuffer> normalized;
    if (with == Credential::RecoveryCode) {
        auto code = normalizeRecoveryCode(secret.view());
        if (!code) {
            // Not even the shape of a code: still a failed attempt at this partner's journal.
            (void)state.keyring.recordFailedUnlock(partnerId, state.options.clock->nowMs());
            return fail(ErrorCode::WrongPassword, "not a recovery code");
        }
        normalized = std::move(*code);
    }
    auto found = state.keyring.row(partnerId);
    if (!found) {
        return std::unexpected(found.error());
    }
    if (!*found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id");
    }
    const KeyringRow& row = **found;
    auto master = unwrapMaster(state, row, normalized ? *normalized : secret, with);
    if (!master) {
        return std::unexpected(master.error());
    }
    return PartnerConsent(state.keyring.vaultId(), row.id, row.rowMac, std::move(*master),
                          detail::stateFilePath(state, row.id));
}

} // namespace twofold
