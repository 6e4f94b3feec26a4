// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/Random.h"

#include "crypto/Sodium.h"

#include <cstring>

#include <sodium.h>

namespace twofold {

void SystemRandom::fill(std::span<std::uint8_t> out)
{
    ensureSodium();
    randombytes_buf(out.data(), out.size());
}

SystemRandom& SystemRandom::instance()
{
    static SystemRandom kRandom;
    return kRandom;
}

DeterministicRandom::DeterministicRandom(std::uint64_t seed)
{
    ensureSodium();
    std::memcpy(m_seed, &seed, sizeof seed);
}

void DeterministicRandom::fill(std::span<std::uint8_t> out)
{
    // Each call gets its own stream: hash (seed, counter) into a fresh seed.
    std::uint8_t callSeed[randombytes_SEEDBYTES];
    std::uint8_t input[40];
    std::memcpy(input, m_seed, 32);
    std::memcpy(input + 32, &m_counter, 8);
    ++m_counter;
    crypto_generichash(callSeed, sizeof callSeed, input, sizeof input, nullptr, 0);
    randombytes_buf_deterministic(out.data(), out.size(), callSeed);
}

} // namespace twofold
