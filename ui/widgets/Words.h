// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "journal/Entry.h"

#include <QDateTime>
#include <QString>

namespace twofold::ui {

// Shared, translated names for the journal's small vocabularies.
QString moodName(int mood); // 1 "Heavy" .. 5 "Bright"
QString kindName(IntimacyKind kind);
QString kindsText(unsigned kinds); // "Emotional, Spiritual"
// The locale's short time without seconds ("14:02", "2:02 PM").
QString shortTime(const QTime& time);
// "Today 14:02", "Yesterday", "Mon 3 Feb", "3 Feb 2025", as seen from `now`
// (localNow(clock), LocalTime.h).
QString friendlyDate(const QDateTime& when, const QDateTime& now);

constexpr IntimacyKind kKinds[] = {IntimacyKind::Emotional, IntimacyKind::Physical, IntimacyKind::Sexual,
                                   IntimacyKind::Spiritual};

} // namespace twofold::ui
