// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace twofold {

// A half-open span of time [fromMs, toMs), UTC milliseconds. Core knows no time zones:
// the shells turn the user's local days and months into these (DST days are 23 or 25
// hours long, so a day is never "24 hours from midnight UTC").
struct TimeRange
{
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;

    bool operator==(const TimeRange&) const = default;
};

// What the journal list can be narrowed to; every part set must hold (AND).
struct EntryFilter
{
    std::optional<std::string> tag; // matched like tags are stored: case-folded
    std::optional<int> mood;        // 1..5
    unsigned kinds = 0;             // IntimacyKind bits: the entry touches every one of them
    std::optional<TimeRange> within;

    bool isEmpty() const { return !tag && !mood && kinds == 0 && !within; }
    bool operator==(const EntryFilter&) const = default;
};

} // namespace twofold
