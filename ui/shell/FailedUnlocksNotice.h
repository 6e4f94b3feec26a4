// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "vault/FailedUnlocks.h"

#include <QString>

namespace twofold::ui {

// The unlock notice for wrong-password attempts since the last unlock (MainScreen): how
// many, when the last was, and that this record can be erased or forged (keyring.db is
// plain SQLite; vault/FailedUnlocks.h bounds what it shows). `attempts` has some.
QString failedUnlocksNotice(const FailedUnlockSummary& attempts);

} // namespace twofold::ui
