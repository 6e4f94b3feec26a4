// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"

namespace twofold {

// An Ed25519 signing key pair (crypto_sign): proves who wrote a shared item
// (DESIGN.md §3, §4). Only the 32-byte seed is stored (wrapped by the master key);
// the public key is always derived from it, never trusted from storage.
struct SignKeyPair
{
    static constexpr std::size_t kSeedBytes = 32;
    static constexpr std::size_t kPublicKeyBytes = 32;
    static constexpr std::size_t kSignatureBytes = 64;

    Bytes publicKey;        // 32 bytes
    SecretBuffer seed;      // 32 bytes
    SecretBuffer secretKey; // 64 bytes, libsodium's expanded form

    static SignKeyPair generate(RandomSource& random);
    static Result<SignKeyPair> fromSeed(SecretBuffer seed);

    Bytes sign(ByteView message) const;
};

// Constant-shape check: false for a key or signature of the wrong length.
bool verifySignature(ByteView publicKey, ByteView message, ByteView signature);
// The same, remembering (for this process, bounded) the triples that verified: a pure
// function of its inputs, so a list of 1,000 signed records read again costs a hash each.
bool verifySignatureRemembered(ByteView publicKey, ByteView message, ByteView signature);

} // namespace twofold
