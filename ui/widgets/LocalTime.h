// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Clock.h"

#include <QDate>
#include <QDateTime>

namespace twofold::ui {

// The screens' one way to ask the time: an injected Clock (the vault's, VaultContext::clock(),
// wherever there is a vault context), read in this computer's local time. Nothing in ui/
// reads the system clock directly (LayeringTest checks it).
QDateTime localNow(const Clock& clock);
QDate localToday(const Clock& clock);
// This computer's offset from UTC at the clock's "now", in minutes (east positive).
int utcOffsetMinutes(const Clock& clock);

} // namespace twofold::ui
