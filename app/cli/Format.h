// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace twofold::cli {

// "2026-02-03T21:14:05Z": UTC, for JSON.
std::string isoUtc(std::int64_t utcMs);
// "2026-02-03 21:14": the machine's local time, for people.
std::string localDateTime(std::int64_t utcMs);

// IntimacyKind bits as lower-case names, in a fixed order ("emotional", "physical", ...).
std::vector<std::string_view> kindNames(unsigned kinds);
// "emotional" (any case) -> its bit; also accepts a comma-separated list.
std::optional<unsigned> parseKinds(std::string_view text);

} // namespace twofold::cli
