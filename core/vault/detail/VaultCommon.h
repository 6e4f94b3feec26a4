// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"
#include "vault/Keyring.h"
#include "vault/PartnerInfo.h"
#include "vault/Vault.h"
#include "vault/detail/VaultState.h"

#include <string>
#include <string_view>

// What Vault's files (Vault.cpp, VaultEnroll.cpp, VaultUnlock.cpp) share. Private to core.
namespace twofold::detail {

inline constexpr std::string_view kSlotPassword = "password";
inline constexpr std::string_view kSlotRecovery = "recovery";
inline constexpr std::string_view kSlotBoxSecret = "box-secret";
inline constexpr std::string_view kSlotCoupleKey = "couple-key";
inline constexpr std::string_view kSlotSignSecret = "sign-secret";

Bytes randomBytes(RandomSource& random, std::size_t size);
PartnerInfo infoFromRow(const KeyringRow& row);
std::string lowerAscii(std::string_view s);

// A journal or couple database that is missing where the keyring says it exists is
// damage, never a reason to start an empty one.
Error asDatabaseError(Error e, std::string_view what);

// The master key from `row`'s password or recovery slot; a wrong secret is recorded as a
// failed attempt. From here on a failure means someone changed the keyring: the row's MAC.
Result<SecretBuffer> unwrapMaster(detail::VaultState& state, const KeyringRow& row,
                                  const SecretBuffer& secret, Credential with);

} // namespace twofold::detail
