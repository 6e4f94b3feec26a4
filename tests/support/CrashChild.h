// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <functional>

namespace twofold::test {

// The exit status of a process that ended at a crash point (common/CrashPoint.cpp).
inline constexpr int kCrashed = 86;

// Runs `body` in a forked child told to end at the crash point `crashAt` (TWOFOLD_CRASH_AT,
// common/CrashPoint.h; needs kCrashPointsHook). Returns the child's exit status: kCrashed when
// it ended there, 0 or 1 when `body` returned true or false first, -1 when it died otherwise.
// Whatever the parent holds open (a vault's lock, a session) is the child's too: close it first.
int exitStatusOfChild(const char* crashAt, const std::function<bool()>& body);

} // namespace twofold::test
