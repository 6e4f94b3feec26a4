// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string>

namespace twofold {

// What the login screen may show about a partner: nothing secret.
struct PartnerInfo
{
    std::string id;     // 16 lowercase hex digits; names partner-<id>.db
    std::string name;   // display name
    std::string colour; // "#rrggbb"
    int slot = 0;       // 1 or 2: who enrolled first

    bool operator==(const PartnerInfo&) const = default;
};

} // namespace twofold
