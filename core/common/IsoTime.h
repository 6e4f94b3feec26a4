// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace twofold {

// A date and time as written, before a time zone is applied.
struct CivilTime
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
};

// What a timestamp in an import file said: a UTC instant (it named Z or an offset), or a
// local time (no zone: the caller decides which zone it means).
struct ParsedTime
{
    CivilTime civil;
    std::optional<int> offsetMinutes; // set when the text named a zone (Z = 0)
};

// Accepts "YYYY-MM-DD", "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM:SS", with optional
// fraction (".123", more digits are cut to milliseconds) and zone ("Z", "+02:00", "+0200").
std::optional<ParsedTime> parseIsoTime(std::string_view text);
// "HH:MM" or "HH:MM:SS" (jrnl's separate time field) onto a civil time.
bool applyClockTime(std::string_view text, CivilTime& civil);

// Milliseconds since the epoch of a civil time taken as UTC.
std::int64_t civilToUtcMs(const CivilTime& civil);
CivilTime utcMsToCivil(std::int64_t utcMs);
// "2026-02-03T21:14:05.123Z": UTC with milliseconds (lossless for our timestamps).
std::string isoUtcMs(std::int64_t utcMs);

} // namespace twofold
