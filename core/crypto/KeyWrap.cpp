// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/KeyWrap.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace twofold {

namespace {

constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

Bytes seal(const std::uint8_t* data, std::size_t size, const SecretBuffer& key, ByteView ad)
{
    ensureSodium();
    Bytes out(kNonce + size + kTag);
    randombytes_buf(out.data(), kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out.data() + kNonce, &written, data, size, ad.data(),
                                               ad.size(), nullptr, out.data(), key.data());
    out.resize(kNonce + written);
    return out;
}

} // namespace

Bytes wrapSecret(const SecretBuffer& secret, const SecretBuffer& wrappingKey, ByteView associatedData)
{
    return seal(secret.data(), secret.size(), wrappingKey, associatedData);
}

Bytes sealBytes(ByteView plaintext, const SecretBuffer& key, ByteView associatedData)
{
    return seal(plaintext.data(), plaintext.size(), key, associatedData);
}

Result<SecretBuffer> openBytes(ByteView sealed, const SecretBuffer& key, ByteView associatedData)
{
    ensureSodium();
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES) {
        return fail(ErrorCode::InvalidArgument, "AEAD key must be 32 bytes");
    }
    if (sealed.size() < kNonce + kTag) {
        return fail(ErrorCode::WrongKey, "sealed data too short");
    }
    SecretBuffer plain(sealed.size() - kNonce - kTag);
    unsigned long long written = 0;
    // A zero-length plaintext still needs a valid output pointer.
    std::uint8_t empty = 0;
    std::uint8_t* out = plain.empty() ? &empty : plain.data();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(out, &written, nullptr, sealed.data() + kNonce,
                                                   sealed.size() - kNonce, associatedData.data(),
                                                   associatedData.size(), sealed.data(), key.data()) != 0) {
        return fail(ErrorCode::WrongKey, "authentication failed");
    }
    return plain;
}

Result<SecretBuffer> unwrapSecret(ByteView wrapped, const SecretBuffer& wrappingKey, ByteView associatedData)
{
    return openBytes(wrapped, wrappingKey, associatedData);
}

} // namespace twofold
