// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "cli/Format.h"

#include "journal/Entry.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <ctime>
#include <utility>

namespace twofold::cli {

namespace {

constexpr std::array<std::pair<IntimacyKind, std::string_view>, 4> kKindNames = {{
    {IntimacyKind::Emotional, "emotional"},
    {IntimacyKind::Physical, "physical"},
    {IntimacyKind::Sexual, "sexual"},
    {IntimacyKind::Spiritual, "spiritual"},
}};

std::time_t toSeconds(std::int64_t utcMs)
{
    // Floor division, so times before 1970 still round towards the past.
    std::int64_t seconds = utcMs / 1000;
    if (utcMs % 1000 < 0) {
        --seconds;
    }
    return static_cast<std::time_t>(seconds);
}

std::string formatTime(const std::tm& time, const char* format)
{
    std::array<char, 64> buffer{};
    const std::size_t length = std::strftime(buffer.data(), buffer.size(), format, &time);
    return std::string(buffer.data(), length);
}

std::string trimmedLower(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower;
}

} // namespace

std::string isoUtc(std::int64_t utcMs)
{
    const std::time_t seconds = toSeconds(utcMs);
    std::tm time{};
    if (::gmtime_r(&seconds, &time) == nullptr) {
        return {};
    }
    return formatTime(time, "%Y-%m-%dT%H:%M:%SZ");
}

std::string localDateTime(std::int64_t utcMs)
{
    const std::time_t seconds = toSeconds(utcMs);
    std::tm time{};
    if (::localtime_r(&seconds, &time) == nullptr) {
        return {};
    }
    return formatTime(time, "%Y-%m-%d %H:%M");
}

std::vector<std::string_view> kindNames(unsigned kinds)
{
    std::vector<std::string_view> names;
    for (const auto& [kind, name] : kKindNames) {
        if ((kinds & kindBit(kind)) != 0) {
            names.push_back(name);
        }
    }
    return names;
}

std::optional<unsigned> parseKinds(std::string_view text)
{
    unsigned kinds = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string word = trimmedLower(text.substr(start, comma - start));
        const auto known = std::find_if(kKindNames.begin(), kKindNames.end(),
                                        [&](const auto& entry) { return entry.second == word; });
        if (known == kKindNames.end()) {
            return std::nullopt;
        }
        kinds |= kindBit(known->first);
        start = comma + 1;
    }
    return kinds;
}

} // namespace twofold::cli
