#include "crypto/SignKeyPair.h"

#include "crypto/Sodium.h"

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

} // namespace twofold
