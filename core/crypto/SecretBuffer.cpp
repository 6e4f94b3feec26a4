// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/SecretBuffer.h"

#include "crypto/Sodium.h"

#include <cstring>
#include <new>
#include <utility>

#include <sodium.h>

namespace twofold {

SecretBuffer::SecretBuffer(std::size_t size)
{
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBuffer SecretBuffer::fromBytes(std::span<const std::uint8_t> bytes)
{
    SecretBuffer buffer(bytes.size());
    if (!bytes.empty()) {
        std::memcpy(buffer.m_data, bytes.data(), bytes.size());
    }
    return buffer;
}

SecretBuffer SecretBuffer::fromString(std::string_view text)
{
    return fromBytes({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBuffer::~SecretBuffer()
{
    wipe();
}

SecretBuffer SecretBuffer::clone() const
{
    return fromBytes(span());
}

void SecretBuffer::wipe() noexcept
{
    if (m_data != nullptr) {
        sodium_memzero(m_data, m_size);
        sodium_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

bool SecretBuffer::equals(const SecretBuffer& other) const noexcept
{
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace twofold
