// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/Kdf.h"

#include "crypto/Sodium.h"

#include <cstring>

#include <sodium.h>

namespace twofold {

KdfParams KdfParams::production()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

KdfParams KdfParams::productionFloor()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

Result<SecretBuffer> deriveKeyFromPassword(const SecretBuffer& password, ByteView salt,
                                           const KdfParams& params)
{
    ensureSodium();
    static_assert(kSaltBytes == crypto_pwhash_argon2id_SALTBYTES);
    if (salt.size() != kSaltBytes) {
        return fail(ErrorCode::DamagedKeyring, "salt has the wrong length");
    }
    if (params.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN ||
        params.memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN ||
        params.opsLimit > crypto_pwhash_argon2id_OPSLIMIT_MAX || params.memLimit > (std::size_t{1} << 32)) {
        return fail(ErrorCode::DamagedKeyring, "Argon2id parameters out of range");
    }
    SecretBuffer key(kKeyBytes);
    // An empty password is allowed by the primitive; the UI asks for a real one.
    const char* pw = password.empty() ? "" : reinterpret_cast<const char*>(password.data());
    if (crypto_pwhash(key.data(), key.size(), pw, password.size(), salt.data(), params.opsLimit,
                      params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(ErrorCode::Internal, "Argon2id ran out of memory");
    }
    return key;
}

SecretBuffer deriveSubkey(const SecretBuffer& master, std::uint64_t subkeyId, const char (&context)[9])
{
    ensureSodium();
    static_assert(crypto_kdf_CONTEXTBYTES == 8);
    SecretBuffer subkey(kKeyBytes);
    crypto_kdf_derive_from_key(subkey.data(), subkey.size(), subkeyId, context, master.data());
    return subkey;
}

} // namespace twofold
