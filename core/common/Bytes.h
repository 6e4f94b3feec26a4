// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace twofold {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

std::string toHex(ByteView bytes);

// Appends `field` with its length first, as 8 bytes little-endian: how keyed MACs over
// several fields (keyring rows, freshness and leave records) keep their fields apart.
void appendLengthPrefixed(Bytes& out, ByteView field);

} // namespace twofold
