// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/SignKeyPair.h"

#include "crypto/Sodium.h"

#include <mutex>
#include <string>
#include <unordered_set>

#include <sodium.h>

namespace twofold {

SignKeyPair SignKeyPair::generate(RandomSource& random)
{
    ensureSodium();
    SecretBuffer seed(kSeedBytes);
    random.fill(seed.span());
    auto pair = fromSeed(std::move(seed));
    return std::move(*pair); // a seed of the right length always makes a pair
}

Result<SignKeyPair> SignKeyPair::fromSeed(SecretBuffer seed)
{
    ensureSodium();
    if (seed.size() != kSeedBytes) {
        return fail(ErrorCode::DamagedKeyring, "signing seed has the wrong length");
    }
    SignKeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey = SecretBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(pair.publicKey.data(), pair.secretKey.data(), seed.data());
    pair.seed = std::move(seed);
    return pair;
}

Bytes SignKeyPair::sign(ByteView message) const
{
    Bytes signature(crypto_sign_BYTES);
    crypto_sign_detached(signature.data(), nullptr, message.data(), message.size(), secretKey.data());
    return signature;
}

bool verifySignature(ByteView publicKey, ByteView message, ByteView signature)
{
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(), publicKey.data()) ==
           0;
}

bool verifySignatureRemembered(ByteView publicKey, ByteView message, ByteView signature)
{
    static std::mutex mutex;
    static std::unordered_set<std::string> verified;
    constexpr std::size_t kMaxRemembered = 50'000;
    ensureSodium();
    std::string key(crypto_generichash_BYTES, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, key.size());
    const std::uint64_t sizes[2] = {publicKey.size(), message.size()};
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(sizes), sizeof sizes);
    crypto_generichash_update(&state, publicKey.data(), publicKey.size());
    crypto_generichash_update(&state, message.data(), message.size());
    crypto_generichash_update(&state, signature.data(), signature.size());
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(key.data()), key.size());
    {
        const std::lock_guard lock(mutex);
        if (verified.contains(key)) {
            return true;
        }
    }
    if (!verifySignature(publicKey, message, signature)) {
        return false;
    }
    const std::lock_guard lock(mutex);
    if (verified.size() >= kMaxRemembered) {
        verified.clear();
    }
    verified.insert(std::move(key));
    return true;
}

} // namespace twofold
