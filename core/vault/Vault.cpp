// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/Vault.h"

#include "common/FileLock.h"
#include "common/FileModes.h"
#include "common/Propagate.h"
#include "crypto/RecoveryCode.h"
#include "vault/detail/FreshnessRecords.h"
#include "vault/detail/VaultCommon.h"
#include "vault/detail/VaultState.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

namespace {

using detail::infoFromRow;
using detail::lowerAscii;
using detail::randomBytes;
using detail::unwrapMaster;

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
        return propagate(st);
    }
    auto lock = acquireLock(dir);
    if (!lock) {
        return propagate(lock);
    }
    const Bytes vaultId = randomBytes(*options.random, Keyring::kVaultIdBytes);
    auto keyring = Keyring::create(dir / "keyring.db", vaultId);
    if (!keyring) {
        return propagate(keyring);
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
        return propagate(lock);
    }
    auto keyring = Keyring::open(dir / "keyring.db");
    if (!keyring) {
        return propagate(keyring);
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
        return propagate(rows);
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
        return propagate(all);
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
        return propagate(found);
    }
    if (!*found) {
        return fail(ErrorCode::UnknownPartner, "no partner with that id");
    }
    const KeyringRow& row = **found;
    auto master = unwrapMaster(state, row, normalized ? *normalized : secret, with);
    if (!master) {
        return propagate(master);
    }
    return PartnerConsent(state.keyring.vaultId(), row.id, row.rowMac, std::move(*master),
                          detail::stateFilePath(state, row.id));
}

} // namespace twofold
