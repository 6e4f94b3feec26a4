// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "crypto/SecretBuffer.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace twofold::detail {

// Writes an envelope's plaintext into secure memory from the start, so the words never sit
// in an ordinary buffer: bytes, big-endian 64-bit integers, and texts prefixed with their
// length as a big-endian `Length` (answers, check-ins and offers use 8 bytes, the review
// steps 4).
template <typename Length> class PlaintextWriter
{
public:
    explicit PlaintextWriter(std::size_t size) : m_buffer(size) {}

    void byte(std::uint8_t b) { m_buffer.data()[m_pos++] = b; }
    void u64(std::uint64_t v) { bigEndian(v); }
    void text(std::string_view s)
    {
        bigEndian(static_cast<Length>(s.size()));
        if (!s.empty()) {
            std::memcpy(m_buffer.data() + m_pos, s.data(), s.size());
            m_pos += s.size();
        }
    }
    SecretBuffer finish() { return std::move(m_buffer); }
    static std::size_t textSize(std::string_view s) { return sizeof(Length) + s.size(); }

private:
    template <typename Int> void bigEndian(Int v)
    {
        for (int shift = 8 * static_cast<int>(sizeof(Int) - 1); shift >= 0; shift -= 8) {
            byte(static_cast<std::uint8_t>(v >> shift));
        }
    }

    SecretBuffer m_buffer;
    std::size_t m_pos = 0;
};

// Reads what PlaintextWriter<Length> wrote; every read is checked against the end.
template <typename Length> class PlaintextReader
{
public:
    explicit PlaintextReader(const SecretBuffer& buffer) : m_data(buffer.data()), m_size(buffer.size()) {}

    bool byte(std::uint8_t& out)
    {
        if (m_pos >= m_size) {
            return false;
        }
        out = m_data[m_pos++];
        return true;
    }
    bool u64(std::uint64_t& out) { return bigEndian(out); }
    // A text of at most `maxBytes` bytes (and never longer than what is left).
    bool text(std::string& out, std::size_t maxBytes = std::numeric_limits<std::size_t>::max())
    {
        Length size = 0;
        if (!bigEndian(size) || size > m_size - m_pos || size > maxBytes) {
            return false;
        }
        out.assign(reinterpret_cast<const char*>(m_data + m_pos), static_cast<std::size_t>(size));
        m_pos += static_cast<std::size_t>(size);
        return true;
    }
    bool done() const { return m_pos == m_size; }

private:
    template <typename Int> bool bigEndian(Int& out)
    {
        out = 0;
        for (std::size_t i = 0; i < sizeof(Int); ++i) {
            std::uint8_t b = 0;
            if (!byte(b)) {
                return false;
            }
            out = static_cast<Int>((out << 8) | b);
        }
        return true;
    }

    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

} // namespace twofold::detail
