// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "ui/widgets/LocalTime.h"

namespace twofold::ui {

QDateTime localNow(const Clock& clock)
{
    return QDateTime::fromMSecsSinceEpoch(clock.nowMs()).toLocalTime();
}

QDate localToday(const Clock& clock)
{
    return localNow(clock).date();
}

int utcOffsetMinutes(const Clock& clock)
{
    return localNow(clock).offsetFromUtc() / 60;
}

} // namespace twofold::ui
