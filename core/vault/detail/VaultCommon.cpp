// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "vault/detail/VaultCommon.h"

#include "common/Propagate.h"
#include "crypto/Kdf.h"
#include "crypto/KeyWrap.h"

namespace twofold::detail {

Bytes randomBytes(RandomSource& random, std::size_t size)
{
    Bytes bytes(size);
    random.fill(bytes);
    return bytes;
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
        return propagate(slotKey);
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

} // namespace twofold::detail
