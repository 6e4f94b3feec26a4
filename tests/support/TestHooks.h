// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

// Which test hooks (scripts/cmake/TwofoldTestHooks.cmake) this build has. They are off unless
// configured on (scripts/test does); a test that needs one skips, saying so, without it.
namespace twofold::test {

#ifdef TWOFOLD_INSECURE_FAST_KDF_HOOK
// The binaries honour TWOFOLD_INSECURE_FAST_KDF=1, so they open vaults made with
// twofold::test::fastVaultOptions() (a hook-free binary refuses them: WeakKdfParameters).
inline constexpr bool kFastKdfHook = true;
#else
inline constexpr bool kFastKdfHook = false;
#endif

#ifdef TWOFOLD_CRASH_POINTS_HOOK
// The binaries end at once at the point named by TWOFOLD_CRASH_AT (common/CrashPoint.h).
inline constexpr bool kCrashPointsHook = true;
#else
inline constexpr bool kCrashPointsHook = false;
#endif

inline constexpr const char* kNeedsCrashPointsHook =
    "kills the process at named points: configure with -DTWOFOLD_CRASH_POINTS_HOOK=ON (scripts/test does)";

inline constexpr const char* kNeedsFastKdfHook =
    "drives the twofold binary on a fast-KDF vault: configure with -DTWOFOLD_INSECURE_FAST_KDF_HOOK=ON "
    "(scripts/test does)";

} // namespace twofold::test
