// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include <cstdint>
#include <span>

namespace twofold {

// Randomness is injected so tests can make reproducible vaults.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    virtual void fill(std::span<std::uint8_t> out) = 0;
};

// libsodium's CSPRNG: the only source used outside tests.
class SystemRandom final : public RandomSource
{
public:
    void fill(std::span<std::uint8_t> out) override;
    static SystemRandom& instance();
};

// A reproducible stream (libsodium's randombytes_buf_deterministic over a counter).
// For tests and fixtures only: never for a real vault.
class DeterministicRandom final : public RandomSource
{
public:
    explicit DeterministicRandom(std::uint64_t seed);
    void fill(std::span<std::uint8_t> out) override;

private:
    std::uint8_t m_seed[32] = {};
    std::uint64_t m_counter = 0;
};

} // namespace twofold
