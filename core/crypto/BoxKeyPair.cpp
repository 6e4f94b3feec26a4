// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/BoxKeyPair.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace twofold {

BoxKeyPair BoxKeyPair::generate(RandomSource& random)
{
    ensureSodium();
    SecretBuffer seed(crypto_box_SEEDBYTES);
    random.fill(seed.span());
    BoxKeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    pair.secretKey = SecretBuffer(crypto_box_SECRETKEYBYTES);
    crypto_box_seed_keypair(pair.publicKey.data(), pair.secretKey.data(), seed.data());
    return pair;
}

Result<BoxKeyPair> BoxKeyPair::fromSecretKey(SecretBuffer secretKey)
{
    ensureSodium();
    if (secretKey.size() != crypto_box_SECRETKEYBYTES) {
        return fail(ErrorCode::DamagedKeyring, "secret key has the wrong length");
    }
    BoxKeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(pair.publicKey.data(), secretKey.data());
    pair.secretKey = std::move(secretKey);
    return pair;
}

Bytes sealToPublicKey(const SecretBuffer& secret, ByteView publicKey)
{
    ensureSodium();
    Bytes out(secret.size() + crypto_box_SEALBYTES);
    crypto_box_seal(out.data(), secret.data(), secret.size(), publicKey.data());
    return out;
}

Result<SecretBuffer> openSealed(ByteView sealed, const BoxKeyPair& keyPair)
{
    ensureSodium();
    if (sealed.size() < crypto_box_SEALBYTES) {
        return fail(ErrorCode::WrongKey, "sealed box too short");
    }
    SecretBuffer plain(sealed.size() - crypto_box_SEALBYTES);
    std::uint8_t empty = 0;
    if (crypto_box_seal_open(plain.empty() ? &empty : plain.data(), sealed.data(), sealed.size(),
                             keyPair.publicKey.data(), keyPair.secretKey.data()) != 0) {
        return fail(ErrorCode::WrongKey, "sealed box did not open");
    }
    return plain;
}

} // namespace twofold
