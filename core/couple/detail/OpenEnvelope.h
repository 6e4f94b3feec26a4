// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/CheckIn.h"
#include "couple/Envelope.h"
#include "couple/Offer.h"
#include "couple/detail/EnvelopeCrypto.h"
#include "couple/detail/EnvelopeStore.h"
#include "crypto/SecretBuffer.h"
#include "journal/detail/Utf8.h"
#include "vault/Session.h"

#include <string>

// Opening an envelope for display, shared by the parts of CoupleSpace. Private to core.
namespace twofold::detail {

// After my journal has committed a change, couple.db only follows it: on a full disk
// the change stands (acknowledged) and the next resolve completes it.
inline Status settledLater(Status st)
{
    if (!st && st.error().code == ErrorCode::DiskFull) {
        return {};
    }
    return st;
}

// Opens an envelope with an item key sealed to this session (its author seal or a
// grant). Every failure is the same: the item is damaged.
template <typename T, typename Decode>
Opened<T> openWith(const Session& session, ByteView seal, const EnvelopeRow& row, Decode decode)
{
    auto key = session.openSealed(seal);
    if (!key) {
        return {ItemState::Damaged, {}};
    }
    auto plain = decrypt(row.ciphertext, *key, bindingOf(row));
    if (!plain) {
        return {ItemState::Damaged, {}};
    }
    return decode(*plain, row);
}

// Answers: format 2 carries the question its author signed (its hash is in the AD and
// the signature); format 1 (protocol v1) is the bare text.
inline Opened<std::string> decodeAnswerFor(const SecretBuffer& plain, const EnvelopeRow& row)
{
    if (row.format == 1) {
        if (!isValidUtf8(plain.view())) {
            return {ItemState::Damaged, {}};
        }
        return {ItemState::Readable, std::string(plain.view()), row.createdMs};
    }
    auto answer = decodeAnswer(plain);
    if (!answer || !isValidUtf8(answer->text) || !isValidUtf8(answer->question) ||
        !sameBytes(questionHash(answer->question), row.questionHash)) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(answer->text), row.createdMs, std::move(answer->question)};
}

inline Opened<CheckIn> decodeCheckInFor(const SecretBuffer& plain, const EnvelopeRow& row)
{
    auto value = decodeCheckIn(plain);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

inline Opened<OfferedEntry> decodeOfferFor(const SecretBuffer& plain, const EnvelopeRow& row)
{
    auto value = decodeOffer(plain);
    if (!value) {
        return {ItemState::Damaged, {}};
    }
    return {ItemState::Readable, std::move(*value), row.createdMs};
}

} // namespace twofold::detail
