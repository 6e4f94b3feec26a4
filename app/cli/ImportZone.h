// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/IsoTime.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>

namespace twofold::cli {

using LocalToUtc = std::function<std::int64_t(const CivilTime&)>;

// A local civil time in the machine's time zone (daylight saving as it was on that day).
std::int64_t localToUtcMs(const CivilTime& civil);

// `import --timezone ZONE`: how times written without a zone are read. ZONE is a name from
// the system's time zone database (Europe/Berlin; daylight saving as it was on each day),
// UTC, or a fixed offset (+02:00, -0530, +2). Nothing when ZONE is none of these.
std::optional<LocalToUtc> importZone(std::string_view zone);

} // namespace twofold::cli
