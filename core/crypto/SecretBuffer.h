// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace twofold {

// Memory for secrets: allocated with sodium_malloc (guard pages, locked where the
// OS allows), wiped with sodium_memzero and freed on destruction. Move-only.
class SecretBuffer
{
public:
    SecretBuffer() noexcept = default;
    explicit SecretBuffer(std::size_t size);
    // Copies the bytes in; the caller wipes its own copy.
    static SecretBuffer fromBytes(std::span<const std::uint8_t> bytes);
    static SecretBuffer fromString(std::string_view text);

    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;
    ~SecretBuffer();

    std::uint8_t* data() noexcept { return m_data; }
    const std::uint8_t* data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    std::span<std::uint8_t> span() noexcept { return {m_data, m_size}; }
    std::span<const std::uint8_t> span() const noexcept { return {m_data, m_size}; }
    std::string_view view() const noexcept { return {reinterpret_cast<const char*>(m_data), m_size}; }

    SecretBuffer clone() const;
    // Wipes and frees now; the buffer is empty afterwards.
    void wipe() noexcept;
    // Constant-time comparison.
    bool equals(const SecretBuffer& other) const noexcept;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace twofold
