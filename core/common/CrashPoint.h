// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string_view>

namespace twofold {

// A test hook (scripts/cmake/TwofoldTestHooks.cmake, TWOFOLD_CRASH_POINTS_HOOK): in a build
// configured with it, the process ends at once (_exit, as a kill -9 would leave it)
// when the environment names this point in TWOFOLD_CRASH_AT. Every other build
// compiles this to nothing: neither the code nor the variable's name is in the binary.
void crashPoint(std::string_view name) noexcept;

} // namespace twofold
