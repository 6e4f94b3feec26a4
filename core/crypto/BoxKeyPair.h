// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"

namespace twofold {

// An X25519 key pair (crypto_box). The public key is always derived from the
// secret key, never trusted from storage.
struct BoxKeyPair
{
    Bytes publicKey;        // 32 bytes
    SecretBuffer secretKey; // 32 bytes

    static BoxKeyPair generate(RandomSource& random);
    static Result<BoxKeyPair> fromSecretKey(SecretBuffer secretKey);
};

// crypto_box_seal: anyone can seal to a public key; only the secret key opens it.
Bytes sealToPublicKey(const SecretBuffer& secret, ByteView publicKey);
Result<SecretBuffer> openSealed(ByteView sealed, const BoxKeyPair& keyPair);

} // namespace twofold
