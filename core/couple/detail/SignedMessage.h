// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

// What a signed record (detail::SignedRecords) or a hashed review's contents encode: a
// context string, then each field length-prefixed (4-byte big-endian), so no two records
// share an encoding. Times are decimal ms; a missing time is "". Private to core.
namespace twofold::detail {

class SignedMessage
{
public:
    explicit SignedMessage(std::string_view context) { raw(context.data(), context.size()); }
    SignedMessage& field(std::string_view value)
    {
        const auto size = static_cast<std::uint32_t>(value.size());
        const std::uint8_t prefix[4] = {
            static_cast<std::uint8_t>(size >> 24), static_cast<std::uint8_t>(size >> 16),
            static_cast<std::uint8_t>(size >> 8), static_cast<std::uint8_t>(size)};
        raw(prefix, sizeof prefix);
        raw(value.data(), value.size());
        return *this;
    }
    SignedMessage& field(ByteView value)
    {
        return field(std::string_view(reinterpret_cast<const char*>(value.data()), value.size()));
    }
    SignedMessage& time(std::optional<std::int64_t> ms)
    {
        return field(ms ? std::to_string(*ms) : std::string());
    }
    Bytes take() { return std::move(m_out); }

private:
    void raw(const void* data, std::size_t size)
    {
        const std::size_t at = m_out.size();
        m_out.resize(at + size);
        if (size != 0) {
            std::memcpy(m_out.data() + at, data, size);
        }
    }
    Bytes m_out;
};

} // namespace twofold::detail
