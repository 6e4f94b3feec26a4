#pragma once

#include "common/Bytes.h"
#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/Offer.h"
#include "crypto/Random.h"
#include "crypto/SecretBuffer.h"

#include <string_view>

// The cryptographic shape of an envelope (docs/ARCHITECTURE.md, "The couple space and
// the reveal protocol"). Private to core.
namespace twofold::detail {

inline constexpr std::size_t kHashBytes = 32;

struct EnvelopeBinding
{
    std::string_view id;
    std::string_view authorId;
    EnvelopeKind kind;
    std::string_view topic;
};

std::string newEnvelopeId(RandomSource& random);
SecretBuffer newItemKey(RandomSource& random);

// AD = "twofold-envelope-v1" ‖ id ‖ author ‖ kind ‖ topic, each length-prefixed so no
// two bindings share an encoding.
Bytes associatedData(const EnvelopeBinding& binding);
Bytes encrypt(ByteView plaintext, const SecretBuffer& itemKey, const EnvelopeBinding& binding);
// WrongKey when authentication fails: the caller reports the item as Damaged.
Result<SecretBuffer> decrypt(ByteView ciphertext, const SecretBuffer& itemKey,
                             const EnvelopeBinding& binding);

// BLAKE2b-256 of a ciphertext: what a consent names.
Bytes ciphertextHash(ByteView ciphertext);
// BLAKE2b-256 keyed with a subkey of the item key over the binding and the hash: only
// the envelope's author can make it, so a consent cannot be forged by the other partner.
Bytes consentTag(const SecretBuffer& itemKey, const EnvelopeBinding& binding, ByteView hash);
bool sameBytes(ByteView a, ByteView b);

// Plaintext formats, versioned by their first byte.
SecretBuffer encodeCheckIn(const CheckIn& checkIn);
Result<CheckIn> decodeCheckIn(const SecretBuffer& plaintext);
SecretBuffer encodeOffer(const OfferedEntry& entry);
Result<OfferedEntry> decodeOffer(const SecretBuffer& plaintext);

} // namespace twofold::detail
