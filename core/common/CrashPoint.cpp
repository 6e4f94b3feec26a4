// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/CrashPoint.h"

#ifdef TWOFOLD_CRASH_POINTS_HOOK
#include <cstdlib>
#include <unistd.h>
#endif

namespace twofold {

void crashPoint([[maybe_unused]] std::string_view name) noexcept
{
#ifdef TWOFOLD_CRASH_POINTS_HOOK // a test hook, off unless CMake's option of that name is on
    if (const char* at = std::getenv("TWOFOLD_CRASH_AT"); at != nullptr && name == at) {
        ::_exit(86);
    }
#endif
}

} // namespace twofold
