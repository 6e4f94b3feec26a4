// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"

#include <string_view>

namespace twofold {

// A recovery code: 160 random bits written as 32 Crockford base32 characters in
// eight groups of four ("7K3M-Q9XA-..."), easy to copy by hand.
SecretBuffer generateRecoveryCode(RandomSource& random);
// Upper-cases, drops spaces and dashes, maps O->0 and I/L->1. InvalidArgument when
// it cannot be a code (wrong length or characters), so typos are caught before Argon2id.
Result<SecretBuffer> normalizeRecoveryCode(std::string_view typed);

} // namespace twofold
