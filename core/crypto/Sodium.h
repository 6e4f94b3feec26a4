// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

namespace twofold {

// Initialises libsodium once per process; safe to call from any thread, any number of times.
void ensureSodium();

} // namespace twofold
