// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "common/IsoTime.h"

#include <cstdio>

namespace twofold {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civilFromDays(std::int64_t z, int& year, int& month, int& day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    year = static_cast<int>(y + (m <= 2));
    month = static_cast<int>(m);
    day = static_cast<int>(d);
}

bool digits(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    if (at + count > text.size()) {
        return false;
    }
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') {
            return false;
        }
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

std::optional<ParsedTime> parseIsoTime(std::string_view text)
{
    ParsedTime out;
    CivilTime& c = out.civil;
    if (text.size() < 10 || !digits(text, 0, 4, c.year) || text[4] != '-' || !digits(text, 5, 2, c.month) ||
        text[7] != '-' || !digits(text, 8, 2, c.day)) {
        return std::nullopt;
    }
    if (c.year < 1900 || c.year > 9999 || c.month < 1 || c.month > 12 || c.day < 1 ||
        c.day > daysInMonth(c.year, c.month)) {
        return std::nullopt;
    }
    std::size_t i = 10;
    if (i < text.size()) {
        if (text[i] != 'T' && text[i] != ' ') {
            return std::nullopt;
        }
        if (!applyClockTime(text.substr(i + 1, text.find_first_not_of("0123456789:", i + 1) - (i + 1)), c)) {
            return std::nullopt;
        }
        i = text.find_first_not_of("0123456789:", i + 1);
        if (i == std::string_view::npos) {
            i = text.size();
        }
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            std::size_t j = i + 1;
            int ms = 0;
            int scale = 100;
            while (j < text.size() && text[j] >= '0' && text[j] <= '9') {
                ms += (text[j] - '0') * scale;
                scale /= 10;
                ++j;
            }
            if (j == i + 1) {
                return std::nullopt;
            }
            c.millisecond = ms;
            i = j;
        }
        if (i < text.size() && text[i] == ' ') {
            ++i;
        }
        if (i < text.size()) {
            if (text[i] == 'Z' && i + 1 == text.size()) {
                out.offsetMinutes = 0;
            } else if (text[i] == '+' || text[i] == '-') {
                int hh = 0;
                int mm = 0;
                const std::string_view zone = text.substr(i + 1);
                const bool colon =
                    zone.size() == 5 && zone[2] == ':' && digits(zone, 0, 2, hh) && digits(zone, 3, 2, mm);
                const bool plain = zone.size() == 4 && digits(zone, 0, 2, hh) && digits(zone, 2, 2, mm);
                const bool hours = zone.size() == 2 && digits(zone, 0, 2, hh);
                if (!(colon || plain || hours) || hh > 14 || mm > 59) {
                    return std::nullopt;
                }
                out.offsetMinutes = (text[i] == '-' ? -1 : 1) * (hh * 60 + mm);
            } else {
                return std::nullopt;
            }
        }
    }
    return out;
}

bool applyClockTime(std::string_view text, CivilTime& civil)
{
    int h = 0;
    int m = 0;
    int s = 0;
    if (text.size() != 5 && text.size() != 8) {
        return false;
    }
    if (!digits(text, 0, 2, h) || text[2] != ':' || !digits(text, 3, 2, m)) {
        return false;
    }
    if (text.size() == 8 && (text[5] != ':' || !digits(text, 6, 2, s))) {
        return false;
    }
    if (h > 23 || m > 59 || s > 60) {
        return false;
    }
    civil.hour = h;
    civil.minute = m;
    civil.second = s == 60 ? 59 : s;
    return true;
}

std::int64_t civilToUtcMs(const CivilTime& c)
{
    const std::int64_t days =
        daysFromCivil(c.year, static_cast<unsigned>(c.month), static_cast<unsigned>(c.day));
    return ((days * 24 + c.hour) * 60 + c.minute) * 60'000 + c.second * 1000 + c.millisecond;
}

CivilTime utcMsToCivil(std::int64_t utcMs)
{
    std::int64_t days = utcMs / 86'400'000;
    std::int64_t rest = utcMs % 86'400'000;
    if (rest < 0) {
        rest += 86'400'000;
        --days;
    }
    CivilTime c;
    civilFromDays(days, c.year, c.month, c.day);
    c.hour = static_cast<int>(rest / 3'600'000);
    c.minute = static_cast<int>(rest / 60'000 % 60);
    c.second = static_cast<int>(rest / 1000 % 60);
    c.millisecond = static_cast<int>(rest % 1000);
    return c;
}

std::string isoUtcMs(std::int64_t utcMs)
{
    const CivilTime c = utcMsToCivil(utcMs);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year, c.month, c.day,
                  c.hour, c.minute, c.second, c.millisecond);
    return buffer;
}

} // namespace twofold
