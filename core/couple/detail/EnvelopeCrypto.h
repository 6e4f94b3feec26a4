// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/Offer.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"

#include <string>
#include <string_view>

// The cryptographic shape of an envelope (docs/ARCHITECTURE.md, "The couple space and
// the reveal protocol"). Private to core.
namespace twofold::detail {

struct EnvelopeRow;

inline constexpr std::size_t kHashBytes = 32;

struct EnvelopeBinding
{
    std::string_view id;
    std::string_view authorId;
    EnvelopeKind kind;
    std::string_view topic;
    int format = 2;        // 1: protocol v1's AD, without the question
    ByteView questionHash; // format 2 only
};

EnvelopeBinding bindingOf(const EnvelopeRow& row);

std::string newEnvelopeId(RandomSource& random);
SecretBuffer newItemKey(RandomSource& random);

// Format 1: AD = "twofold-envelope-v1" ‖ id ‖ author ‖ kind ‖ topic; format 2 appends
// the question hash under "twofold-envelope-v2". Fields length-prefixed, so no two
// bindings share an encoding.
Bytes associatedData(const EnvelopeBinding& binding);
Bytes encrypt(ByteView plaintext, const SecretBuffer& itemKey, const EnvelopeBinding& binding);
// WrongKey when authentication fails: the caller reports the item as Damaged.
Result<SecretBuffer> decrypt(ByteView ciphertext, const SecretBuffer& itemKey,
                             const EnvelopeBinding& binding);

// BLAKE2b-256 of a ciphertext.
Bytes ciphertextHash(ByteView ciphertext);
// BLAKE2b-256 of the question text an answer was written for ('' for check-ins and offers).
Bytes questionHash(std::string_view question);
// What the author signs (Ed25519): "twofold-sign-envelope-v2" ‖ id ‖ author ‖ kind ‖
// topic ‖ format ‖ question hash ‖ BLAKE2b(ciphertext) ‖ created_at ‖ version.
Bytes signedMessage(const EnvelopeRow& row);
// Protocol v1's consent tag, read once when a v1 vault is migrated.
Bytes consentTag(const SecretBuffer& itemKey, const EnvelopeBinding& binding, ByteView hash);
bool sameBytes(ByteView a, ByteView b);

// Plaintext formats, versioned by their first byte.
struct AnswerText
{
    std::string question;
    std::string text;
};
SecretBuffer encodeAnswer(std::string_view question, std::string_view text);
Result<AnswerText> decodeAnswer(const SecretBuffer& plaintext);
SecretBuffer encodeCheckIn(const CheckIn& checkIn);
Result<CheckIn> decodeCheckIn(const SecretBuffer& plaintext);
SecretBuffer encodeOffer(const OfferedEntry& entry);
Result<OfferedEntry> decodeOffer(const SecretBuffer& plaintext);

} // namespace twofold::detail
