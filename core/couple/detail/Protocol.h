// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <string_view>

// Which couple-space protocol a partner's journal speaks (docs/ARCHITECTURE.md,
// "Protocol v2"). A journal made by this release says v2 from its first write; one of
// the first release is migrated once, by its owner's first v2 session. Private to core.
namespace twofold::detail {

inline constexpr std::string_view kCoupleProtocolSetting = "couple.protocol";
inline constexpr std::string_view kCoupleProtocolV2 = "2";

} // namespace twofold::detail
