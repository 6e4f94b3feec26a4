// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "crypto/RecoveryCode.h"

#include <array>
#include <cstdint>

namespace twofold {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr std::size_t kRandomBytes = 20;                         // 160 bits
constexpr std::size_t kChars = 32;                               // 160 / 5
constexpr std::size_t kGroup = 4;

} // namespace

SecretBuffer generateRecoveryCode(RandomSource& random)
{
    SecretBuffer bits(kRandomBytes);
    random.fill(bits.span());
    // 32 characters + 7 dashes.
    SecretBuffer code(kChars + kChars / kGroup - 1);
    std::size_t out = 0;
    for (std::size_t i = 0; i < kChars; ++i) {
        const std::size_t bit = i * 5;
        const unsigned hi = bits.data()[bit / 8];
        const unsigned lo = (bit / 8 + 1 < kRandomBytes) ? bits.data()[bit / 8 + 1] : 0u;
        const unsigned value = (((hi << 8) | lo) >> (11 - bit % 8)) & 0x1f;
        if (i > 0 && i % kGroup == 0) {
            code.data()[out++] = '-';
        }
        code.data()[out++] = static_cast<std::uint8_t>(kAlphabet[value]);
    }
    return code;
}

Result<SecretBuffer> normalizeRecoveryCode(std::string_view typed)
{
    SecretBuffer code(kChars + kChars / kGroup - 1);
    std::size_t count = 0;
    std::size_t out = 0;
    for (char raw : typed) {
        char c = raw;
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 'a' + 'A');
        }
        if (c == 'O') {
            c = '0';
        } else if (c == 'I' || c == 'L') {
            c = '1';
        }
        bool valid = false;
        for (const char* a = kAlphabet; *a != '\0'; ++a) {
            valid = valid || *a == c;
        }
        if (!valid || count >= kChars) {
            return fail(ErrorCode::InvalidArgument, "not a recovery code");
        }
        if (count > 0 && count % kGroup == 0) {
            code.data()[out++] = '-';
        }
        code.data()[out++] = static_cast<std::uint8_t>(c);
        ++count;
    }
    if (count != kChars) {
        return fail(ErrorCode::InvalidArgument, "a recovery code has 32 characters");
    }
    return code;
}

} // namespace twofold
