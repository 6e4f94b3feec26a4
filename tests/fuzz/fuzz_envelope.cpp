// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
// The couple space's decoders on arbitrary bytes (what a damaged or hostile couple.db
// could hold after decryption), and envelope decryption on arbitrary ciphertexts.
// A plaintext that decodes must encode back to the same bytes (a check-in in the
// current format).
#include "couple/detail/EnvelopeCrypto.h"
#include "crypto/SecretBuffer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>
#include <vector>

using namespace twofold;

namespace {

bool sameAs(const SecretBuffer& buffer, const std::uint8_t* data, std::size_t size)
{
    return buffer.size() == size && (size == 0 || std::memcmp(buffer.data(), data, size) == 0);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    // The first byte picks what to fuzz; the rest is the input.
    const std::uint8_t which = data[0] % 3;
    const std::span<const std::uint8_t> input(data + 1, size - 1);
    const SecretBuffer plaintext = SecretBuffer::fromBytes(input);
    if (which == 0) {
        if (auto checkIn = detail::decodeCheckIn(plaintext)) {
            // A first-release check-in (format 1) is written back as format 2: the same
            // bytes but the first.
            std::vector<std::uint8_t> expected(input.begin(), input.end());
            expected[0] = 2;
            if (!sameAs(detail::encodeCheckIn(*checkIn), expected.data(), expected.size())) {
                std::abort();
            }
        }
    } else if (which == 1) {
        if (auto offer = detail::decodeOffer(plaintext)) {
            if (!sameAs(detail::encodeOffer(*offer), input.data(), input.size())) {
                std::abort();
            }
        }
    } else {
        static const SecretBuffer key = [] {
            SecretBuffer k(32);
            for (std::size_t i = 0; i < k.size(); ++i) {
                k.data()[i] = static_cast<std::uint8_t>(i);
            }
            return k;
        }();
        const detail::EnvelopeBinding binding{"00112233445566778899aabbccddeeff", "0123456789abcdef",
                                              EnvelopeKind::Answer, "foundations.intimacy"};
        // Forging is out of reach: nothing random may ever authenticate.
        if (detail::decrypt(input, key, binding)) {
            std::abort();
        }
        (void)detail::ciphertextHash(input);
    }
    return 0;
}
