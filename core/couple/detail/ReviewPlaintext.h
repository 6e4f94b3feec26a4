// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Twofold developers
#pragma once

#include "common/Result.h"
#include "couple/Envelope.h"
#include "couple/ReviewSteps.h"
#include "crypto/SecretBuffer.h"

#include <string>
#include <string_view>

// The plaintexts of the weekly review's private steps other than the check-in
// (docs/ARCHITECTURE.md, "The guided weekly review"). Private to core.
//
// Appreciations: 0x10 ‖ count byte (1..5) ‖ per item u32be length ‖ UTF-8 (1..1000 bytes).
// Loved:         0x11 ‖ u32be length ‖ UTF-8 (1..2000 bytes).
// The format byte must match the topic's step: a plaintext of one step under the other
// step's topic is damaged, whatever else checks.
namespace twofold::detail {

struct EnvelopeRow;

SecretBuffer encodeAppreciations(const Appreciations& appreciations);
Result<Appreciations> decodeAppreciations(const SecretBuffer& plaintext);
SecretBuffer encodeLoved(std::string_view answer);
Result<std::string> decodeLoved(const SecretBuffer& plaintext);

// For CoupleSpace's readers: Damaged unless the row's topic is that step's and the
// plaintext is well formed.
Opened<Appreciations> decodeAppreciationsFor(const SecretBuffer& plaintext, const EnvelopeRow& row);
Opened<std::string> decodeLovedFor(const SecretBuffer& plaintext, const EnvelopeRow& row);

// Which private step a topic key names ("2026-03-01/loved" → "loved"); empty for none.
std::string_view stepOf(std::string_view topicKey);

} // namespace twofold::detail
