// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/SecretBuffer.h"

namespace twofold {

// XChaCha20-Poly1305 (IETF) sealing of a secret under a wrapping key. The output is
// nonce ‖ ciphertext ‖ tag. The associated data binds the wrapped key to where it
// belongs (vault id, partner id, slot name), so a copy moved elsewhere fails to open.
Bytes wrapSecret(const SecretBuffer& secret, const SecretBuffer& wrappingKey, ByteView associatedData);
// WrongPassword is not decided here: a failure is ErrorCode::WrongKey and the caller
// says what it means.
Result<SecretBuffer> unwrapSecret(ByteView wrapped, const SecretBuffer& wrappingKey, ByteView associatedData);

// The same AEAD for non-secret plaintext (envelopes).
Bytes sealBytes(ByteView plaintext, const SecretBuffer& key, ByteView associatedData);
Result<SecretBuffer> openBytes(ByteView sealed, const SecretBuffer& key, ByteView associatedData);

} // namespace twofold
