// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/Kdf.h"
#include "vault/Vault.h"

namespace twofold::test {

// Vault options with libsodium's minimum Argon2id cost, for tests only. It lives with the
// tests, not in core: a default build of Twofold contains no way to lower the floor.
inline VaultOptions fastVaultOptions()
{
    VaultOptions options;
    options.kdf = KdfParams::minimum();
    options.floor = KdfParams::minimum();
    return options;
}

} // namespace twofold::test
