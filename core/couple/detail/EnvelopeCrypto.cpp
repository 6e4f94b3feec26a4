// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/EnvelopeCrypto.h"

#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/PlaintextCodec.h"
#include "crypto/KeyWrap.h"
#include "crypto/Sodium.h"
#include "prompts/PromptPack.h"

#include <cstring>

#include <sodium.h>

namespace twofold::detail {

namespace {

constexpr std::string_view kAdContext = "twofold-envelope-v1";
constexpr std::string_view kAdContextV2 = "twofold-envelope-v2";
constexpr std::string_view kSignContext = "twofold-sign-envelope-v2";
constexpr std::string_view kQuestionContext = "twofold-question-v1";
constexpr std::uint8_t kAnswerFormat = 2;
constexpr std::string_view kConsentContext = "twofold-consent-v1";
// Format 1 (the first release): four ratings 1..5. Format 2: a rating byte of 0 is
// "rather not say". Both are read; format 2 is written.
constexpr std::uint8_t kCheckInFormatAllRated = 1;
constexpr std::uint8_t kCheckInFormat = 2;
constexpr std::uint8_t kOfferFormat = 1;

// resize + memcpy rather than vector::insert: GCC 12 at -O2 warns falsely
// (-Wstringop-overflow) about inserting ranges into a fresh vector.
void appendRaw(Bytes& out, const void* data, std::size_t size)
{
    const std::size_t at = out.size();
    out.resize(at + size);
    if (size != 0) {
        std::memcpy(out.data() + at, data, size);
    }
}

void appendField(Bytes& out, std::string_view field)
{
    const auto size = static_cast<std::uint32_t>(field.size());
    const std::uint8_t prefix[4] = {static_cast<std::uint8_t>(size >> 24),
                                    static_cast<std::uint8_t>(size >> 16),
                                    static_cast<std::uint8_t>(size >> 8), static_cast<std::uint8_t>(size)};
    appendRaw(out, prefix, sizeof prefix);
    appendRaw(out, field.data(), field.size());
}

// Answers, check-ins and offers: texts with an 8-byte length.
using Writer = PlaintextWriter<std::uint64_t>;
using Reader = PlaintextReader<std::uint64_t>;

std::unexpected<Error> malformed()
{
    return fail(ErrorCode::DamagedDatabase, "envelope plaintext is malformed");
}

} // namespace

std::string newEnvelopeId(RandomSource& random)
{
    Bytes raw(16);
    random.fill(raw);
    return toHex(raw);
}

SecretBuffer newItemKey(RandomSource& random)
{
    SecretBuffer key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    random.fill(key.span());
    return key;
}

EnvelopeBinding bindingOf(const EnvelopeRow& row)
{
    return {row.id, row.authorId, row.kind, row.topic, row.format, row.questionHash};
}

Bytes associatedData(const EnvelopeBinding& binding)
{
    const std::string_view context = binding.format == 1 ? kAdContext : kAdContextV2;
    Bytes out;
    out.reserve(context.size() + binding.id.size() + binding.authorId.size() + binding.topic.size() + 64);
    appendRaw(out, context.data(), context.size());
    appendField(out, binding.id);
    appendField(out, binding.authorId);
    const auto kind = static_cast<std::uint8_t>(binding.kind);
    appendRaw(out, &kind, 1);
    appendField(out, binding.topic);
    if (binding.format != 1) {
        appendField(out, std::string_view(reinterpret_cast<const char*>(binding.questionHash.data()),
                                          binding.questionHash.size()));
    }
    return out;
}

Bytes encrypt(ByteView plaintext, const SecretBuffer& itemKey, const EnvelopeBinding& binding)
{
    return sealBytes(plaintext, itemKey, associatedData(binding));
}

Result<SecretBuffer> decrypt(ByteView ciphertext, const SecretBuffer& itemKey, const EnvelopeBinding& binding)
{
    return openBytes(ciphertext, itemKey, associatedData(binding));
}

Bytes ciphertextHash(ByteView ciphertext)
{
    ensureSodium();
    Bytes hash(kHashBytes);
    crypto_generichash(hash.data(), hash.size(), ciphertext.data(), ciphertext.size(), nullptr, 0);
    return hash;
}

Bytes questionHash(std::string_view question)
{
    ensureSodium();
    Bytes input;
    appendRaw(input, kQuestionContext.data(), kQuestionContext.size());
    appendField(input, question);
    Bytes hash(kHashBytes);
    crypto_generichash(hash.data(), hash.size(), input.data(), input.size(), nullptr, 0);
    return hash;
}

Bytes signedMessage(const EnvelopeRow& row)
{
    const auto view = [](ByteView b) {
        return std::string_view(reinterpret_cast<const char*>(b.data()), b.size());
    };
    Bytes out;
    appendRaw(out, kSignContext.data(), kSignContext.size());
    appendField(out, row.id);
    appendField(out, row.authorId);
    const std::uint8_t kindAndFormat[2] = {static_cast<std::uint8_t>(row.kind),
                                           static_cast<std::uint8_t>(row.format)};
    appendRaw(out, kindAndFormat, sizeof kindAndFormat);
    appendField(out, row.topic);
    appendField(out, view(row.questionHash));
    const Bytes hash = ciphertextHash(row.ciphertext);
    appendField(out, view(hash));
    appendField(out, std::to_string(row.createdMs));
    appendField(out, std::to_string(row.version));
    return out;
}

Bytes consentTag(const SecretBuffer& itemKey, const EnvelopeBinding& binding, ByteView hash)
{
    ensureSodium();
    // A subkey, so the AEAD key is never used as a MAC key directly.
    SecretBuffer macKey(crypto_generichash_KEYBYTES);
    crypto_generichash(macKey.data(), macKey.size(),
                       reinterpret_cast<const std::uint8_t*>(kConsentContext.data()), kConsentContext.size(),
                       itemKey.data(), itemKey.size());
    Bytes input = associatedData(binding);
    appendRaw(input, kConsentContext.data(), kConsentContext.size());
    appendRaw(input, hash.data(), hash.size());
    Bytes tag(kHashBytes);
    crypto_generichash(tag.data(), tag.size(), input.data(), input.size(), macKey.data(), macKey.size());
    return tag;
}

bool sameBytes(ByteView a, ByteView b)
{
    return a.size() == b.size() && (a.empty() || sodium_memcmp(a.data(), b.data(), a.size()) == 0);
}

SecretBuffer encodeAnswer(std::string_view question, std::string_view text)
{
    Writer w(1 + Writer::textSize(question) + Writer::textSize(text));
    w.byte(kAnswerFormat);
    w.text(question);
    w.text(text);
    return w.finish();
}

Result<AnswerText> decodeAnswer(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    AnswerText a;
    if (!r.byte(format) || format != kAnswerFormat || !r.text(a.question) || !r.text(a.text) || !r.done()) {
        return malformed();
    }
    return a;
}

SecretBuffer encodeCheckIn(const CheckIn& c)
{
    Writer w(1 + kCheckInRatings + Writer::textSize(c.appreciated) + Writer::textSize(c.need));
    w.byte(kCheckInFormat);
    for (const std::optional<int>& rating : c.ratings()) {
        w.byte(static_cast<std::uint8_t>(rating.value_or(0)));
    }
    w.text(c.appreciated);
    w.text(c.need);
    return w.finish();
}

Result<CheckIn> decodeCheckIn(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    std::optional<int> ratings[kCheckInRatings];
    CheckIn c;
    if (!r.byte(format) || (format != kCheckInFormat && format != kCheckInFormatAllRated)) {
        return malformed();
    }
    const int lowest = format == kCheckInFormatAllRated ? kRatingMin : 0;
    for (auto& rating : ratings) {
        std::uint8_t value = 0;
        if (!r.byte(value) || value < lowest || value > kRatingMax) {
            return malformed();
        }
        if (value != 0) {
            rating = value;
        }
    }
    if (!r.text(c.appreciated) || !r.text(c.need) || !r.done()) {
        return malformed();
    }
    c.emotional = ratings[0];
    c.physical = ratings[1];
    c.spiritual = ratings[2];
    c.trust = ratings[3];
    return c;
}

SecretBuffer encodeOffer(const OfferedEntry& e)
{
    Writer w(1 + Writer::textSize(e.title) + Writer::textSize(e.body) + Writer::textSize(e.promptId) + 8);
    w.byte(kOfferFormat);
    w.text(e.title);
    w.text(e.body);
    w.text(e.promptId);
    w.u64(static_cast<std::uint64_t>(e.writtenMs));
    return w.finish();
}

Result<OfferedEntry> decodeOffer(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    OfferedEntry e;
    std::uint64_t written = 0;
    if (!r.byte(format) || format != kOfferFormat || !r.text(e.title) || !r.text(e.body) ||
        !r.text(e.promptId) || !r.u64(written) || !r.done()) {
        return malformed();
    }
    e.writtenMs = static_cast<std::int64_t>(written);
    return e;
}

} // namespace twofold::detail
