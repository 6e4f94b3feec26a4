// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/SecretBuffer.h"

#include <cstddef>
#include <cstdint>

namespace twofold {

// Argon2id cost, stored per partner so it can be raised later.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0; // bytes

    // What new vaults use: libsodium's MODERATE (3 passes, 256 MiB).
    static KdfParams production();
    // libsodium's minimum: tests only.
    static KdfParams minimum();
    // The least a real vault accepts: INTERACTIVE (2 passes, 64 MiB). Stored
    // parameters below the floor are refused (someone lowered them to make guessing cheap).
    static KdfParams productionFloor();

    bool atLeast(const KdfParams& floor) const
    {
        return opsLimit >= floor.opsLimit && memLimit >= floor.memLimit;
    }
    bool operator==(const KdfParams&) const = default;
};

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kKeyBytes = 32;

// password -> 32-byte key with Argon2id (pinned: crypto_pwhash_ALG_ARGON2ID13).
Result<SecretBuffer> deriveKeyFromPassword(const SecretBuffer& password, ByteView salt,
                                           const KdfParams& params);

// A 32-byte subkey of `master` for one purpose (crypto_kdf_derive_from_key).
// `context` is exactly 8 characters naming the purpose, e.g. "journal_".
SecretBuffer deriveSubkey(const SecretBuffer& master, std::uint64_t subkeyId, const char (&context)[9]);

} // namespace twofold
