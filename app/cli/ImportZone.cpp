// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/ImportZone.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace twofold::cli {

namespace {

// "+02:00", "-0530", "+2": minutes east of UTC.
std::optional<int> fixedOffset(std::string_view text)
{
    if (text == "UTC" || text == "Z" || text == "utc") {
        return 0;
    }
    if (text.size() < 2 || (text[0] != '+' && text[0] != '-')) {
        return std::nullopt;
    }
    std::string digits;
    for (const char c : text.substr(1)) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != ':') {
            return std::nullopt;
        }
    }
    int hours = 0;
    int minutes = 0;
    if (digits.size() <= 2 && !digits.empty()) {
        hours = std::stoi(digits);
    } else if (digits.size() == 4) {
        hours = std::stoi(digits.substr(0, 2));
        minutes = std::stoi(digits.substr(2));
    } else {
        return std::nullopt;
    }
    if (hours > 14 || minutes > 59) {
        return std::nullopt;
    }
    const int total = hours * 60 + minutes;
    return text[0] == '-' ? -total : total;
}

// A name the system's zone database holds: letters, digits, _ + - and /, no "..".
bool knownZoneName(std::string_view name)
{
    if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos) {
        return false;
    }
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '_' || c == '+' || c == '-' || c == '/';
        if (!ok) {
            return false;
        }
    }
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path("/usr/share/zoneinfo") / std::string(name),
                                            ec);
}

// TZ set to a zone while it lives, then put back as it was.
class ZoneScope
{
public:
    explicit ZoneScope(const std::string& name)
    {
        if (const char* before = std::getenv("TZ")) {
            m_saved = before;
        }
        ::setenv("TZ", name.c_str(), 1);
        ::tzset();
    }
    ZoneScope(const ZoneScope&) = delete;
    ZoneScope& operator=(const ZoneScope&) = delete;
    ~ZoneScope()
    {
        if (m_saved) {
            ::setenv("TZ", m_saved->c_str(), 1);
        } else {
            ::unsetenv("TZ");
        }
        ::tzset();
    }

private:
    std::optional<std::string> m_saved;
};

} // namespace

std::int64_t localToUtcMs(const CivilTime& civil)
{
    std::tm tm = {};
    tm.tm_year = civil.year - 1900;
    tm.tm_mon = civil.month - 1;
    tm.tm_mday = civil.day;
    tm.tm_hour = civil.hour;
    tm.tm_min = civil.minute;
    tm.tm_sec = civil.second;
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    return static_cast<std::int64_t>(t) * 1000 + civil.millisecond;
}

std::optional<LocalToUtc> importZone(std::string_view zone)
{
    if (const auto offset = fixedOffset(zone)) {
        const std::int64_t shift = std::int64_t{*offset} * 60'000;
        return LocalToUtc([shift](const CivilTime& civil) { return civilToUtcMs(civil) - shift; });
    }
    if (!knownZoneName(zone)) {
        return std::nullopt;
    }
    // The C library reads zones only through TZ, and tzset() reads the zone's file again
    // whenever TZ changes: it is set once, for as long as the converter lives, and put back
    // as it was when the last copy goes (the caller drops it when the import is done).
    auto scope = std::make_shared<const ZoneScope>(std::string(zone));
    return LocalToUtc([scope](const CivilTime& civil) { return localToUtcMs(civil); });
}

} // namespace twofold::cli
