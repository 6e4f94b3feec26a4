// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/Sodium.h"

#include <cstdlib>
#include <mutex>

#include <sodium.h>

namespace twofold {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            // Without a working libsodium nothing in the vault can be trusted.
            std::abort();
        }
    });
}

} // namespace twofold
