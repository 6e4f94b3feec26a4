// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#include "couple/detail/ReviewPlaintext.h"

#include "couple/detail/EnvelopeStore.h"
#include "couple/detail/PlaintextCodec.h"
#include "journal/detail/Utf8.h"

#include <cstdint>
#include <cstring>

namespace twofold::detail {

namespace {

constexpr std::uint8_t kAppreciationsFormat = 0x10;
constexpr std::uint8_t kLovedFormat = 0x11;

// The review steps: texts with a 4-byte length.
using Writer = PlaintextWriter<std::uint32_t>;
using Reader = PlaintextReader<std::uint32_t>;

// A text of 1..maxBytes bytes of UTF-8.
bool readText(Reader& r, std::string& out, std::size_t maxBytes)
{
    return r.text(out, maxBytes) && !out.empty() && isValidUtf8(out);
}

std::unexpected<Error> malformed()
{
    return fail(ErrorCode::DamagedDatabase, "a review step's plaintext is malformed");
}

} // namespace

SecretBuffer encodeAppreciations(const Appreciations& a)
{
    std::size_t size = 2;
    for (const std::string& item : a.items) {
        size += Writer::textSize(item);
    }
    Writer w(size);
    w.byte(kAppreciationsFormat);
    w.byte(static_cast<std::uint8_t>(a.items.size()));
    for (const std::string& item : a.items) {
        w.text(item);
    }
    return w.finish();
}

Result<Appreciations> decodeAppreciations(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    std::uint8_t count = 0;
    if (!r.byte(format) || format != kAppreciationsFormat || !r.byte(count) || count == 0 ||
        count > kMaxAppreciations) {
        return malformed();
    }
    Appreciations a;
    a.items.resize(count);
    for (std::string& item : a.items) {
        if (!readText(r, item, kMaxAppreciationBytes)) {
            return malformed();
        }
    }
    if (!r.done()) {
        return malformed();
    }
    return a;
}

SecretBuffer encodeLoved(std::string_view answer)
{
    Writer w(1 + Writer::textSize(answer));
    w.byte(kLovedFormat);
    w.text(answer);
    return w.finish();
}

Result<std::string> decodeLoved(const SecretBuffer& plaintext)
{
    Reader r(plaintext);
    std::uint8_t format = 0;
    std::string answer;
    if (!r.byte(format) || format != kLovedFormat || !readText(r, answer, kMaxLovedBytes) || !r.done()) {
        return malformed();
    }
    return answer;
}

std::string_view stepOf(std::string_view topicKey)
{
    const auto slash = topicKey.find('/');
    return slash == std::string_view::npos ? std::string_view() : topicKey.substr(slash + 1);
}

Opened<Appreciations> decodeAppreciationsFor(const SecretBuffer& plaintext, const EnvelopeRow& row)
{
    if (row.kind != EnvelopeKind::CheckIn || stepOf(row.topic) != kAppreciationsStep) {
        return {ItemState::Damaged, {}};
    }
    auto value = decodeAppreciations(plaintext);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

Opened<std::string> decodeLovedFor(const SecretBuffer& plaintext, const EnvelopeRow& row)
{
    if (row.kind != EnvelopeKind::CheckIn || stepOf(row.topic) != kLovedStep) {
        return {ItemState::Damaged, {}};
    }
    auto value = decodeLoved(plaintext);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

} // namespace twofold::detail
