// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <QString>

namespace twofold::ui {

enum class Strength
{
    Empty,
    TooShort, // below kMinimumPasswordLength: refused
    Weak,
    Fair,
    Strong,
    VeryStrong,
};

constexpr int kMinimumPasswordLength = 8;

// A rough estimate from length, variety and obvious patterns. It guides; it does not
// pretend to be exact. Long passphrases of plain words score well, as they should.
Strength estimateStrength(const QString& password);
// "Weak: add a few more words", translated.
QString describeStrength(Strength strength);
// 0..4 for a meter.
int strengthScore(Strength strength);

} // namespace twofold::ui
